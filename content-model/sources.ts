/**
 * The texts that facts are checked against: the seed, and the excerpts in sources/ of the
 * authoritative pages read beyond it. A quote (`because`, `quotes`) must be an exact part of
 * its source once both are normalised the same way, so a quote cannot say more than it.
 */

export interface SourceTexts {
  /** The seed's file, as facts.yaml names it. */
  seedFile: string;
  /** The seed, normalised; undefined when the file could not be read. */
  seed?: string;
  /** The seed's paragraphs (blocks between blank lines), normalised, from paragraph 1. */
  paragraphs: string[];
  /** Normalised excerpts by file name in sources/; undefined when the file could not be read. */
  excerpts: Record<string, string | undefined>;
}

/** Markdown off, whitespace collapsed: the words as a reader sees them. */
export function normaliseSource(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, ' ')
    .replace(/^#+\s*/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The seed's paragraphs: the blocks of the file between blank lines, counted from 1. */
export function seedParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(normaliseSource)
    .filter((paragraph) => paragraph !== '');
}

/** A quote as the source reads: whitespace collapsed, nothing else changed. */
export function normaliseQuote(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}
