/**
 * The command line: a subset, the partner options, and every way it must refuse cleanly
 * (unknown option, locale or format; bad content; a hostile partner string), writing
 * nothing when it refuses.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {defaultContentDir, loadContent} from '../../content-model/load.js';
import {buildPrint} from '../../print/build.js';
import {allFormatIds, defaultLanguageSets, multilingualFormats} from '../../print/formats.js';
import {checkPartnerText, maxPartnerLength, PartnerError} from '../../print/partner.js';
import {repoRoot as root} from '../../scripts/lib/root.mjs';
import {listFiles, pdftotext, requirePoppler, testPartner} from './helpers.js';
import {checkSheet} from './sheet-checks.js';

const locales = Object.keys(loadContent().locales);
let scratch: string;

function print(args: string[]): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'print/build.ts'), ...args], {cwd: root, encoding: 'utf8'});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

function freshDir(name: string): string {
  return join(mkdtempSync(join(scratch, `${name}-`)), 'out');
}

before(() => {
  requirePoppler();
  scratch = mkdtempSync(join(tmpdir(), 'kiut-print-cli-'));
});
after(() => rmSync(scratch, {recursive: true, force: true}));

describe('print CLI', () => {
  it('builds a subset given by repeated and comma-separated options, one progress line per file and a summary', () => {
    const out = freshDir('subset');
    const run = print(['--locale', 'hu', '--format', 'wallet-card,card-a6', '--format', 'poster-a4', '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(listFiles(out), ['hu/card-a6.pdf', 'hu/poster-a4.pdf', 'hu/wallet-card.pdf']);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 4, run.stdout);
    assert.match(lines[0], /hu\/card-a6\.pdf .*KB/);
    assert.match(lines[3], /^3 files, .* KB in total/);
  });

  it('with no languages chosen, makes a multilingual sheet for each default set, each in its own languages and scripts', () => {
    const out = freshDir('default-sets');
    const run = print(['--format', 'poster-a4-multi', '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(listFiles(out), defaultLanguageSets.map((set) => `${set.join('-')}/poster-a4-multi.pdf`).sort());
    assert.match(run.stdout, /hu-ro-bg\/poster-a4-multi\.pdf/);
    // Each sheet carries its languages' own headlines: Bulgarian in Cyrillic, Vietnamese with its diacritics.
    const roBg = pdftotext(join(out, 'hu-ro-bg', 'poster-a4-multi.pdf'), 'raw');
    for (const words of ['Segítség van', 'Există ajutor', 'Има помощ']) assert.ok(roBg.includes(words), `hu-ro-bg: "${words}"`);
    const viMn = pdftotext(join(out, 'hu-vi-mn', 'poster-a4-multi.pdf'), 'raw');
    for (const words of ['Có sự giúp đỡ', 'Тусламж бий']) assert.ok(viMn.includes(words), `hu-vi-mn: "${words}"`);
  });

  it("puts the chosen languages on one multilingual sheet, in the content's order, and leaves it out of a one-language run", () => {
    const out = freshDir('multi');
    const run = print(['--format', 'poster-a4-multi,wallet-card', '--locale', 'uk,en', '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(listFiles(out), ['en-uk/poster-a4-multi.pdf', 'en/wallet-card.pdf', 'uk/wallet-card.pdf']);
    const text = pdftotext(join(out, 'en-uk', 'poster-a4-multi.pdf'), 'raw');
    assert.ok(text.indexOf('There is help') < text.search(/Допомога/), 'English first, as in the content');
    assert.doesNotMatch(text, /Segítség van/, 'no Hungarian on an en-uk sheet');

    const one = freshDir('one-language');
    const single = print(['--locale', 'hu', '--format', 'wallet-card', '--out', one]);
    assert.equal(single.status, 0, single.stderr);
    assert.deepEqual(listFiles(one), ['hu/wallet-card.pdf']);
  });

  it("puts four chosen languages on one multilingual sheet: each one's headline and hotline, the codes decoded, within the budget", () => {
    const out = freshDir('four');
    const run = print(['--format', 'poster-a4-multi', '--locale', 'hu,uk,ru,vi', '--partner-name', testPartner.name, '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    // In the content's order, whatever the order asked.
    const sheet = locales.filter((l) => ['hu', 'uk', 'ru', 'vi'].includes(l));
    assert.deepEqual(listFiles(out), [`${sheet.join('-')}/poster-a4-multi.pdf`]);
    const path = join(out, sheet.join('-'), 'poster-a4-multi.pdf');
    const text = pdftotext(path, 'raw').replace(/\s+/g, ' ');
    for (const l of sheet) {
      const texts = loadContent().locales[l];
      for (const words of [texts.print.headline, texts.hotline.name]) assert.ok(text.includes(words.replace(/\s+/g, ' ')), `${l}: no "${words}"`);
    }
    // One page, A4, ≤ 150 KB, every language's hotline, 112 and date, the partner, both codes decoded at ≥ 2 cm.
    checkSheet(path, multilingualFormats[0], sheet, {name: testPartner.name});
  });

  it('prints the partner name and contact', () => {
    const out = freshDir('partner');
    const run = print([
      '--locale',
      'hu',
      '--format',
      'wallet-card',
      '--out',
      out,
      '--partner-name',
      'Menedék Ház Őrség',
      '--partner-contact',
      'info@menedek.example',
    ]);
    assert.equal(run.status, 0, run.stderr);
    const text = pdftotext(join(out, 'hu', 'wallet-card.pdf'));
    assert.match(text, /Menedék Ház Őrség/);
    assert.match(text, /info@menedek\.example/);
  });

  const refusals: [string, string[], RegExp[]][] = [
    ['an unknown option', ['--colour', 'red'], [/--colour/, /--locale/, /--format/, /--out/, /--partner-name/]],
    ['an unknown locale', ['--locale', 'xx'], [/unknown locale "xx"/, ...locales.map((l) => new RegExp(`\\b${l}\\b`))]],
    ['an unknown format', ['--format', 'leaflet-a5'], [/unknown format "leaflet-a5"/, ...allFormatIds.map((f) => new RegExp(f))]],
    ['a partner name with a right-to-left override', ['--partner-name', 'Help\u202Egnp.exe'], [/--partner-name/, /U\+202E/]],
    ['a partner contact with a line break', ['--partner-contact', 'a\nb'], [/--partner-contact/, /U\+000A/]],
    [
      'a partner name over the length limit',
      ['--partner-name', 'x'.repeat(maxPartnerLength + 1)],
      [/--partner-name/, new RegExp(`limit is ${maxPartnerLength}`)],
    ],
    ['a partner name with markup', ['--partner-name', '<b>Shelter</b>'], [/--partner-name contains markup \("<b…"\) at position 1/]],
    [
      // The A6 card can no longer be too short: its back takes what its front cannot. A poster has one page.
      'a partner line too long for the A4 poster even at the smallest text',
      ['--locale', 'uk', '--format', 'poster-a4', '--partner-name', 'Й'.repeat(maxPartnerLength), '--partner-contact', 'W'.repeat(maxPartnerLength)],
      [/uk\/poster-a4 with the partner's name and contact needs 2 pages even at 70% text size; it may have 1\. Shorten them \(243 characters now\)/],
    ],
    [
      'a multilingual sheet with one language',
      ['--format', 'poster-a4-multi', '--locale', 'hu'],
      [/poster-a4-multi carries 2 to 4 languages; one was chosen \(hu\)/, /--locale hu,en,uk/],
    ],
  ];
  for (const [what, args, messages] of refusals) {
    it(`refuses ${what} with a clear message, a non-zero exit and nothing written`, () => {
      const out = freshDir('refuse');
      const run = print([...args, '--out', out]);
      assert.notEqual(run.status, 0);
      for (const message of messages) assert.match(run.stderr, message);
      assert.match(run.stderr, /Nothing was written|valid options/);
      assert.deepEqual(listFiles(out), []);
    });
  }

  it('stops on invalid content before writing anything', () => {
    const content = join(scratch, 'content');
    cpSync(defaultContentDir, content, {recursive: true});
    const facts = join(content, 'facts.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('e164: "+3680205520"', 'e164: "+36 80 205520"'));
    const out = freshDir('bad-content');
    const run = print(['--content', content, '--out', out]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /content is not valid/);
    assert.match(run.stderr, /facts\.yaml:\d+: services\[0\]\.phone\.e164/);
    assert.deepEqual(listFiles(out), []);
  });

  it('leaves no temporary file behind, and replaces an existing file whole', async () => {
    const out = freshDir('atomic');
    await buildPrint({outDir: out, locales: ['hu'], formats: ['wallet-card']});
    const first = readFileSync(join(out, 'hu', 'wallet-card.pdf'));
    await buildPrint({outDir: out, locales: ['hu'], formats: ['wallet-card'], partner: {name: 'Második'}});
    assert.deepEqual(listFiles(out), ['hu/wallet-card.pdf']);
    assert.ok(!readFileSync(join(out, 'hu', 'wallet-card.pdf')).equals(first));
  });
});

describe('partner strings', () => {
  it('accepts plain text, trimmed', () => {
    assert.equal(checkPartnerText('  Példa Egyesület – Budapest  ', '--partner-name'), 'Példa Egyesület – Budapest');
    assert.equal(checkPartnerText('Фонд «Допомога»', '--partner-name'), 'Фонд «Допомога»');
  });
  it('rejects control, bidirectional and invisible characters', () => {
    for (const hostile of ['a\u202Eb', 'a\u2066b', 'a\u200Fb', 'a\u0007b', 'a\u2028b', 'a\ufeffb', 'a\tb']) {
      assert.throws(() => checkPartnerText(hostile, '--partner-name'), PartnerError, JSON.stringify(hostile));
    }
  });
  it('rejects markup, which a PDF would print as it is, and keeps "<" and "&" in plain text', () => {
    for (const hostile of ['<script>alert(1)</script>', 'Név</p>', '<!-- x -->', '<?xml?>', 'Tom &amp; Jerry', 'a &#60; b', '&#x3c;img']) {
      assert.throws(() => checkPartnerText(hostile, 'Organisation'), /Organisation contains markup/, JSON.stringify(hostile));
    }
    assert.equal(checkPartnerText('Smith & Co · a < b · 3 > 2', 'Organisation'), 'Smith & Co · a < b · 3 > 2');
  });
  it('rejects empty and overlong strings', () => {
    assert.throws(() => checkPartnerText('   ', '--partner-name'), /empty/);
    assert.throws(() => checkPartnerText('é'.repeat(maxPartnerLength + 1), '--partner-name'), /limit/);
    assert.equal(checkPartnerText('é'.repeat(maxPartnerLength), '--partner-name').length, maxPartnerLength);
  });
});
