/**
 * Every derived file, in one list: its path, what it is made from (`render`) and the command that
 * writes it. A derived file is never edited by hand.
 *   tsx scripts/generate.ts [path…]          writes them all, or those under `path…`; those made
 *                                            from the build wait for it (`npm run generate`)
 *   tsx scripts/generate.ts --check [path…]  exits 1 when one is stale, naming it and the fix
 * `npm run build` writes only what is not committed (src/generated/, dist/), so that the check
 * after it still sees a committed file (PARTNERS.md, CHANGELOG.md, xliff/, the JSON Schemas)
 * that nobody regenerated.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {jsonSchemaFiles, jsonSchemaTexts} from '../content-model/json-schema.js';
import {loadContent} from '../content-model/load.js';
import {generatedModules} from './generate-content.js';
import {readManifest, withApiReference} from './lib/api-reference.js';
import {withFacts} from './lib/changelog.js';
import {cli} from './lib/cli.js';
import {applyIntegrity, integrityJson, integrityModule, integrityOf, partnerScripts} from './lib/integrity.js';
import {actionPictogramPathsModule, pictogramPathsModule} from './lib/pictogram-paths.js';
import {packageJson, repoRoot} from './lib/root.mjs';
import {thirdPartyNotices} from './lib/third-party.js';
import {writeAtomically} from './lib/write-atomically.js';
import {readLocalizeConfig} from './lib/xliff.js';

export interface Derived {
  /** Relative to the repository's root. */
  path: string;
  /** What it is made from, and the command that writes it, for the message when it is stale. */
  from: string;
  fix: string;
  /** The file's text, given what is there now (undefined: nothing yet). */
  render: (current: string | undefined) => string;
  /** Made from dist/: `npm run generate` skips it until the build has run. */
  afterBuild?: boolean;
}

/** Reads an input once, the first time a file needs it. */
function once<T>(read: () => T): () => T {
  let value: {done: T} | undefined;
  return () => (value ??= {done: read()}).done;
}

const localize = readLocalizeConfig();

/** What `lit-localize extract` writes into xliff/, run on a copy: the committed files keep their translations. */
function extractXliff(): Record<string, string> {
  const temp = mkdtempSync(join(tmpdir(), 'kiut-xliff-'));
  const config = join(repoRoot, `.lit-localize-extract-${process.pid}.json`);
  try {
    cpSync(join(repoRoot, localize.interchange.xliffDir), temp, {recursive: true});
    writeFileSync(config, JSON.stringify({...localize, interchange: {...localize.interchange, xliffDir: temp}}));
    execFileSync(join(repoRoot, 'node_modules/.bin/lit-localize'), ['extract', '--config', config], {cwd: repoRoot, stdio: 'pipe'});
    return Object.fromEntries(readdirSync(temp).map((name) => [name, readFileSync(join(temp, name), 'utf8')]));
  } finally {
    rmSync(config, {force: true});
    rmSync(temp, {recursive: true, force: true});
  }
}

export function derivedFiles(dist = join(repoRoot, 'dist')): Derived[] {
  // Read now: the generated modules and the schemas need it anyway.
  const content = loadContent();
  const integrity = once(() => integrityOf(dist));
  const xliff = once(extractXliff);
  const manifest = once(() => readManifest(dist));
  const modules = generatedModules(content);
  const schemas = jsonSchemaTexts(content);
  const fromContent = {from: 'content/ and lit-localize.json', fix: 'npm run generate'};
  const fromSchema = {from: 'content-model/schema.ts and content/facts.yaml', fix: 'npm run generate'};
  const fromCode = {from: 'the msg() calls in src/', fix: 'npm run i18n:extract, then translate what is new'};
  const fromBuild = {from: 'the built scripts', fix: 'npm run build:widget', afterBuild: true};
  const {version} = packageJson;
  return [
    ...Object.entries(modules).map(([name, text]) => ({path: `src/generated/${name}`, ...fromContent, render: () => text})),
    {
      path: 'src/content/pictogram-paths.ts',
      from: 'src/content/pictograms.ts and @tabler/icons',
      fix: 'npm run generate',
      render: pictogramPathsModule,
    },
    {
      path: 'src/content/action-pictogram-paths.ts',
      from: 'src/content/pictograms.ts and @tabler/icons',
      fix: 'npm run generate',
      render: actionPictogramPathsModule,
    },
    ...Object.entries(jsonSchemaFiles).map(([name, path]) => ({path, ...fromSchema, render: () => schemas[name as keyof typeof schemas]})),
    ...localize.targetLocales.map((locale) => ({path: `xliff/${locale}.xlf`, ...fromCode, render: () => xliff()[`${locale}.xlf`]})),
    {
      path: 'CHANGELOG.md',
      from: `content/facts.yaml (the ${version} entry)`,
      fix: 'npm run changelog',
      render: (now = '') => withFacts(now, version, content),
    },
    {
      path: 'PARTNERS.md',
      ...fromBuild,
      from: 'dist/custom-elements.json and the built scripts (the API reference and the integrity values)',
      fix: 'npm run docs:api',
      render: (now = '') => applyIntegrity(withApiReference(now, manifest()), integrity()),
    },
    {path: 'dist/integrity.json', ...fromBuild, render: () => integrityJson(integrity())},
    {path: 'dist/integrity.js', ...fromBuild, render: () => integrityModule(integrity())},
    {path: 'dist/THIRD-PARTY-NOTICES.md', ...fromBuild, render: () => thirdPartyNotices(partnerScripts.map((name) => join(dist, `${name}.map`)))},
  ];
}

/** The file's text now and as its sources make it, or why it cannot be made. */
function make({path, render}: Derived, root: string): {current: string | undefined; text?: string; error?: string} {
  const current = existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined;
  try {
    return {current, text: render(current)};
  } catch (error) {
    return {current, error: `${path}: ${(error as Error).message}`};
  }
}

/** One message per stale file (or per file that cannot be made), each naming it and the fix. */
export function staleFiles(files: Derived[], root = repoRoot): string[] {
  return files.flatMap((file) => {
    const {current, text, error} = make(file, root);
    if (error !== undefined) return [error];
    return text === current ? [] : [`${file.path} is ${current === undefined ? 'missing' : `out of date with ${file.from}`}: run \`${file.fix}\`.`];
  });
}

/** Writes the files that changed; returns their paths, and those made from the build that wait for it (when `wait`), with the reason. */
export function writeFiles(files: Derived[], {root = repoRoot, wait = false} = {}): {written: string[]; waiting: string[]} {
  const written: string[] = [];
  const waiting: string[] = [];
  for (const file of files) {
    const {current, text, error} = make(file, root);
    if (error !== undefined && !(file.afterBuild && wait)) throw new Error(error);
    if (error !== undefined) waiting.push(error);
    else if (text !== current) {
      writeAtomically(join(root, file.path), text!);
      written.push(file.path);
    }
  }
  return {written, waiting};
}
cli(import.meta.url, 'generate', () => {
  const {values, positionals} = parseArgs({options: {check: {type: 'boolean', default: false}}, allowPositionals: true});
  const all = derivedFiles();
  const chosen = all.filter(({path}) => positionals.length === 0 || positionals.some((prefix) => path.startsWith(prefix)));
  if (chosen.length === 0) throw new Error(`no derived file starts with ${positionals.join(' or ')}`);
  if (values.check) {
    const stale = staleFiles(chosen);
    for (const problem of stale) console.error(`generate: ${problem}`);
    if (stale.length === 0) console.log(`generate: all ${chosen.length} derived files are up to date.`);
    return stale.length === 0 ? 0 : 1;
  }
  const {written, waiting} = writeFiles(chosen, {wait: positionals.length === 0});
  // src/generated/ holds nothing else: the module of a locale that is gone goes with it.
  const generated = join(repoRoot, 'src/generated');
  for (const name of existsSync(generated) ? readdirSync(generated) : []) {
    if (!all.some(({path}) => path === `src/generated/${name}`)) rmSync(join(generated, name), {recursive: true});
  }
  console.log(`generate: ${written.length === 0 ? 'nothing changed' : `wrote ${written.join(', ')}`} (${chosen.length} derived files).`);
  if (waiting.length > 0) console.log(`generate: after the build (\`npm run build\`), also: ${waiting.join('; ')}`);
  return 0;
});
