/**
 * Reads content/ from disk (Node only) and validates it. The widget build, the print build
 * and the content check all come through here, so they all see the same content or none.
 */
import {readFileSync, readdirSync, existsSync, statSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {LineCounter, parseDocument, isMap, isNode, isScalar, type Document} from 'yaml';
import {formatError, validateContent, type ContentError, type RawContent} from './validate.js';
import {normaliseSource, seedParagraphs, type SourceTexts} from './sources.js';
import type {GuideContent} from './types.js';

const repoDir = resolve(fileURLToPath(new URL('../', import.meta.url)));
export const defaultContentDir = join(repoDir, 'content');
/** The excerpts of authoritative sources beyond the seed (see sources/README.md). */
export const sourcesDir = join(repoDir, 'sources');

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The seed (named in facts.yaml, relative to the repository) and every excerpt in sources/.
 * They live beside content/, not in it, so a copy of content/ is checked against the same texts.
 */
function readSources(facts: unknown): SourceTexts {
  const named = (facts as {seed?: {file?: unknown}} | undefined)?.seed?.file;
  const seedFile = typeof named === 'string' ? named : 'seed/';
  const seedText = typeof named === 'string' ? readOrUndefined(resolve(repoDir, named)) : undefined;
  const excerpts: Record<string, string | undefined> = {};
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir).filter((n) => n.endsWith('.txt')))
      excerpts[name] = normaliseSource(readFileSync(join(sourcesDir, name), 'utf8'));
  }
  return {
    seedFile,
    seed: seedText === undefined ? undefined : normaliseSource(seedText),
    paragraphs: seedText === undefined ? [] : seedParagraphs(seedText),
    excerpts,
  };
}

export class ContentValidationError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`content is not valid (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}):\n${errors.map((e) => `  ${formatError(e)}`).join('\n')}`);
    this.name = 'ContentValidationError';
  }
}

interface Parsed {
  file: string;
  data: unknown;
  doc: Document;
  lines: LineCounter;
}

function parseFile(path: string, shown: string, errors: ContentError[]): Parsed | undefined {
  const lines = new LineCounter();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // Say what to do, not only what the system call said.
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const fix = missing
      ? 'is missing; create it (or restore it with git checkout), or pass the right content folder'
      : 'cannot be read; check that it is a file you may read';
    errors.push({file: shown, path: '(file)', message: `${fix} (${(error as Error).message})`});
    return undefined;
  }
  const doc = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true});
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const {line, col} = lines.linePos(error.pos[0]);
      errors.push({file: `${shown}:${line}:${col}`, path: '(YAML syntax)', message: `${error.message.split('\n')[0]}; fix the YAML syntax there`});
    }
    return undefined;
  }
  return {file: shown, data: doc.toJS(), doc, lines};
}

/**
 * `sections.hotline.blocks[2]` → its line in the file, so an editor can jump there. A path
 * that does not exist (a missing key) points at the nearest part of it that does.
 */
function lineOf(parsed: Parsed, path: string): number | undefined {
  if (path.startsWith('(')) return undefined;
  const keys = path
    .split(/\.|\[(\d+)\]/)
    .filter((k) => k !== undefined && k !== '')
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  for (let length = keys.length; length > 0; length--) {
    // A key's own line, not its value's: for `sections:` the value starts a line further down.
    const parent = length > 1 ? parsed.doc.getIn(keys.slice(0, length - 1), true) : parsed.doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === keys[length - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return parsed.lines.linePos(pair.key.range[0]).line;
    }
    const node = parsed.doc.getIn(keys.slice(0, length), true);
    if (isNode(node) && node.range) return parsed.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Loads and validates; throws a `ContentValidationError` listing every problem. */
export function loadContent(contentDir: string = defaultContentDir): GuideContent {
  const errors: ContentError[] = [];
  const shown = (path: string) => relative(process.cwd(), path) || path;
  const factsPath = join(contentDir, 'facts.yaml');
  const facts = parseFile(factsPath, shown(factsPath), errors);
  const locales: Parsed[] = [];
  const localeNames: string[] = [];
  if (existsSync(contentDir)) {
    for (const name of readdirSync(contentDir).sort()) {
      if (!statSync(join(contentDir, name)).isDirectory()) continue;
      const path = join(contentDir, name, 'guide.yaml');
      if (!existsSync(path)) {
        errors.push({
          file: shown(join(contentDir, name)),
          path: '(folder)',
          message: `has no guide.yaml; every locale folder holds one: add ${name}/guide.yaml translated from hu/guide.yaml, or remove the folder`,
        });
        continue;
      }
      const parsed = parseFile(path, shown(path), errors);
      if (parsed) {
        locales.push(parsed);
        localeNames.push(name);
      }
    }
  }
  if (errors.length > 0 || !facts) throw new ContentValidationError(errors);

  const raw: RawContent = {
    facts: {file: facts.file, data: facts.data},
    locales: locales.map((parsed, index) => ({locale: localeNames[index], file: parsed.file, data: parsed.data})),
    sources: readSources(facts.data),
  };
  const result = validateContent(raw);
  if (!result.content) {
    const byFile = new Map([facts, ...locales].map((p) => [p.file, p]));
    throw new ContentValidationError(
      result.errors.map((error) => {
        const parsed = byFile.get(error.file);
        const line = parsed && lineOf(parsed, error.path);
        return line ? {...error, file: `${error.file}:${line}`} : error;
      }),
    );
  }
  return result.content;
}
