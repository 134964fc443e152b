import {contentSourceLocale as sourceLocale} from './source-locales.js';

/**
 * The guide's locale: its own `lang`, else the closest `[lang]` ancestor, else `<html lang>`,
 * else `fallback` (the partner's default-lang, else Hungarian, the language of the source).
 * `en-GB` matches `en`. A language the guide does not have falls back too, with one warning.
 */
export function resolveLocale(element: Element, available: readonly string[], warn: (message: string) => void, fallback = sourceLocale): string {
  const holder = element.closest('[lang]');
  const asked = (holder?.getAttribute('lang') ?? document.documentElement.lang ?? '').trim();
  if (asked === '') return fallback;
  const lower = asked.toLowerCase();
  const match = available.find((l) => l.toLowerCase() === lower) ?? available.find((l) => l.toLowerCase() === lower.split('-')[0]);
  if (match) return match;
  warn(`lang="${asked}" is not a language of this guide (${available.join(', ')}); showing ${fallback}.`);
  return fallback;
}
