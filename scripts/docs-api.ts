/**
 * Writes the element's reference into PARTNERS.md, between `<!-- api:start -->` and
 * `<!-- api:end -->`, from dist/custom-elements.json (the Custom Elements Manifest that
 * `npm run build:widget` makes from the JSDoc in src/kiut-guide.ts). The reference cannot
 * drift from the code: change the JSDoc, rebuild, rerun.
 *
 * It also fills in the Subresource Integrity values of the snippets: every `<script>` tag that
 * loads kiut-guide.js or kiut-guide.iife.js gets `integrity="sha384-…" crossorigin="anonymous"`
 * computed from the built file, and every other line that carries a `sha384-` value and names
 * one of the two files gets that file's value. A snippet therefore never goes stale.
 *
 *   tsx scripts/docs-api.ts            rewrites the block and the integrity values
 *   tsx scripts/docs-api.ts --check    exits 1 when PARTNERS.md is out of date (for npm test),
 *                                      or when dist/integrity.json or dist/integrity.js is
 *   … --manifest path --doc path --dist path   other files
 *
 * Why no standard tool: @custom-elements-manifest/to-markdown writes a developer reference of
 * every member with its TypeScript type; partners need the attributes as they write them, only
 * the documented events, and a block inside PARTNERS.md that `--check` can compare.
 *
 * Why no standard tool: @custom-elements-manifest/to-markdown writes a developer reference of every member with its TypeScript type; partners need the attributes as they write them, the documented events, and a block inside PARTNERS.md that `--check` can compare.
 */
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {isMain} from './is-main.mjs';
import {repoRoot} from './lib/root.mjs';
import {writeAtomically} from './lib/write-atomically.js';
import {integrityJson, integrityModule, integrityOf, partnerScripts, type Integrity, type PartnerScript} from './integrity.js';

const startMarker = '<!-- api:start -->';
const endMarker = '<!-- api:end -->';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: {text?: string};
}
interface Member extends Described {
  kind: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: Described[];
  return?: {type?: {text?: string}};
}
interface Declaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: (Described & {fieldName?: string})[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules?: {path: string; declarations?: Declaration[]}[];
}

/** A table cell on one line, with the pipe escaped. */
function cell(text: string | undefined): string {
  return (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text: string | undefined): string {
  if (text === undefined || text === '') return '';
  const clean = cell(text);
  return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``;
}

/** `'full'` → `full`: an attribute's default as a partner writes it. */
function attributeDefault(value: string | undefined): string {
  if (value === undefined) return '';
  if (value === "''" || value === '""') return '(empty)';
  if (value === 'false') return '(absent)';
  const quoted = /^'(.*)'$/.exec(value) ?? /^"(.*)"$/.exec(value);
  return code(quoted ? quoted[1] : value);
}

function table(headers: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['(none)'];
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

/**
 * What the manifest knows about an attribute that has no JSDoc of its own. `lang` is observed
 * by hand in the element, so the analyzer lists it bare; its rule is on the `locale` getter.
 */
function attributeFallback(name: string, element: Declaration): string {
  if (name === 'lang') {
    const locale = element.members?.find((m) => m.name === 'locale' && m.description);
    if (locale?.description) return `The language of the guide. ${locale.description}`;
  }
  return '';
}

function isPublic(member: Member): boolean {
  return (member.privacy === undefined || member.privacy === 'public') && !member.name.startsWith('#') && !member.static;
}

function renderElement(element: Declaration): string[] {
  const tag = element.tagName ?? 'kiut-guide';
  const out: string[] = [`### \`<${tag}>\``, ''];
  if (element.summary) out.push(cell(element.summary), '');
  if (element.description) out.push(cell(element.description), '');

  out.push('#### Attributes', '');
  // Partners write attributes as text: the TypeScript type (`Layout | string`) would not help them.
  const values = (a: Described) => (a.type?.text === 'boolean' ? 'present or absent' : a.type?.text === 'number' ? 'a number' : 'text');
  out.push(
    ...table(
      ['Attribute', 'Values', 'Default', 'What it does'],
      (element.attributes ?? []).map((a) => [code(a.name), values(a), attributeDefault(a.default), cell(a.description ?? attributeFallback(a.name, element))]),
    ),
    '',
  );

  out.push('#### CSS custom properties', '', 'Set them on the element or on any ancestor, in your own stylesheet.', '');
  out.push(
    ...table(
      ['Property', 'Default', 'What it sets'],
      (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
    '',
  );

  out.push('#### Parts', '', 'Style them with `kiut-guide::part(name)`.', '');
  out.push(
    ...table(
      ['Part', 'What it is'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    '',
  );

  // The analyzer also lists `new SomeEvent(arg)` as an event named after `arg`, with no
  // description: only the documented events (@fires) are the element's public ones.
  const events = (element.events ?? []).filter((e) => e.description);
  out.push('#### Events', '', 'They bubble and cross the shadow boundary: listen on the element or on `document`.', '');
  out.push(
    ...table(
      ['Event', 'When'],
      events.map((e) => [code(e.name), cell(e.description)]),
    ),
    '',
  );

  out.push('#### Slot', '');
  out.push(
    ...table(
      ['Slot', 'What goes there'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
    '',
  );

  const members = (element.members ?? []).filter((m) => isPublic(m) && m.description && !m.attribute);
  if (members.length > 0) {
    out.push('#### JavaScript', '');
    out.push(
      ...table(
        ['Member', 'What it does'],
        members.map((m) => [
          m.kind === 'method' ? code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`) : code(m.name) + (m.readonly ? ' (read-only)' : ''),
          cell(m.description),
        ]),
      ),
      '',
    );
  }
  return out;
}

/** The whole generated block, markers included. */
function renderApi(manifest: Manifest, source = 'dist/custom-elements.json'): string {
  const elements = (manifest.modules ?? []).flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement || d.tagName));
  const lines = [
    startMarker,
    `<!-- Generated by scripts/docs-api.ts from ${source}. Do not edit by hand: change the JSDoc in src/, then run \`npm run build:widget && npx tsx scripts/docs-api.ts\`. -->`,
    '',
  ];
  if (elements.length === 0) lines.push('(The manifest lists no custom element.)', '');
  for (const element of elements) lines.push(...renderElement(element));
  while (lines.at(-1) === '') lines.pop();
  lines.push('', endMarker);
  return lines.join('\n');
}

/** The document with its block replaced. Throws when the markers are missing or out of order. */
function replaceBlock(doc: string, block: string): string {
  const start = doc.indexOf(startMarker);
  const end = doc.indexOf(endMarker);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`the document needs ${startMarker} and ${endMarker}, in that order`);
  }
  return doc.slice(0, start) + block + doc.slice(end + endMarker.length);
}

/** Which partner script a `src` or a line names: the longer name first, so `.iife.js` is not read as `.js`. */
function scriptNamed(text: string): PartnerScript[] {
  const named: PartnerScript[] = [];
  if (/kiut-guide\.iife\.js(?!\.map)/.test(text)) named.push('kiut-guide.iife.js');
  if (/kiut-guide\.js(?!\.map)/.test(text)) named.push('kiut-guide.js');
  return named;
}

const hashPattern = /sha384-[A-Za-z0-9+/=]*/g;

/**
 * The document with every snippet's integrity value set from `values`. Throws, naming the
 * line, when a `sha384-` value sits on a line that names neither script (or both), because
 * nothing could then say which file it belongs to.
 */
export function applyIntegrity(doc: string, values: Integrity): string {
  const tagged = doc.replace(/<script\b[^>]*>/g, (tag) => {
    const src = /\ssrc="([^"]*)"/.exec(tag);
    const file = src ? scriptNamed(src[1].split(/[?#]/)[0]) : [];
    if (file.length !== 1 || !src) return tag;
    const bare = tag.replace(/\s+integrity="[^"]*"/g, '').replace(/\s+crossorigin(="[^"]*")?/g, '');
    return bare.replace(src[0], `${src[0]} integrity="${values[file[0]]}" crossorigin="anonymous"`);
  });
  const lines = tagged.split('\n');
  return lines
    .map((line, index) => {
      if (!line.includes('sha384-')) return line;
      const named = scriptNamed(line);
      if (named.length !== 1) {
        throw new Error(
          `line ${index + 1} carries a sha384- integrity value but names ${named.length === 0 ? 'neither' : 'both'} of ${partnerScripts.join(' and ')}: name the one file it belongs to on that line`,
        );
      }
      return line.replace(hashPattern, values[named[0]]);
    })
    .join('\n');
}

/** What is stale among the generated integrity files in dist/, as messages. */
function staleIntegrityFiles(dist: string, values: Integrity): string[] {
  const expected: [string, string][] = [
    ['integrity.json', integrityJson(values)],
    ['integrity.js', integrityModule(values)],
  ];
  return expected
    .filter(([name, text]) => !existsSync(join(dist, name)) || readFileSync(join(dist, name), 'utf8') !== text)
    .map(([name]) => `dist/${name} does not match the built scripts: run \`npm run build:integrity\` (part of \`npm run build:widget\`).`);
}

function main(): number {
  const {values} = parseArgs({
    options: {
      check: {type: 'boolean', default: false},
      manifest: {type: 'string', default: join(repoRoot, 'dist', 'custom-elements.json')},
      doc: {type: 'string', default: join(repoRoot, 'PARTNERS.md')},
      dist: {type: 'string', default: join(repoRoot, 'dist')},
    },
  });
  const manifestPath = resolve(values.manifest);
  const docPath = resolve(values.doc);
  const shown = (path: string) => relative(process.cwd(), path) || path;
  if (!existsSync(manifestPath)) {
    console.error(`docs-api: ${shown(manifestPath)} is missing: run \`npm run build:widget\` first.`);
    return 1;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const doc = readFileSync(docPath, 'utf8');
  let integrity: Integrity;
  try {
    integrity = integrityOf(resolve(values.dist));
  } catch (error) {
    console.error(`docs-api: ${(error as Error).message}`);
    return 1;
  }
  let withApi: string;
  let next: string;
  try {
    withApi = replaceBlock(doc, renderApi(manifest, relative(dirname(docPath), manifestPath) || 'dist/custom-elements.json'));
    next = applyIntegrity(withApi, integrity);
  } catch (error) {
    console.error(`docs-api: ${shown(docPath)}: ${(error as Error).message}`);
    return 1;
  }
  if (values.check) {
    const problems: string[] = [];
    if (withApi !== doc) problems.push(`${shown(docPath)} is out of date with ${shown(manifestPath)}: run \`npm run docs:api\` and commit the result.`);
    if (next !== withApi) {
      problems.push(
        `the integrity values of the snippets in ${shown(docPath)} do not match the built scripts in ${shown(resolve(values.dist))}: run \`npm run docs:api\` and commit the result.`,
      );
    }
    problems.push(...staleIntegrityFiles(resolve(values.dist), integrity));
    if (problems.length === 0) {
      console.log(`docs-api: ${shown(docPath)} is up to date with ${shown(manifestPath)} and the built scripts.`);
      return 0;
    }
    for (const problem of problems) console.error(`docs-api: ${problem}`);
    return 1;
  }
  const staleFiles = staleIntegrityFiles(resolve(values.dist), integrity);
  for (const problem of staleFiles) console.error(`docs-api: ${problem}`);
  if (next === doc) {
    console.log(`docs-api: ${shown(docPath)} already up to date.`);
    return staleFiles.length === 0 ? 0 : 1;
  }
  writeAtomically(docPath, next);
  console.log(`docs-api: wrote the API reference and the integrity values into ${shown(docPath)}.`);
  return staleFiles.length === 0 ? 0 : 1;
}

if (isMain(import.meta.url)) {
  process.exitCode = main();
}
