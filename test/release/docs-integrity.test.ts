/**
 * The snippets' integrity values: docs:api writes them from the built files, and the staleness
 * check of npm test fails when one is stale, so a partner never copies a value that blocks the script.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {derivedFiles, staleFiles, writeFiles} from '../../scripts/generate.js';
import {applyIntegrity, integrityOf, sri} from '../../scripts/lib/integrity.js';
import {dist, repoRoot, requireBuild, scratch} from './helpers.js';

const values = {'kiut-guide.js': 'sha384-MODULE', 'kiut-guide.iife.js': 'sha384-CLASSIC'};

test('every script tag for the two files gets its own integrity value and crossorigin, old values replaced', () => {
  const doc = [
    '<script type="module" src="/kiut/kiut-guide.js"></script>',
    '<script src="/kiut/kiut-guide.iife.js" integrity="sha384-old" crossorigin defer></script>',
    '<script type="module" src="/kiut/kiut-guide.js?v=2" crossorigin="use-credentials" integrity="sha384-old"></script>',
    '<script src="/other.js"></script>',
    "import {defineKiutGuide} from '/kiut/kiut-guide.js';",
    "str_replace(' src=', ' integrity=\"sha384-old\" src=', $tag); // kiut-guide.iife.js",
  ].join('\n');
  assert.equal(
    applyIntegrity(doc, values),
    [
      '<script type="module" src="/kiut/kiut-guide.js" integrity="sha384-MODULE" crossorigin="anonymous"></script>',
      '<script src="/kiut/kiut-guide.iife.js" integrity="sha384-CLASSIC" crossorigin="anonymous" defer></script>',
      '<script type="module" src="/kiut/kiut-guide.js?v=2" integrity="sha384-MODULE" crossorigin="anonymous"></script>',
      '<script src="/other.js"></script>',
      "import {defineKiutGuide} from '/kiut/kiut-guide.js';",
      "str_replace(' src=', ' integrity=\"sha384-CLASSIC\" src=', $tag); // kiut-guide.iife.js",
    ].join('\n'),
  );
});

test('a value on a line that names neither file is refused, with the line', () => {
  assert.throws(() => applyIntegrity('one\nintegrity: sha384-abc\n', values), /line 2 carries a sha384- integrity value but names neither/);
});

test('PARTNERS.md carries the values of the built scripts', () => {
  requireBuild();
  const partners = readFileSync(join(repoRoot, 'PARTNERS.md'), 'utf8');
  const built = integrityOf(dist);
  assert.equal(built['kiut-guide.js'], sri(readFileSync(join(dist, 'kiut-guide.js'))));
  assert.ok(partners.includes(`src="/kiut/kiut-guide.js" integrity="${built['kiut-guide.js']}" crossorigin="anonymous"`));
  assert.ok(partners.includes(`integrity="${built['kiut-guide.iife.js']}" crossorigin="anonymous"`));
  assert.equal(applyIntegrity(partners, built), partners);
});

test('the staleness check fails on a stale value and names the fix; docs:api repairs it', () => {
  requireBuild();
  const {dir, remove} = scratch('docs-integrity');
  try {
    const doc = join(dir, 'PARTNERS.md');
    const current = readFileSync(join(repoRoot, 'PARTNERS.md'), 'utf8');
    writeFileSync(doc, current.replace(/sha384-[A-Za-z0-9+/=]+/, 'sha384-stale'));
    const partners = derivedFiles(dist).filter((file) => file.path === 'PARTNERS.md');
    const problems = staleFiles(partners, dir);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^PARTNERS\.md is out of date with .*the integrity values.*: run `npm run docs:api`/);
    assert.deepEqual(writeFiles(partners, {root: dir}).written, ['PARTNERS.md']);
    const repaired = readFileSync(doc, 'utf8');
    assert.equal(repaired.includes('sha384-stale'), false);
    assert.equal(applyIntegrity(repaired, integrityOf(dist)), repaired);
    assert.deepEqual(staleFiles(partners, dir), []);
  } finally {
    remove();
  }
});
