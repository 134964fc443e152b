/**
 * The rules for the plain-language summaries: one idea a sentence, at most 15 words in most
 * sentences and never more than 20, and none of the source's jargon. `npm run check:content`
 * prints each locale's longest sentence with the same counting.
 */
export const maxSummaryWords = 20;
export const plainSummaryWords = 15;

/** Words a reader in crisis may not know, per locale, matched as the start of a word, any case. */
export const jargon: Record<string, string[]> = {
  hu: ['komplex', 'átfogó', 'mentálhigiénés', 'célcsoport', 'területileg illetékes', 'reintegráció', 'rehabilitáció'],
  en: ['complex', 'all-round', 'target group', 'mental hygiene', 'competent', 'reintegration', 'rehabilitation'],
  uk: ['комплексн', 'всебічн', 'цільов', 'територіально', 'реінтеграц', 'реабілітац'],
};

/** Languages written without spaces between words: their words are found with the Unicode word rules (ICU's dictionary). */
const unspaced = new Set(['zh']);

/** Words as a reader counts them: a {kind:id} token is one word, a dash is none. */
export function wordCount(text: string, locale = ''): number {
  const tokensAsWords = text.replace(/\{[a-z-]+:[a-z0-9-]+\}/g, ' X ');
  if (unspaced.has(locale.split('-')[0])) {
    return [...new Intl.Segmenter(locale, {granularity: 'word'}).segment(tokensAsWords)].filter((segment) => segment.isWordLike).length;
  }
  return tokensAsWords.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** A text's sentences: split after . ! ? or … followed by a space, and after Chinese 。！？ (no space follows them). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+|(?<=[。！？])\s*/).filter((sentence) => sentence.trim() !== '');
}

/** The jargon `text` uses, if any. */
export function jargonIn(text: string, locale: string): string | undefined {
  return (jargon[locale] ?? []).find((word) => new RegExp(`(^|[^\\p{L}])${word}`, 'iu').test(text));
}
