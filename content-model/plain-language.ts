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

/** Words as a reader counts them: a {kind:id} token is one word, a dash is none. */
export function wordCount(text: string): number {
  return text
    .replace(/\{[a-z-]+:[a-z0-9-]+\}/g, 'X')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * A text's sentences: split after . ! ? or … followed by a space, and after Chinese's full
 * stops (。！？), which no space follows.
 */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+|(?<=[。！？])\s*/).filter((sentence) => sentence.trim() !== '');
}

/** The jargon `text` uses, if any. */
export function jargonIn(text: string, locale: string): string | undefined {
  return (jargon[locale] ?? []).find((word) => new RegExp(`(^|[^\\p{L}])${word}`, 'iu').test(text));
}
