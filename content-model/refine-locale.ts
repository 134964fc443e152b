/**
 * The rules of a locale's guide.yaml that relate it to the facts and to the source locale, on
 * top of its schema: every {kind:id} token names a fact that has what the token shows, a
 * translation carries the same tokens, blocks and list items as the source, only Hungarian shows
 * the 06/… form of a number, and the plain-language summaries keep their rules. Parts the schema
 * already rejected are skipped, so each problem is reported once.
 */
import {tokenKinds, splitTokens} from '../src/content/tokens.js';
import {contentSourceLocale} from '../src/i18n/source-locales.js';
import {formatPath, type Fail, type IsBad, type Path} from './path.js';
import {describe} from './schema.js';
import {jargonIn, maxSummaryWords, plainSummaryWords, sentences, wordCount} from './plain-language.js';
import {asList, isObject, type Obj} from './unknown-data.js';

/** What the token checks need to know of the facts, read even from a facts.yaml with problems. */
export interface FactIndex {
  services: Map<string, {phone: boolean; dial: boolean; url: boolean; types: boolean; eligibility: boolean}>;
  materials: Set<string>;
  /** Per section id: the seed paragraphs and the advice its summary may restate. */
  sections: Map<string, (number | string)[]>;
}

export interface LocaleFile {
  locale: string;
  file: string;
  /** The locale's texts as far as the schema could read them. */
  texts: Obj;
}

/** The tokens of a text; the two forms of a number count as one, since locales choose between them. */
function tokenSignature(text: string): string {
  return splitTokens(text)
    .flatMap((piece) => (typeof piece === 'string' ? [] : [`${piece.kind === 'tel-domestic' ? 'tel' : piece.kind}:${piece.id}`]))
    .sort()
    .join(' ');
}

/** The value at `path` (`['sections', 'hotline', 'blocks', 0]`) of an object, or undefined. */
function at(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) value = Array.isArray(value) && typeof key === 'number' ? value[key] : isObject(value) ? value[key] : undefined;
  return value;
}

/** Every text of a locale, with its path: the texts whose tokens are checked. */
function textsOf(texts: Obj): [path: Path, text: string][] {
  const out: [Path, string][] = [];
  const add = (path: Path, value: unknown) => {
    if (typeof value === 'string') out.push([path, value]);
  };
  add(['title'], texts.title);
  add(['emergency'], texts.emergency);
  for (const group of ['hotline', 'services', 'types', 'eligibility', 'materials', 'needs', 'about', 'print']) {
    if (isObject(texts[group])) for (const [key, value] of Object.entries(texts[group])) add([group, key], value);
  }
  if (isObject(texts.phrases)) {
    for (const [key, value] of Object.entries(texts.phrases)) add(['phrases', key], value);
    if (isObject(texts.phrases.says)) for (const [key, value] of Object.entries(texts.phrases.says)) add(['phrases', 'says', key], value);
  }
  if (isObject(texts.sections)) {
    for (const [id, section] of Object.entries(texts.sections)) {
      if (!isObject(section)) continue;
      add(['sections', id, 'title'], section.title);
      asList(section.summary).forEach((sentence, i) => add(['sections', id, 'summary', i, 'text'], isObject(sentence) ? sentence.text : undefined));
      asList(section.blocks).forEach((block, i) => {
        add(['sections', id, 'blocks', i], block);
        if (isObject(block)) asList(block.list).forEach((item, j) => add(['sections', id, 'blocks', i, 'list', j], item));
      });
    }
  }
  return out;
}

const blockKind = (block: unknown) => (typeof block === 'string' ? 'text' : isObject(block) ? Object.keys(block)[0] : undefined);

/**
 * Checks one locale. `source` is the source locale (undefined when checking the source itself)
 * and `sourceIsBad` says which of its paths its own schema rejected.
 */
export function refineLocale(target: LocaleFile, facts: FactIndex, source: LocaleFile | undefined, fail: Fail, isBad: IsBad, sourceIsBad: IsBad): void {
  const {locale, texts} = target;
  const ok = (path: Path) => !isBad(path);
  const fromSource = (path: Path) => (source && !sourceIsBad(path) ? at(source.texts, path) : undefined);
  const sourceFile = source?.file ?? target.file;

  if (!/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/.test(locale))
    fail(['(file name)'], `"${locale}" is not a locale code; name the folder like "en" or "pt-BR"`);
  if (ok(['locale']) && texts.locale !== locale) fail(['locale'], `must be "${locale}", the name of its folder, found ${describe(texts.locale)}`);

  for (const [path, text] of textsOf(texts)) {
    if (!ok(path)) continue;
    // Braces that are not a whole token would reach the reader as stray punctuation.
    if (/[{}]/.test(text.replace(/\{[a-z-]+:[a-z0-9-]+\}/g, ''))) {
      fail(path, `has a brace that is not part of a {kind:id} token; remove it, or write the token whole, e.g. {tel:okit} (kinds: ${tokenKinds.join(', ')})`);
    }
    // A phrase is shown, or read out, as it is written: a number in it would be a fact the
    // card shows without its link, and one the other languages' cards lack.
    if (path[0] === 'phrases' && splitTokens(text).some((piece) => typeof piece !== 'string')) {
      fail(path, 'has a {kind:id} token, but a phrase is shown as written; remove it (the numbers are on the guide and the card beside it)');
      continue;
    }
    for (const piece of splitTokens(text)) {
      if (typeof piece === 'string') continue;
      const token = `{${piece.kind}:${piece.id}}`;
      if (!(tokenKinds as readonly string[]).includes(piece.kind)) {
        fail(path, `token ${token} has an unknown kind; use one of ${tokenKinds.join(', ')}`);
      } else if (piece.kind === 'material') {
        if (!facts.materials.has(piece.id)) fail(path, `token ${token} names no material in facts.yaml; use one of ${[...facts.materials].join(', ')}`);
      } else {
        const service = facts.services.get(piece.id);
        if (!service) fail(path, `token ${token} names no service in facts.yaml; use one of ${[...facts.services.keys()].join(', ')}, or add the service`);
        else if (piece.kind === 'tel' && !service.phone && !service.dial)
          fail(path, `token ${token}: service "${piece.id}" has no phone; add it in facts.yaml or remove the token`);
        else if (piece.kind === 'tel-domestic' && !service.phone)
          fail(path, `token ${token}: service "${piece.id}" has no phone; add it in facts.yaml or remove the token`);
        // The 06/… form is dialled only inside Hungary: from a foreign SIM card it fails, so only
        // the Hungarian texts may show it (beside the international form on the card).
        else if (piece.kind === 'tel-domestic' && locale !== contentSourceLocale) {
          fail(
            path,
            `token ${token} shows the 06/… form, which fails when dialled from a foreign SIM card; use {tel:${piece.id}} (the international form) in ${locale}`,
          );
        } else if (piece.kind === 'link' && !service.url)
          fail(path, `token ${token}: service "${piece.id}" has no url; add it in facts.yaml or remove the token`);
      }
    }
    // A translation must carry the same numbers and links as the source, or a reader of that
    // language silently loses a way to get help.
    const sourceText = fromSource(path);
    if (typeof sourceText === 'string' && tokenSignature(text) !== tokenSignature(sourceText)) {
      fail(
        path,
        `has the tokens [${tokenSignature(text)}] but the source text has [${tokenSignature(sourceText)}]; keep every {kind:id} token of ${sourceFile}`,
      );
    }
  }

  const longSummaries: string[] = [];
  let summaryCount = 0;
  for (const [id, section] of Object.entries(isObject(texts.sections) ? texts.sections : {})) {
    const path = ['sections', id];
    if (!isObject(section) || !ok(path)) continue;

    const blocks = asList(section.blocks);
    const sourceBlocks = fromSource([...path, 'blocks']);
    if (ok([...path, 'blocks']) && Array.isArray(sourceBlocks) && sourceBlocks.length !== blocks.length) {
      fail(
        [...path, 'blocks'],
        `has ${blocks.length} blocks but ${sourceFile} has ${sourceBlocks.length}; translate each block, in the same order, one for one`,
      );
    }
    blocks.forEach((block, index) => {
      const blockPath = [...path, 'blocks', index];
      if (!ok(blockPath)) return;
      const kind = blockKind(block);
      const sourceKind = Array.isArray(sourceBlocks) ? blockKind(sourceBlocks[index]) : undefined;
      if (sourceKind !== undefined && kind !== sourceKind) fail(blockPath, `must be a ${sourceKind} block, as in ${sourceFile}`);
      if (isObject(block) && (kind === 'types' || kind === 'eligibility')) {
        const service = facts.services.get(String(block[kind]));
        if (!service?.[kind])
          fail([...blockPath, kind], `"${String(block[kind])}" is not a service with ${kind} in facts.yaml; use the id of one that has ${kind}:`);
      }
      const sourceItems = fromSource([...blockPath, 'list']);
      if (
        isObject(block) &&
        Array.isArray(block.list) &&
        Array.isArray(sourceItems) &&
        sourceItems.length !== block.list.length &&
        ok([...blockPath, 'list'])
      ) {
        fail([...blockPath, 'list'], `has ${block.list.length} items but ${sourceFile} has ${sourceItems.length}; translate each item, one for one`);
      }
    });

    const summary = asList(section.summary);
    const sourceSummary = fromSource([...path, 'summary']);
    if (ok([...path, 'summary']) && Array.isArray(sourceSummary) && sourceSummary.length !== summary.length) {
      fail([...path, 'summary'], `has ${summary.length} sentences but ${sourceFile} has ${sourceSummary.length}; translate each summary sentence, one for one`);
    }
    const allowed = facts.sections.get(id) ?? [];
    summary.forEach((item, index) => {
      const itemPath = [...path, 'summary', index];
      if (!isObject(item) || !ok(itemPath)) return;
      // A sentence may restate only what its section's own source says.
      if (ok([...itemPath, 'from'])) {
        if (!allowed.includes(item.from as number | string)) {
          fail(
            [...itemPath, 'from'],
            `${describe(item.from)} is not a source of this section; use the seed paragraph it restates or the advice it follows: one of ${allowed.join(', ') || '(none: add seed: or advice: to the section in facts.yaml)'}`,
          );
        }
        const sourceFrom = fromSource([...itemPath, 'from']);
        if (sourceFrom !== undefined && sourceFrom !== item.from) {
          fail(
            [...itemPath, 'from'],
            `is ${describe(item.from)} but ${sourceFile} says ${describe(sourceFrom)}; correct it: a translation restates the same paragraph`,
          );
        }
      }
      const text = item.text;
      if (typeof text !== 'string' || !ok([...itemPath, 'text'])) return;
      summaryCount++;
      const words = wordCount(text, locale);
      const count = sentences(text).length;
      if (count > 1) fail([...itemPath, 'text'], `holds ${count} sentences; write one idea a sentence, each as its own summary item`);
      if (words > maxSummaryWords) fail([...itemPath, 'text'], `has ${words} words; a summary sentence has at most ${maxSummaryWords}. Split it or say less`);
      else if (words > plainSummaryWords) longSummaries.push(formatPath(itemPath));
      const word = jargonIn(text, locale);
      if (word) fail([...itemPath, 'text'], `uses "${word}…", which a reader in crisis may not know; write it in everyday words`);
    });
  }
  // Most summary sentences stay within 15 words; a few may run to 20.
  if (summaryCount > 0 && longSummaries.length * 2 >= summaryCount) {
    fail(
      ['sections'],
      `${longSummaries.length} of ${summaryCount} summary sentences have more than ${plainSummaryWords} words (${longSummaries.join(', ')}); split or rewrite them until most have ${plainSummaryWords} or fewer`,
    );
  }
}
