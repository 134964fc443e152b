/**
 * The licences of the packages bundled into the scripts (Lit, @lit/localize, tslib). The
 * bundles are minified without comments, and Lit's BSD licence asks that its notice travel
 * with every copy, so each release, plugin and package carries THIRD-PARTY-NOTICES.md.
 * The list is read from the bundles' source maps: what is inside is what is listed. The
 * pictograms are @tabler/icons' drawings (MIT), copied into a module of ours at generate time
 * (scripts/lib/pictogram-paths.ts): when that module is inside, so is their licence.
 *
 * Why no standard tool: license-checker lists what node_modules holds; this lists what the bundles hold, from their source maps.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {repoRoot} from './root.mjs';

/** Package names (`lit-html`, `@lit/localize`) whose files a source map lists, sorted. */
export function bundledPackages(mapFile: string): string[] {
  if (!existsSync(mapFile)) throw new Error(`${mapFile} is missing: run \`npm run build:widget\` first.`);
  const {sources} = JSON.parse(readFileSync(mapFile, 'utf8')) as {sources: string[]};
  const names = new Set<string>();
  for (const source of sources) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
    if (match) names.add(match[1]);
  }
  return [...names].sort();
}

/** Modules of ours that carry a package's work, copied in at generate time, by their path. */
const copiedFrom: Record<string, string> = {'src/content/pictogram-paths.ts': '@tabler/icons'};

/** The packages whose work a source map lists inside modules of ours (`copiedFrom`), sorted. */
export function copiedPackages(mapFile: string): string[] {
  if (!existsSync(mapFile)) throw new Error(`${mapFile} is missing: run \`npm run build:widget\` first.`);
  const {sources} = JSON.parse(readFileSync(mapFile, 'utf8')) as {sources: string[]};
  const names = Object.entries(copiedFrom).flatMap(([path, name]) => (sources.some((source) => source.endsWith(path)) ? [name] : []));
  return [...new Set(names)].sort();
}

function licenceText(dir: string, name: string): string {
  const file = readdirSync(dir).find((entry) => /^licen[cs]e(\.(md|txt))?$/i.test(entry));
  if (!file) throw new Error(`node_modules/${name} has no LICENSE file: its notice cannot ship with the release. Check the package before bundling it.`);
  return readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim();
}

/** THIRD-PARTY-NOTICES.md for the packages inside the bundles these source maps describe. */
export function thirdPartyNotices(mapFiles: string[], modules = join(repoRoot, 'node_modules')): string {
  const names = [...new Set(mapFiles.flatMap((file) => [...bundledPackages(file), ...copiedPackages(file)]))].sort();
  const parts = ['# Third-party notices', '', 'The kiut scripts (kiut-guide.js, kiut-guide.iife.js) include these packages. Their licences follow.'];
  for (const name of names) {
    const dir = join(modules, name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {version: string; license?: string};
    parts.push('', `## ${name} ${manifest.version} (${manifest.license ?? 'see below'})`, '', '```text', licenceText(dir, name), '```');
  }
  return `${parts.join('\n')}\n`;
}
