/**
 * THIRD-PARTY-NOTICES.md for every release, plugin and package: the bundles are minified without
 * comments, and Lit's BSD licence asks that its notice travel with every copy. Unlike
 * license-checker, which lists node_modules, this lists what the bundles hold, from their source
 * maps; and the pictograms, @tabler/icons' drawings (MIT) copied into a module of ours at
 * generate time, when that module is inside.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {readBuilt, repoRoot} from './root.mjs';

/** Modules of ours that carry a package's work, copied in at generate time, by their path. */
const copiedFrom: Record<string, string> = {'src/content/pictogram-paths.ts': '@tabler/icons', 'src/content/action-pictogram-paths.ts': '@tabler/icons'};

const mapSources = (mapFile: string) => (JSON.parse(readBuilt(mapFile).toString()) as {sources: string[]}).sources;
const packagesIn = (sources: string[]) => sources.flatMap((source) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1] ?? []);

/** Package names (`lit-html`, `@lit/localize`) whose files a source map lists, sorted. */
export const bundledPackages = (mapFile: string): string[] => [...new Set(packagesIn(mapSources(mapFile)))].sort();

/** A package's notice: its name, version and licence, then its licence file as it ships. */
export function packageNotice(name: string): string[] {
  const dir = join(repoRoot, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {version: string; license?: string};
  const file = readdirSync(dir).find((entry) => /^licen[cs]e(\.(md|txt))?$/i.test(entry));
  if (!file) throw new Error(`node_modules/${name} has no LICENSE file: its notice cannot ship with the release. Check the package before bundling it.`);
  const licence = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim();
  return [`## ${name} ${manifest.version} (${manifest.license ?? 'see below'})`, '', '```text', licence, '```'];
}

/** The notices of every package the source maps hold, bundled or copied into a module of ours (`copiedFrom`). */
export function thirdPartyNotices(mapFiles: string[]): string {
  const sources = mapFiles.flatMap(mapSources);
  const copied = Object.entries(copiedFrom).flatMap(([path, name]) => (sources.some((source) => source.endsWith(path)) ? [name] : []));
  const names = [...new Set([...packagesIn(sources), ...copied])].sort();
  const intro = 'The kiut scripts (kiut-guide.js, kiut-guide.iife.js) include these packages. Their licences follow.';
  return `${['# Third-party notices', '', intro, ...names.flatMap((name) => ['', ...packageNotice(name)])].join('\n')}\n`;
}
