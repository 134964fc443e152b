/**
 * The guide's languages: Hungarian is in the script; every other language is a JSON file beside
 * it (kiut-guide.<locale>.json), fetched the first time a reader needs it. The file is data, not
 * code, and fetch() checks it against the SHA-384 hash the script carries (`integrity`), so a
 * partner who pins the script with Subresource Integrity pins every language too, and a tampered
 * or truncated file is refused by the browser before a byte of it is used. Nothing waits for a
 * file: the guide shows Hungarian (the hotline and the exit first) until it arrives, and keeps
 * Hungarian with a short English notice if it cannot.
 */
import type {LocaleModule} from '@lit/localize';
import type {WidgetTexts} from '../content/widget-types.js';
import {interfaceLocales} from '../generated/interface-locales.js';
import {languageBase, languageFiles} from '../generated/languages.js';
import {textsByLocale} from '../generated/texts.js';

interface Language {
  texts: WidgetTexts;
  strings?: LocaleModule;
}

const ready = new Map<string, Language>(Object.entries(textsByLocale).map(([locale, texts]) => [locale, {texts, strings: interfaceLocales[locale]}]));
const pending = new Map<string, Promise<boolean>>();
const failed = new Set<string>();

/** Every language the guide has, in the order of the content: the script's own, then the files. */
export const locales: readonly string[] = [...ready.keys(), ...Object.keys(languageFiles)];

/** The language's name in itself, for the switcher (known before its file is fetched). */
export const languageName = (locale: string): string => ready.get(locale)?.texts.language ?? languageFiles[locale]?.name ?? locale;

/** The texts of `locale` if they are here, else undefined. */
export const textsOf = (locale: string): WidgetTexts | undefined => ready.get(locale)?.texts;

/** The interface strings of `locale` for msg(), if they are here. */
export const stringsOf = (locale: string): LocaleModule | undefined => ready.get(locale)?.strings;

/** Whether fetching `locale` failed (offline, blocked, tampered): the guide then says so. */
export const hasFailed = (locale: string): boolean => failed.has(locale);

/** A parsed file is used only if it has the shape of a language (the hash proves the bytes; this proves the build). */
function isLanguage(value: unknown, locale: string): value is {texts: WidgetTexts; strings: LocaleModule['templates']} {
  if (typeof value !== 'object' || value === null) return false;
  const {texts, strings} = value as {texts?: Partial<WidgetTexts>; strings?: unknown};
  return typeof texts === 'object' && texts !== null && texts.locale === locale && typeof texts.sections === 'object' && typeof strings === 'object' && strings !== null;
}

async function fetchLanguage(locale: string): Promise<boolean> {
  const {file, integrity} = languageFiles[locale];
  try {
    // Same credentials and referrer rules as the script itself: nothing about the reader leaves.
    const response = await fetch(new URL(file, languageBase), {integrity, credentials: 'same-origin', referrerPolicy: 'no-referrer', mode: 'cors'});
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const data: unknown = await response.json();
    if (!isLanguage(data, locale)) throw new Error('not a language file');
    ready.set(locale, {texts: data.texts, strings: {templates: data.strings}});
    return true;
  } catch (error) {
    failed.add(locale);
    console.warn(`<kiut-guide>: the ${locale} language file ${file} could not be used (${String(error)}); showing Hungarian.`);
    return false;
  }
}

/** Makes `locale` ready; resolves true when it is (at once for the script's own), false when it cannot be. */
export function loadLanguage(locale: string): Promise<boolean> {
  if (ready.has(locale)) return Promise.resolve(true);
  if (!(locale in languageFiles) || failed.has(locale)) return Promise.resolve(false);
  let loading = pending.get(locale);
  if (!loading) {
    loading = fetchLanguage(locale);
    pending.set(locale, loading);
  }
  return loading;
}
