/**
 * The guide's languages. The script carries Hungarian's hotline (the compact layout's texts,
 * and what the full guide shows until a file arrives) and Hungarian's interface strings;
 * every language's first screen is a JSON file beside it (kiut-guide.<locale>.json), fetched
 * the first time a reader needs that language, and its full texts another
 * (kiut-guide.<locale>.full.json), fetched the first time a reader opens a "More". The files are
 * data, not code, and fetch() checks each against a SHA-256 hash: the script carries the hashes
 * of the first files, and each checked first file the hash of its full texts. So a partner who
 * pins the script with Subresource Integrity pins every language, and a tampered or truncated
 * file is refused before a byte of it is used. Nothing waits for a file: the hotline and the
 * exit are in the script; a reader whose language cannot be loaded gets Hungarian with a short
 * English notice, and if Hungarian cannot be loaded either, the hotline.
 */
import type {LocaleModule} from '@lit/localize';
import type {FileRef, FullTexts, WidgetTexts} from '../content/widget-types.js';
import {interfaceLocales} from '../generated/interface-locales.js';
import {languageBase, languageFiles} from '../generated/languages.js';
import {hotlineTexts} from '../generated/texts.js';

interface Language {
  texts: WidgetTexts;
  strings?: LocaleModule;
  /** The full texts' file, until they are here. */
  full?: FileRef;
}

const ready = new Map<string, Language>();
const pending = new Map<string, Promise<boolean>>();
const failed = new Set<string>();

/** Every language the guide has, in the content's order (Hungarian first). */
export const locales: readonly string[] = Object.keys(languageFiles);

/** Hungarian's hotline, which is in the script: what the guide shows before, or without, a file. */
export {hotlineTexts};

/** The language's name in itself, for the switcher (known before its file is fetched). */
export const languageName = (locale: string): string => languageFiles[locale]?.name ?? locale;

/** The texts of `locale` if its first screen is here, else undefined. */
export const textsOf = (locale: string): WidgetTexts | undefined => ready.get(locale)?.texts;

/** The interface strings of `locale` for msg(): Hungarian's are in the script, the others come with their file. */
export const stringsOf = (locale: string): LocaleModule | undefined => ready.get(locale)?.strings ?? interfaceLocales[locale];

/** Whether a file of `locale` could not be used (offline, blocked, tampered): the guide then says so. */
export const hasFailed = (what: string): boolean => failed.has(what);

/** Whether the full texts (behind "More") of `locale` are here. */
export const hasFullTexts = (locale: string): boolean => ready.has(locale) && ready.get(locale)!.full === undefined;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fetches a file beside the script; resolves its JSON only if its bytes have the hash. */
async function fetchChecked({file, integrity}: FileRef): Promise<unknown> {
  // No cookies, no Referer: nothing about the reader leaves with the request.
  const response = await fetch(new URL(file, languageBase), {integrity, credentials: 'omit', referrerPolicy: 'no-referrer'});
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** Runs `load` once per key, remembering a failure (the guide then stays in Hungarian, or shows its summaries). */
function once(key: string, load: () => Promise<void>, file: string): Promise<boolean> {
  let loading = pending.get(key);
  if (!loading) {
    loading = load().then(
      () => true,
      (error: unknown) => {
        failed.add(key);
        console.warn(`<kiut-guide>: ${file} could not be used (${String(error)}).`);
        return false;
      },
    );
    pending.set(key, loading);
  }
  return loading;
}

/** Makes the first screen of `locale` ready; resolves true when it is, false when it cannot be. */
export function loadLanguage(locale: string): Promise<boolean> {
  if (ready.has(locale)) return Promise.resolve(true);
  const language = languageFiles[locale];
  if (!language) {
    // Not a language of the guide: remembered, so that no render asks again.
    failed.add(locale);
    return Promise.resolve(false);
  }
  const ref = {file: `kiut-guide.${locale}.json`, integrity: language.integrity};
  return once(
    locale,
    async () => {
      const data = await fetchChecked(ref);
      // The hash proves the bytes are the build's; this proves the build made a language of them.
      if (!isObject(data) || !isObject(data.texts) || data.texts.locale !== locale || !isObject(data.strings) || !isObject(data.full))
        throw new Error('not a language file');
      ready.set(locale, {
        texts: data.texts as unknown as WidgetTexts,
        // Hungarian's file brings the strings only the full guide shows; the script has the rest.
        strings: {templates: {...interfaceLocales[locale]?.templates, ...(data.strings as LocaleModule['templates'])}},
        full: data.full as unknown as FileRef,
      });
    },
    ref.file,
  );
}

/** Makes the full texts (behind "More") of `locale` ready; resolves true when they are. */
export function loadFullTexts(locale: string): Promise<boolean> {
  const language = ready.get(locale);
  if (!language) return Promise.resolve(false);
  const ref = language.full;
  if (!ref) return Promise.resolve(true);
  return once(
    `${locale}:full`,
    async () => {
      const data = await fetchChecked(ref);
      if (!isObject(data) || !isObject(data.sections)) throw new Error('not the full texts of a language');
      const full = data as unknown as FullTexts;
      const texts = language.texts;
      language.texts = {
        ...texts,
        types: full.types,
        eligibility: full.eligibility,
        materials: full.materials,
        sections: Object.fromEntries(
          Object.entries(texts.sections).map(([id, section]) => [id, full.sections[id] ? {...section, blocks: full.sections[id]} : section]),
        ),
      };
      language.full = undefined;
    },
    ref.file,
  );
}
