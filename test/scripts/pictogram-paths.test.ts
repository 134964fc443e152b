/**
 * The pictograms' path data (scripts/lib/pictogram-paths.ts): only tabler's visible paths,
 * compacted without changing the drawing, and a clear error for a name the set does not have.
 */
import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {actionPictogramPathsModule, compactPath, pictogramPath, pictogramPathsModule} from '../../scripts/lib/pictogram-paths.js';
import {actionPictograms, pictogramNames} from '../../src/content/pictograms.js';
import {thirdPartyNotices} from '../../scripts/lib/third-party.js';

test('keeps the visible paths and drops tabler’s invisible 24 × 24 box', () => {
  const phone = pictogramPath('phone');
  assert.ok(!phone.includes('M0 0h24v24H0z'));
  assert.equal(phone, 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5l1.5-2.5 5 2v4a2 2 0 0 1-2 2 16 16 0 0 1-15-15 2 2 0 0 1 2-2');
  // Several paths join into one, each starting with its own absolute move.
  assert.equal(pictogramPath('info-circle').match(/M/g)?.length, 3);
});

test('compacts a path without changing it: numbers to a tenth, a dot keeps its length, repeated commands lose their letter', () => {
  assert.equal(compactPath('M10.585 10.587a2 2 0 0 0 2.829 2.828'), 'M10.6 10.6a2 2 0 0 0 2.8 2.8');
  assert.equal(compactPath('M12 16v.01'), 'M12 16v.01');
  assert.equal(compactPath('M5 4l2 5l-2.5 1.5l3 0'), 'M5 4l2 5-2.5 1.5 3 0');
  // A repeated move is not merged: its repeats would be lines.
  assert.equal(compactPath('M1 1M2 2'), 'M1 1M2 2');
});

test('names the file and the fix for an icon the set does not have, or one that is not a path', () => {
  assert.throws(
    () => pictogramPath('no-such-icon'),
    /no-such-icon\.svg is missing: "no-such-icon" in src\/content\/pictograms\.ts is not a @tabler\/icons outline icon/,
  );
  const dir = mkdtempSync(join(tmpdir(), 'kiut-icons-'));
  writeFileSync(join(dir, 'dot.svg'), '<svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="1" /></svg>');
  assert.throws(() => pictogramPath('dot', dir), /dot\.svg: <circle cx="12" cy="12" r="1" \/> is not a path; draw it as a path or choose another icon/);
});

test('the module holds every name of the table, and nothing else', () => {
  const module = pictogramPathsModule();
  const keys = [...module.matchAll(/^ {2}'([a-z-]+)': '/gm)].map((m) => m[1]);
  assert.deepEqual(keys, [...pictogramNames]);
});

test('the actions’ module holds the call, exit and listen drawings, the same as the whole table’s', () => {
  const module = actionPictogramPathsModule();
  const entries = [...module.matchAll(/^ {2}([a-z]+): '([^']+)',$/gm)].map((m) => [m[1], m[2]]);
  assert.deepEqual(
    entries,
    Object.entries(actionPictograms).map(([action, name]) => [action, pictogramPath(name)]),
  );
});

test('THIRD-PARTY-NOTICES carries @tabler/icons’ licence when the bundle holds the pictograms', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiut-map-'));
  const map = join(dir, 'a.js.map');
  writeFileSync(map, JSON.stringify({sources: ['../src/content/pictogram-paths.ts', '../node_modules/lit-html/lit-html.js']}));
  assert.match(thirdPartyNotices([map]), /## @tabler\/icons [\d.]+ \(MIT\)[\s\S]*Permission is hereby granted/);
  // The script holds only the actions' drawings, in their own module.
  writeFileSync(map, JSON.stringify({sources: ['../src/content/action-pictogram-paths.ts', '../node_modules/lit-html/lit-html.js']}));
  assert.match(thirdPartyNotices([map]), /## @tabler\/icons [\d.]+ \(MIT\)/);
  writeFileSync(map, JSON.stringify({sources: ['../node_modules/lit-html/lit-html.js']}));
  assert.doesNotMatch(thirdPartyNotices([map]), /@tabler/);
});
