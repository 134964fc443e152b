/**
 * `npm run build:wordpress` (after `npm run build:widget`): dist/wordpress/kiut-guide.zip,
 * byte-identical for the same commit, from wordpress/kiut-guide/ with the ES module, the licences
 * and includes/generated.php: the element's own allow-lists, so that the plugin accepts exactly
 * what the element does (the attributes table of src/attributes.ts, which also gives block.json
 * its attributes; sections, needs and languages from content/; the colours from
 * dist/custom-elements.json). Sources that disagree fail the build, naming the file and the fix.
 * wp-scripts and wp-cli would need a WordPress and packages of their own for less.
 */
import {cpSync, readFileSync, rmSync} from 'node:fs';
import {join, relative} from 'node:path';
import {attributes, fieldOf, type Attribute, type AttributeName} from '../src/attributes.js';
import {loadContent} from '../content-model/load.js';
import {hotline} from '../src/content/hotline.js';
import {guideOf, readManifest, type Manifest} from './lib/api-reference.js';
import {cli} from './lib/cli.js';
import {formatSize} from './lib/format-size.js';
import {packageJson, readBuilt, repoRoot} from './lib/root.mjs';
import {writeAtomically} from './lib/write-atomically.js';
import {sourceDateEpoch} from './lib/source-date.js';
import {languageFiles} from './lib/integrity.js';
import {thirdPartyNotices} from './lib/third-party.js';
import {readTree, zipEntries} from './lib/zip.js';

const pluginSlug = 'kiut-guide';
export const pluginSource = join(repoRoot, 'wordpress', pluginSlug);

type Kind = {kind: 'boolean'} | {kind: 'url'} | {kind: 'choice' | 'list'; list: string};

/** How the plugin checks an attribute of the table: a choice or a list names its allow-list (`heading-level`: `heading_levels`). */
function kindOf(name: string, spec: Attribute): Kind {
  if (spec.kind === 'boolean' || spec.kind === 'url') return {kind: spec.kind};
  if (spec.kind === 'ids') return {kind: 'list', list: spec.of};
  return {kind: 'choice', list: 'of' in spec ? spec.of : `${name.replace(/-/g, '_')}s`};
}

/** Colour pairs a reader sees as text on a background: the settings screen refuses a pair under 4.5:1. */
const contrastPairs: [string, string][] = [
  ['--kiut-text', '--kiut-background'],
  ['--kiut-link', '--kiut-background'],
  ['--kiut-text', '--kiut-surface'],
  ['--kiut-on-accent', '--kiut-accent'],
];

/** Everything generated.php carries, from the element's sources. Throws with the fix on a mismatch. */
export function pluginData(manifest: Manifest, version: string) {
  const content = loadContent();
  const guide = guideOf(manifest);
  const fromManifest = guide.attributes ?? [];
  const missing = fromManifest.filter((a) => !(a.name in attributes)).map((a) => a.name);
  const extra = Object.keys(attributes).filter((name) => !fromManifest.some((a) => a.name === name));
  if (missing.length > 0)
    throw new Error(
      `the element has attribute(s) ${missing.join(', ')} that the WordPress plugin does not know: add them to the attributes table in src/attributes.ts.`,
    );
  if (extra.length > 0)
    throw new Error(
      `src/attributes.ts lists attribute(s) ${extra.join(', ')} that the element no longer has: remove them from its attributes table, or add them to the element's properties.`,
    );

  const attributesData: Record<string, Kind & {field: string}> = {};
  const lists: Record<string, string[]> = {languages: Object.keys(content.locales)};
  for (const [name, spec] of Object.entries(attributes) as [AttributeName, Attribute][]) {
    const kind = kindOf(name, spec);
    const isBoolean = fromManifest.find((a) => a.name === name)?.type?.text === 'boolean';
    if (isBoolean !== (kind.kind === 'boolean'))
      throw new Error(
        `attribute ${name} is ${isBoolean ? '' : 'not '}boolean in the element, but ${spec.kind} in src/attributes.ts: fix its attributes table.`,
      );
    if ('values' in spec && 'list' in kind) lists[kind.list] = [...spec.values];
    attributesData[name] = {...kind, field: fieldOf(name)};
  }

  const colours = Object.fromEntries(
    (guide.cssProperties ?? []).flatMap(({name, default: value, description}) =>
      value && /^#[0-9a-f]{6}$/i.test(value) ? [[name, {default: value.toLowerCase(), label: (description ?? name).replace(/\s+/g, ' ').trim()}]] : [],
    ),
  );
  const unknown = contrastPairs.flat().filter((property) => !(property in colours));
  if (unknown.length > 0)
    throw new Error(`contrastPairs in scripts/build-wordpress.ts names ${unknown.join(', ')}, not a colour property of the element: fix the pair.`);

  const service = hotline(content.facts);
  if (!service?.phone) throw new Error('content/facts.yaml: the hotline service has no phone, which the plugin shows before the guide loads.');
  const hu = content.locales.hu.hotline;

  return {
    version,
    attributes: attributesData,
    lists: {...lists, sections: content.facts.sections.map((s) => s.id), needs: [...content.facts.needs]},
    languages: Object.fromEntries(lists.languages.map((code) => [code, content.locales[code].language])),
    colours,
    contrast_pairs: contrastPairs,
    hotline: {label: `${hu.short} ${hu.badge}`, e164: service.phone.e164, display: service.phone.international},
  };
}
type PluginData = ReturnType<typeof pluginData>;

/** A PHP literal for a JSON-like value: strings single-quoted, so nothing in them is interpolated. */
export function phpValue(value: unknown, indent = ''): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const inner = indent + '\t';
    const key = (name: string) => (Array.isArray(value) ? '' : `${phpValue(name)} => `);
    return entries.length === 0
      ? 'array()'
      : `array(\n${entries.map(([name, item]) => `${inner}${key(name)}${phpValue(item, inner)},`).join('\n')}\n${indent})`;
  }
  throw new Error(`cannot write ${String(value)} as PHP`);
}

export function generatedPhp(data: PluginData): string {
  return `<?php
/**
 * Generated by scripts/build-wordpress.ts from src/attributes.ts, content/ and
 * dist/custom-elements.json. Do not edit: run \`npm run build:wordpress\`.
 *
 * @package kiut-guide
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element's allow-lists and the facts the plugin shows before the script runs.
 *
 * @return array
 */
function kiut_guide_generated() {
\tstatic $data = null;
\tif ( null === $data ) {
\t\t$data = ${phpValue(data, '\t\t')};
\t}
\treturn $data;
}
`;
}

/** Problems with the plugin's hand-written files, each naming the file and the fix. */
export function checkPluginSources(data: PluginData, source = pluginSource): string[] {
  const v = data.version;
  // Each file, what must say the version there, and what to write when it does not.
  const checks: [string, RegExp, (found: string) => string][] = [
    ['kiut-guide.php', /^\s*\*\s*Version:\s*(\S+)/m, (found) => `the header says Version: ${found}; package.json says ${v}. Set the header's Version to ${v}.`],
    ['readme.txt', /^Stable tag:\s*(\S+)/m, (found) => `Stable tag is ${found}; package.json says ${v}. Set it to ${v} and add a == Changelog == entry.`],
    ['readme.txt', new RegExp(`^= (${v.replace(/\./g, '\\.')}) =`, 'm'), () => `the == Changelog == section has no "= ${v} =" entry: add one.`],
  ];
  return checks.flatMap(([file, pattern, fix]) => {
    const found = pattern.exec(readFileSync(join(source, file), 'utf8'))?.[1];
    return found === v ? [] : [`${relative(repoRoot, join(source, file)) || file}: ${fix(found ?? '(none)')}`];
  });
}

/** block/block.json with the element's attributes, under their property names, each empty by default. */
export function blockJson(data: PluginData): string {
  const block = JSON.parse(readFileSync(join(pluginSource, 'block', 'block.json'), 'utf8')) as Record<string, unknown>;
  const schema = ({kind}: Kind) =>
    kind === 'boolean'
      ? {type: 'boolean', default: false}
      : kind === 'list'
        ? {type: 'array', items: {type: 'string'}, default: []}
        : {type: 'string', default: ''};
  block.attributes = Object.fromEntries(Object.values(data.attributes).map((spec) => [spec.field, schema(spec)]));
  return `${JSON.stringify(block, null, 2)}\n`;
}

/** Stages the plugin in `out`/kiut-guide/ and writes `out`/kiut-guide.zip. */
export function buildWordpressPlugin({dist = join(repoRoot, 'dist'), out = join(dist, 'wordpress'), epoch = sourceDateEpoch()} = {}) {
  const script = readBuilt(join(dist, 'kiut-guide.js'));
  const data = pluginData(readManifest(dist), packageJson.version);
  const problems = checkPluginSources(data);
  if (problems.length > 0) throw new Error(problems.join('\n'));

  const dir = join(out, pluginSlug);
  rmSync(dir, {recursive: true, force: true});
  cpSync(pluginSource, dir, {recursive: true});
  writeAtomically(join(dir, 'includes', 'generated.php'), generatedPhp(data));
  writeAtomically(join(dir, 'block', 'block.json'), blockJson(data));
  writeAtomically(join(dir, 'assets', 'kiut-guide.js'), script);
  // The script fetches its language files from its own folder.
  for (const file of languageFiles(dist)) writeAtomically(join(dir, 'assets', file), readFileSync(join(dist, file)));
  writeAtomically(join(dir, 'LICENSE'), readFileSync(join(repoRoot, 'LICENSE')));
  writeAtomically(join(dir, 'THIRD-PARTY-NOTICES.md'), thirdPartyNotices([join(dist, 'kiut-guide.js.map')]));
  const zip = join(out, `${pluginSlug}.zip`);
  const bytes = zipEntries(readTree(dir, pluginSlug), epoch);
  writeAtomically(zip, bytes);
  return {dir, zip, bytes: bytes.length};
}

cli(import.meta.url, 'build-wordpress', () => {
  const {dir, zip, bytes} = buildWordpressPlugin();
  console.log(`build-wordpress: ${relative(process.cwd(), zip)} (${formatSize(bytes)}), staged in ${relative(process.cwd(), dir)}/`);
});
