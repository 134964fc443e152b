import {contentSourceLocale as sourceLocale} from './source-locales.js';

/**
 * The guide's locale: its own `lang`, else the closest `[lang]` ancestor, else `<html lang>`,
 * else Hungarian. `en-GB` matches `en`. A language the guide does not have falls back to
 * Hungarian, the language of the source, with one warning.
 */
export function resolveLocale(element: Element, available: readonly string[], warn: (message: string) => void): string {
  const holder = element.closest('[lang]');
  const asked = (holder?.getAttribute('lang') ?? document.documentElement.lang ?? '').trim();
  if (asked === '') return sourceLocale;
  const lower = asked.toLowerCase();
  const match = available.find((l) => l.toLowerCase() === lower) ?? available.find((l) => l.toLowerCase() === lower.split('-')[0]);
  if (match) return match;
  warn(`lang="${asked}" is not a language of this guide (${available.join(', ')}); showing ${sourceLocale}.`);
  return sourceLocale;
}
