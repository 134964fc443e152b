/**
 * `npm run release`: what the download holds, that it checks itself (SHA256SUMS,
 * integrity.json), that the same commit gives the same bytes whatever the time zone, umask
 * or file dates, and that a missing piece stops it with the fix.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {unzipSync} from 'fflate';
import {allFormats, sheetsFor} from '../../print/formats.js';
import {everyLocale as textsByLocale} from '../../src/generated/every-locale.js';
import {sri} from '../../scripts/lib/integrity.js';
import {writeRelease} from '../../scripts/release.js';
import {sourceDateEpoch} from '../../scripts/lib/source-date.js';
import {readTree, zipEntries} from '../../scripts/lib/zip.js';
import {copyOfDist, dist, modes, repoRoot, requireBuild, run, scratch, tsx} from './helpers.js';

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {version: string}).version;
const epoch = 1764331200; // 2025-11-28 12:00 UTC: any fixed time will do.

requireBuild();

test('the release holds the scripts, typings, manifest, every PDF, the plugin, the docs and the checks', () => {
  const {dir, remove} = scratch('release');
  try {
    const release = writeRelease({out: dir, epoch});
    const paths = release.files.map((f) => f.path);
    for (const file of ['kiut-guide.js', 'kiut-guide.js.map', 'kiut-guide.iife.js', 'kiut-guide.iife.js.map', 'custom-elements.json', 'types/index.d.ts', 'types/element.d.ts', 'wordpress/kiut-guide.zip', 'README.md', 'PARTNERS.md', 'CHANGELOG.md', 'LICENSE', 'THIRD-PARTY-NOTICES.md', 'integrity.json', 'SHA256SUMS']) {
      assert.ok(paths.includes(file), `the release has ${file}`);
    }
    for (const {format, folder} of sheetsFor(allFormats, Object.keys(textsByLocale))) assert.ok(paths.includes(`print/${folder}/${format.id}.pdf`), `the release has print/${folder}/${format.id}.pdf`);
    assert.equal(paths.includes('studio/index.html'), existsSync(join(dist, 'studio', 'index.html')), 'studio/ exactly when the build made one');
    assert.equal(paths.some((p) => (p.endsWith('.png') && !p.startsWith('studio/previews/')) || p.startsWith('npm/') || p.startsWith('demo-data/')), false, "no demo thumbnails (the studio's previews aside) or npm entries");
    // The scripts are the built ones, byte for byte.
    for (const script of ['kiut-guide.js', 'kiut-guide.iife.js']) assert.deepEqual(readFileSync(join(release.dir, script)), readFileSync(join(dist, script)));
    assert.match(readFileSync(join(release.dir, 'THIRD-PARTY-NOTICES.md'), 'utf8'), /## lit-html [\d.]+ \(BSD-3-Clause\)[\s\S]*Copyright/);
    // The PDFs embed parts of the print fonts: their licences travel with them.
    assert.match(readFileSync(join(release.dir, 'THIRD-PARTY-NOTICES.md'), 'utf8'), /## Roboto \(Apache License 2\.0\)[\s\S]*## Noto Sans SC \(SIL Open Font License 1\.1\)[\s\S]*SIL OPEN FONT LICENSE Version 1\.1/);

    // integrity.json: the sha384 of each script as shipped.
    const integrity = JSON.parse(readFileSync(join(release.dir, 'integrity.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(integrity, {
      'kiut-guide.js': sri(readFileSync(join(release.dir, 'kiut-guide.js'))),
      'kiut-guide.iife.js': sri(readFileSync(join(release.dir, 'kiut-guide.iife.js'))),
    });
    // SHA256SUMS covers every other file, and sha256sum accepts it.
    const sums = readFileSync(join(release.dir, 'SHA256SUMS'), 'utf8').trim().split('\n');
    assert.deepEqual(sums.map((line) => line.slice(66)), paths.filter((p) => p !== 'SHA256SUMS'));
    for (const line of sums) {
      const [hash, path] = [line.slice(0, 64), line.slice(66)];
      assert.equal(createHash('sha256').update(readFileSync(join(release.dir, path))).digest('hex'), hash, path);
    }
    const checked = run('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], {cwd: release.dir});
    if (!checked.error) assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    assert.equal(readFileSync(`${release.zip}.sha256`, 'utf8'), `${createHash('sha256').update(readFileSync(release.zip)).digest('hex')}  kiut-${version}.zip\n`);

    // The zip holds the same files under kiut-<version>/, dated and 0644.
    const unzipped = unzipSync(readFileSync(release.zip));
    assert.deepEqual(Object.keys(unzipped).sort(), paths.map((p) => `kiut-${version}/${p}`).sort());
    for (const path of paths) assert.deepEqual(Buffer.from(unzipped[`kiut-${version}/${path}`]), readFileSync(join(release.dir, path)), path);

    // The folder: files 0644, folders 0755, all dated at the release time.
    for (const [path, mode] of Object.entries(modes(release.dir))) {
      const isDir = statSync(join(release.dir, path)).isDirectory();
      assert.equal(mode, isDir ? 0o755 : 0o644, `${path} is ${mode.toString(8)}`);
      assert.equal(statSync(join(release.dir, path)).mtimeMs, epoch * 1000, `${path} is dated at the release time`);
    }
  } finally {
    remove();
  }
});

test('the print studio goes into the release when the build made one', () => {
  const {dir, remove} = scratch('release-studio');
  try {
    const copy = copyOfDist(dir);
    // A studio of known files, in place of the one the build made.
    rmSync(join(copy, 'studio'), {recursive: true, force: true});
    mkdirSync(join(copy, 'studio', 'assets'), {recursive: true});
    writeFileSync(join(copy, 'studio', 'index.html'), '<!doctype html><title>Studio</title>');
    writeFileSync(join(copy, 'studio', 'assets', 'studio.js'), 'export {};\n');
    const release = writeRelease({dist: copy, out: join(dir, 'out'), epoch});
    assert.deepEqual(release.files.filter((f) => f.path.startsWith('studio/')).map((f) => f.path), ['studio/assets/studio.js', 'studio/index.html']);
    assert.match(readFileSync(join(release.dir, 'SHA256SUMS'), 'utf8'), / {2}studio\/index\.html\n/);
  } finally {
    remove();
  }
});

test('the same input gives byte-identical archives, whatever the file dates, time zone and umask', () => {
  const {dir, remove} = scratch('release-same');
  try {
    const first = writeRelease({out: join(dir, 'a'), epoch});
    // The same dist/ with every file dated now and then, packed by another process in
    // another time zone with another umask.
    const copy = copyOfDist(dir);
    for (const entry of readTree(copy)) utimesSync(join(copy, entry.path), new Date(), new Date(Date.now() - 86400000 * 400));
    const script = `import {writeRelease} from ${JSON.stringify(join(repoRoot, 'scripts', 'release.ts'))}; process.umask(0o077); writeRelease({dist: ${JSON.stringify(copy)}, out: ${JSON.stringify(join(dir, 'b'))}, epoch: ${epoch}});`;
    const second = run(tsx, ['--eval', script], {env: {TZ: 'Pacific/Chatham'}});
    assert.equal(second.status, 0, second.stderr);
    assert.deepEqual(readFileSync(join(dir, 'b', `kiut-${version}.zip`)), readFileSync(first.zip));
    assert.equal(readFileSync(join(dir, 'b', `kiut-${version}.zip.sha256`), 'utf8'), readFileSync(`${first.zip}.sha256`, 'utf8'));
    assert.deepEqual(modes(join(dir, 'b', `kiut-${version}`)), modes(first.dir));
  } finally {
    remove();
  }
});

test('two full builds of this commit give byte-identical archives', {timeout: 600000}, () => {
  const {dir, remove} = scratch('release-twice');
  try {
    const zips: Buffer[] = [];
    for (const out of ['a', 'b']) {
      const result = run(tsx, [join(repoRoot, 'scripts', 'release.ts'), '--out', join(dir, out)], {env: {SOURCE_DATE_EPOCH: String(epoch)}});
      assert.equal(result.status, 0, `npm run release failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
      assert.match(result.stdout, new RegExp(`release: .*kiut-${version.replace(/\./g, '\\.')}\\.zip`));
      zips.push(readFileSync(join(dir, out, `kiut-${version}.zip`)));
    }
    assert.equal(zips[0].length > 100_000, true);
    assert.deepEqual(zips[1], zips[0]);
  } finally {
    remove();
  }
});

test('a missing build output stops the release with the file and the fix', () => {
  const {dir, remove} = scratch('release-missing');
  try {
    for (const missing of ['kiut-guide.iife.js', join('print', 'uk', 'wallet-card.pdf'), join('types', 'index.d.ts')]) {
      const copy = copyOfDist(join(dir, missing.replace(/\W/g, '-')));
      rmSync(join(copy, missing));
      assert.throws(() => writeRelease({dist: copy, out: join(dir, 'out'), epoch}), (error: Error) => {
        assert.ok(error.message.includes(join(copy, missing)), error.message);
        assert.match(error.message, /run `npm run build`/);
        return true;
      });
    }
    const cli = run(tsx, [join(repoRoot, 'scripts', 'release.ts'), '--skip-build', '--dist', join(dir, 'nowhere'), '--out', join(dir, 'out')], {env: {SOURCE_DATE_EPOCH: String(epoch)}});
    assert.equal(cli.status, 1);
    assert.match(cli.stderr, /release: .*nowhere.*is missing: run `npm run build`/);
  } finally {
    remove();
  }
});

test('the release time: SOURCE_DATE_EPOCH, else the commit\'s; a bad value is refused with the fix', () => {
  assert.equal(sourceDateEpoch({SOURCE_DATE_EPOCH: '1764331200'}), 1764331200);
  const commit = Number(run('git', ['log', '-1', '--format=%ct']).stdout.trim());
  assert.equal(sourceDateEpoch({}), commit);
  assert.throws(() => sourceDateEpoch({SOURCE_DATE_EPOCH: 'yesterday'}), /SOURCE_DATE_EPOCH="yesterday" is not a number of seconds since 1970/);
  const {dir, remove} = scratch('no-git');
  try {
    assert.throws(() => sourceDateEpoch({}, dir), /not a git checkout.*set SOURCE_DATE_EPOCH/);
  } finally {
    remove();
  }
});

test('the zip writer: fixed order and dates in every time zone; unsafe or duplicate paths and pre-1980 dates refused', () => {
  const entries = [
    {path: 'b.txt', data: Buffer.from('b')},
    {path: 'a/z.txt', data: Buffer.from('z')},
    {path: 'a.txt', data: Buffer.from('a')},
  ];
  const saved = process.env.TZ;
  try {
    process.env.TZ = 'UTC';
    const inUtc = zipEntries(entries, epoch);
    process.env.TZ = 'Asia/Kathmandu';
    assert.deepEqual(zipEntries([...entries].reverse(), epoch), inUtc);
    assert.equal(process.env.TZ, 'Asia/Kathmandu', 'the caller\'s time zone is restored');
    assert.deepEqual(Object.keys(unzipSync(inUtc)), ['a.txt', 'a/z.txt', 'b.txt']);
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
  assert.throws(() => zipEntries([{path: '../x', data: Buffer.from('')}], epoch), /cannot go into a zip/);
  assert.throws(() => zipEntries([{path: '/etc/x', data: Buffer.from('')}], epoch), /cannot go into a zip/);
  assert.throws(() => zipEntries([entries[0], entries[0]], epoch), /"b.txt" is in the archive twice/);
  assert.throws(() => zipEntries(entries, 0), /before 1980/);
});
