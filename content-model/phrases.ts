/**
 * The "Say this in Hungarian" card of one language, resolved from its texts and Hungarian's:
 * written once, for the widget's language file (scripts/generate-content.ts) and for paper
 * (print/resolve.ts).
 */
import type {PhraseCard} from '../src/content/widget-types.js';
import {ownPhrase} from './schema.js';
import type {LocaleTexts} from './types.js';

export type {PhraseCard};

/**
 * A translation's phrase card: the Hungarian sentences in the order of content/hu/guide.yaml,
 * then the reader's own "I speak …" (the answer when the other person does not speak English),
 * each with what it means.
 */
export function phraseCard(phrases: LocaleTexts['phrases'], hungarian: LocaleTexts['phrases']): PhraseCard | undefined {
  const {says} = phrases;
  // Hungarian's own phrases are the sentences themselves, with nothing to say what they mean.
  if (typeof says !== 'object' || 'says' in hungarian) return undefined;
  const sentences = [...Object.entries(hungarian), [ownPhrase, phrases[ownPhrase]]];
  return {heading: phrases.heading, sentences: sentences.map(([id, hu]) => ({hu, says: says[id]}))};
}
