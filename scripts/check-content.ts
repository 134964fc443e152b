/**
 * `npm run check:content`: validates content/ and prints every problem, or a summary: the
 * counts, and the longest sentence of each locale (of the summaries and of the full text), so
 * an editor sees where the text is hardest to read.
 * Why no standard tool: it is the command line of kiut's own content validator (content-model/).
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {jsonSchemaFiles, jsonSchemaTexts} from '../content-model/json-schema.js';
import {ContentValidationError, loadContent} from '../content-model/load.js';
import {repoRoot} from './lib/root.mjs';
import type {LocaleTexts} from '../content-model/types.js';
import {sentences, wordCount} from '../content-model/plain-language.js';

/** The longest sentence among `texts`, by words. */
function longest(texts: string[]): {words: number; sentence: string} {
  return texts
    .flatMap(sentences)
    .map((sentence) => ({words: wordCount(sentence), sentence}))
    .reduce((a, b) => (b.words > a.words ? b : a), {words: 0, sentence: ''});
}

function fullTexts(texts: LocaleTexts): string[] {
  return Object.values(texts.sections).flatMap((section) =>
    section.blocks.flatMap((block) => (typeof block === 'string' ? [block] : 'list' in block ? block.list : [])),
  );
}

try {
  const content = loadContent(process.argv[2]);
  const locales = Object.keys(content.locales);
  console.log(`content ok: ${content.facts.services.length} services, ${content.facts.sections.length} sections, locales ${locales.join(', ')}`);
  // The JSON Schemas that editors read must say what the validator says.
  const schemas = jsonSchemaTexts(content);
  const stale = Object.entries(jsonSchemaFiles).filter(
    ([name, path]) => readFileSync(join(repoRoot, path), {encoding: 'utf8', flag: 'r'}) !== schemas[name as keyof typeof schemas],
  );
  if (stale.length > 0) {
    console.error(
      `content is valid, but ${stale.map(([, path]) => path).join(' and ')} ${stale.length === 1 ? 'is' : 'are'} out of date with content-model/schema.ts and content/facts.yaml: run \`npm run generate\` and commit the result`,
    );
    process.exit(1);
  }
  for (const [locale, texts] of Object.entries(content.locales)) {
    const summary = longest(Object.values(texts.sections).flatMap((section) => section.summary.map((s) => s.text)));
    const full = longest(fullTexts(texts));
    console.log(`${locale}: longest summary sentence ${summary.words} words: "${summary.sentence}"`);
    console.log(`${locale}: longest full-text sentence ${full.words} words: "${full.sentence}"`);
  }
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
