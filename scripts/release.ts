/**
 * `npm run release [-- --skip-build] [--out release] [--dist dist]`: builds everything, then
 * writes release/kiut-<version>/ and its .zip (with a .zip.sha256) for partners who do not use
 * npm (release-it and semantic-release publish to a registry or a forge): the two scripts with
 * their maps and language files, types/, custom-elements.json, every PDF, studio/ when built, the
 * WordPress plugin's zip, the docs and licences, integrity.json (sha384) and SHA256SUMS.
 * A commit always gives the same bytes: every file is dated SOURCE_DATE_EPOCH (else the commit's
 * time), files are 0644 and folders 0755, the zip's entries are in a fixed order.
 */
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, posix, relative, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {fontNotices} from '../print/font-notices.js';
import {allFormats, sheetsFor} from '../print/formats.js';
import {loadContent} from '../content-model/load.js';
import {buildWordpressPlugin} from './build-wordpress.js';
import {withFacts} from './lib/changelog.js';
import {cli} from './lib/cli.js';
import {formatSize} from './lib/format-size.js';
import {integrityJson, languageFiles, partnerScripts, sri, type Integrity} from './lib/integrity.js';
import {packageJson, readBuilt, repoRoot} from './lib/root.mjs';
import {writeAtomically} from './lib/write-atomically.js';
import {sourceDateEpoch} from './lib/source-date.js';
import {thirdPartyNotices} from './lib/third-party.js';
import {byBytes, readTree, zipEntries, type Entry} from './lib/zip.js';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** What goes into the release, by path. */
function releaseEntries(dist: string, version: string, epoch: number): Entry[] {
  const build = 'run `npm run build` (or `npm run release` without --skip-build).';
  readBuilt(join(dist, 'types/index.d.ts'), build);
  // Beside the scripts, which fetch them: every language's first screen and full texts.
  const fromDist = [...partnerScripts.flatMap((script) => [script, `${script}.map`]), 'custom-elements.json', ...languageFiles(dist)];
  const entries: Entry[] = fromDist.map((path) => ({path, data: readBuilt(join(dist, path), build)}));
  entries.push(...readTree(join(dist, 'types'), 'types').filter((e) => e.path.endsWith('.d.ts')));

  const locales = Object.keys(loadContent().locales);
  // Each one-language format per locale, and the multilingual posters once (print/hu-en-uk/).
  for (const {format, folder} of sheetsFor(allFormats, locales)) {
    entries.push({path: `print/${folder}/${format.id}.pdf`, data: readBuilt(join(dist, 'print', folder, `${format.id}.pdf`), build)});
  }
  // The print studio comes from another part of the build, when it exists.
  if (existsSync(join(dist, 'studio'))) entries.push(...readTree(join(dist, 'studio'), 'studio'));

  for (const doc of ['README.md', 'PARTNERS.md', 'CHANGELOG.md', 'LICENSE'])
    entries.push({path: doc, data: readBuilt(join(repoRoot, doc), 'it belongs in the repository root.')});
  const changelog = readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8');
  if (withFacts(changelog, version, loadContent()) !== changelog) {
    throw new Error(`the facts in CHANGELOG.md's ${version} entry are out of date with content/facts.yaml: run \`npm run changelog\` and commit the result.`);
  }
  const fonts = ['', 'The PDFs (print/) and the print studio (studio/) carry parts of these fonts.', '', ...fontNotices(repoRoot)].join('\n');
  entries.push({path: 'THIRD-PARTY-NOTICES.md', data: Buffer.from(thirdPartyNotices(partnerScripts.map((s) => join(dist, `${s}.map`))) + fonts)});

  const integrity = Object.fromEntries(partnerScripts.map((s) => [s, sri(entries.find((e) => e.path === s)!.data)])) as Integrity;
  entries.push({path: 'integrity.json', data: Buffer.from(integrityJson(integrity))});

  const work = mkdtempSync(join(tmpdir(), 'kiut-release-wordpress-'));
  try {
    entries.push({path: 'wordpress/kiut-guide.zip', data: readFileSync(buildWordpressPlugin({dist, out: work, epoch}).zip)});
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
  entries.sort((a, b) => byBytes(a.path, b.path));
  return [...entries, {path: 'SHA256SUMS', data: Buffer.from(entries.map((e) => `${sha256(e.data)}  ${e.path}\n`).join(''))}];
}

/** Writes the folder (dated, with fixed permissions) and the zip. */
export function writeRelease(options: {dist?: string; out?: string; epoch?: number} = {}) {
  const dist = resolve(options.dist ?? join(repoRoot, 'dist'));
  const out = resolve(options.out ?? join(repoRoot, 'release'));
  const {version} = packageJson;
  const epoch = options.epoch ?? sourceDateEpoch();
  const name = `kiut-${version}`;
  const entries = releaseEntries(dist, version, epoch);

  const dir = join(out, name);
  rmSync(dir, {recursive: true, force: true});
  const folders = new Set<string>([dir]);
  for (const entry of entries) {
    const file = join(dir, ...entry.path.split('/'));
    writeAtomically(file, entry.data);
    chmodSync(file, 0o644);
    utimesSync(file, epoch, epoch);
    for (let folder = dirname(file); folder.startsWith(dir); folder = dirname(folder)) folders.add(folder);
  }
  for (const folder of folders) {
    chmodSync(folder, 0o755);
    utimesSync(folder, epoch, epoch);
  }

  const zipBytes = zipEntries(
    entries.map((e) => ({path: posix.join(name, e.path), data: e.data})),
    epoch,
  );
  const zip = join(out, `${name}.zip`);
  writeAtomically(zip, zipBytes);
  const zipSha256 = sha256(zipBytes);
  writeAtomically(`${zip}.sha256`, `${zipSha256}  ${name}.zip\n`);
  return {dir, zip, zipSha256, files: entries.map((e) => ({path: e.path, bytes: e.data.length})).sort((a, b) => byBytes(a.path, b.path))};
}

cli(import.meta.url, 'release', () => {
  const {values} = parseArgs({
    options: {
      'skip-build': {type: 'boolean', default: false},
      out: {type: 'string', default: join(repoRoot, 'release')},
      dist: {type: 'string', default: join(repoRoot, 'dist')},
    },
  });
  const began = Date.now();
  if (!values['skip-build']) {
    console.log('release: npm run build');
    const built = spawnSync('npm', ['run', 'build'], {cwd: repoRoot, stdio: 'inherit'});
    if (built.status !== 0) throw new Error('the build failed; nothing was released.');
  }
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {cwd: repoRoot, encoding: 'utf8'});
  if (dirty.status === 0 && dirty.stdout.trim() !== '') {
    console.warn(
      'release: warning: the working tree has uncommitted changes, so this release cannot be rebuilt from its commit. Commit first for a release you publish.',
    );
  }
  const packed = Date.now();
  const release = writeRelease({dist: values.dist, out: values.out});
  const shown = (path: string) => relative(process.cwd(), path) || path;
  console.log(`release: ${shown(release.dir)}/ (${release.files.length} files)`);
  // Every file outside types/, and types/ as one line.
  const types = release.files.filter((f) => f.path.startsWith('types/'));
  const rows = [...release.files.filter((f) => !types.includes(f)), {path: `types/ (${types.length} files)`, bytes: types.reduce((n, f) => n + f.bytes, 0)}];
  for (const file of rows) console.log(`  ${file.path.padEnd(32)} ${formatSize(file.bytes).padStart(10)}`);
  console.log(`release: ${shown(release.zip)} ${formatSize(statSync(release.zip).size)}, sha256 ${release.zipSha256}`);
  console.log(`release: packed in ${((Date.now() - packed) / 1000).toFixed(1)} s, ${((Date.now() - began) / 1000).toFixed(1)} s with the build.`);
});
