/**
 * The print studio's own languages, and which one a reader gets: the first of the browser's
 * languages (`navigator.languages`) the studio speaks, else Hungarian, the language of the
 * shelters that print. The choice lives in the page only: nothing is stored.
 */
import {en} from './strings/en.js';
import {hu} from './strings/hu.js';
import type {StudioStrings} from './strings/types.js';
import {uk} from './strings/uk.js';

export type {StudioStrings} from './strings/types.js';

export const studioLanguages = {hu, en, uk} satisfies Record<string, StudioStrings>;
export type StudioLanguage = keyof typeof studioLanguages;
export const defaultStudioLanguage: StudioLanguage = 'hu';

const isStudioLanguage = (code: string): code is StudioLanguage => Object.hasOwn(studioLanguages, code);

/** `['de-AT', 'uk-UA', 'en']` → `uk`: each tag by its primary language subtag, in the browser's order. */
export function pickStudioLanguage(browserLanguages: readonly string[]): StudioLanguage {
  for (const tag of browserLanguages) {
    const primary = tag.split('-')[0].toLowerCase();
    if (isStudioLanguage(primary)) return primary;
  }
  return defaultStudioLanguage;
}
