/**
 * `npm run check:content`: the command line of the content validator (content-model/). Prints
 * every problem, or the counts and each locale's longest sentence (of the summaries and of the
 * full text), so that an editor sees where the text is hardest to read.
 */
import {loadContent} from '../content-model/load.js';
import type {LocaleTexts} from '../content-model/types.js';
import {sentences, wordCount} from '../content-model/plain-language.js';
import {cli} from './lib/cli.js';

/** The longest sentence among `texts`, by words. */
function longest(texts: string[], locale: string): {words: number; sentence: string} {
  return texts
    .flatMap(sentences)
    .map((sentence) => ({words: wordCount(sentence, locale), sentence}))
    .reduce((a, b) => (b.words > a.words ? b : a), {words: 0, sentence: ''});
}

function fullTexts(texts: LocaleTexts): string[] {
  return Object.values(texts.sections).flatMap((section) =>
    section.blocks.flatMap((block) => (typeof block === 'string' ? [block] : 'list' in block ? block.list : [])),
  );
}

cli(import.meta.url, 'check-content', () => {
  const content = loadContent(process.argv[2]);
  const locales = Object.keys(content.locales);
  console.log(`content ok: ${content.facts.services.length} services, ${content.facts.sections.length} sections, locales ${locales.join(', ')}`);
  for (const [locale, texts] of Object.entries(content.locales)) {
    const summary = longest(
      Object.values(texts.sections).flatMap((section) => section.summary.map((s) => s.text)),
      locale,
    );
    const full = longest(fullTexts(texts), locale);
    console.log(`${locale}: longest summary sentence ${summary.words} words: "${summary.sentence}"`);
    console.log(`${locale}: longest full-text sentence ${full.words} words: "${full.sentence}"`);
  }
});
