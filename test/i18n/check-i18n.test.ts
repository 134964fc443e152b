import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {checkI18n, checkXliffTargets} from '../../scripts/check-i18n.js';
import {repoRoot as root} from '../../scripts/lib/root.mjs';

function withXliffCopy(edit: (dir: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'kiut-xliff-'));
  try {
    cpSync(join(root, 'xliff'), dir, {recursive: true});
    edit(dir);
    return checkXliffTargets(dir, ['hu', 'uk']);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

test('every interface string and content key is present in every locale', () => {
  assert.deepEqual(checkI18n(root), []);
});

test('a missing translation fails the check and names the file and the unit', () => {
  const problems = withXliffCopy((dir) => {
    const file = join(dir, 'uk.xlf');
    const text = readFileSync(file, 'utf8');
    const [first] = text.match(/<target>[\s\S]*?<\/target>/) ?? [];
    assert.ok(first, 'uk.xlf has targets');
    writeFileSync(file, text.replace(first, ''));
  });
  assert.equal(problems.length, 1);
  assert.match(problems[0], /uk\.xlf: trans-unit s[0-9a-f]+ .* has no translation; add a <target>/);
});

test('an empty translation fails the check', () => {
  const problems = withXliffCopy((dir) => {
    const file = join(dir, 'hu.xlf');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<target>Kilépés<\/target>/, '<target>  </target>'));
  });
  assert.equal(problems.length, 1);
  assert.match(problems[0], /hu\.xlf: .*Leave this page.* has no translation/);
});

test('a translation that drops a placeholder fails the check', () => {
  const problems = withXliffCopy((dir) => {
    const file = join(dir, 'hu.xlf');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(<target>QR-kód: )<x id="0"[^>]*\/>/, '$1'));
  });
  assert.equal(problems.length, 1);
  assert.match(problems[0], /must keep every <x id="N"\/> placeholder/);
});

test('a missing locale file fails the check', () => {
  const problems = withXliffCopy((dir) => rmSync(join(dir, 'uk.xlf')));
  assert.equal(problems.length, 1);
  assert.match(problems[0], /uk\.xlf: missing; run `npm run i18n:extract`/);
});
