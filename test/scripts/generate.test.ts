/**
 * The one list of derived files (scripts/generate.ts): the check names each stale file and the
 * command that fixes it, writing touches only what changed, and a file made from the build
 * waits for it in a plain `npm run generate` but fails when asked for by name.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {derivedFiles, staleFiles, writeFiles, type Derived} from '../../scripts/generate.js';

function inScratch(work: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'kiut-generate-'));
  try {
    work(dir);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

const file = (path: string, text: string, more: Partial<Derived> = {}): Derived => ({
  path,
  from: 'its source',
  fix: 'npm run generate',
  render: () => text,
  ...more,
});
const unbuilt = file('dist/made.txt', '', {
  afterBuild: true,
  fix: 'npm run build:widget',
  render: () => {
    throw new Error('dist/x is missing: run `npm run build:widget` first.');
  },
});

test('the check names every stale or missing file and the command that writes it', () => {
  inScratch((dir) => {
    writeFileSync(join(dir, 'fresh.txt'), 'same');
    writeFileSync(join(dir, 'stale.txt'), 'old');
    assert.deepEqual(staleFiles([file('fresh.txt', 'same'), file('stale.txt', 'new'), file('gone.txt', 'x'), unbuilt], dir), [
      'stale.txt is out of date with its source: run `npm run generate`.',
      'gone.txt is missing: run `npm run generate`.',
      'dist/made.txt: dist/x is missing: run `npm run build:widget` first.',
    ]);
  });
});

test('writing changes only the stale files, and a file made from the build waits for it only when told to', () => {
  inScratch((dir) => {
    writeFileSync(join(dir, 'fresh.txt'), 'same');
    const files = [file('fresh.txt', 'same'), file('sub/new.txt', 'new'), unbuilt];
    assert.deepEqual(writeFiles(files, {root: dir, wait: true}), {
      written: ['sub/new.txt'],
      waiting: ['dist/made.txt: dist/x is missing: run `npm run build:widget` first.'],
    });
    assert.equal(readFileSync(join(dir, 'sub/new.txt'), 'utf8'), 'new');
    assert.throws(() => writeFiles(files, {root: dir}), /^Error: dist\/made\.txt: dist\/x is missing/);
  });
});

test('the list holds every derived file once', () => {
  const paths = derivedFiles().map((f) => f.path);
  assert.equal(new Set(paths).size, paths.length);
  for (const path of [
    'src/generated/facts.ts',
    'src/content/pictogram-paths.ts',
    'content-model/json/facts.schema.json',
    'xliff/hu.xlf',
    'CHANGELOG.md',
    'PARTNERS.md',
    'dist/integrity.json',
    'dist/integrity.js',
    'dist/THIRD-PARTY-NOTICES.md',
  ])
    assert.ok(paths.includes(path), path);
});
