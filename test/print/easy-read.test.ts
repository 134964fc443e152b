/**
 * Issue 21 on paper: the pictograms of the screen on the leaflet, the card and the posters, as
 * vector drawings, and the easy-read sheet: at most two A4 pages, only the summaries, each
 * with its pictogram, the hotline first and big, the codes last, no text under 16 pt in any
 * language, and a clear error when a language's summaries cannot fit.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {inflateSync} from 'node:zlib';
import {before, describe, it} from 'node:test';
import {loadContent} from '../../content-model/load.js';
import {displayUrl} from '../../src/content/tokens.js';
import {allFormats, defaultLanguageSets, formats, multilingualFormats, type Format} from '../../print/formats.js';
import {easyReadMinPt} from '../../print/layouts/easy-read.js';
import {nodePdfMake} from '../../print/pdfmake-node.js';
import {renderSheet, SheetTooLongError} from '../../print/render.js';
import {resolvePrintModel} from '../../print/resolve.js';
import type {BuiltFile} from '../../print/build.js';
import {flat, pdfinfo, pdftotext, requirePoppler, sharedBuild, textBoxes, textRuns} from './helpers.js';

const content = loadContent();
const locales = Object.keys(content.locales);
const easyRead = formats.find((f) => f.id === 'easy-read') as Format;

let dir: string;
let files: BuiltFile[];

before(async () => {
  requirePoppler();
  ({dir, files} = await sharedBuild());
});

/**
 * How many pictograms a PDF draws: each is one stroked path with round caps (`1 J`, from the
 * SVG's stroke-linecap), which nothing else on a sheet uses (the codes are filled squares, the
 * frames square-capped lines). Read from the page content streams, inflated.
 */
function pictogramDrawings(path: string): number {
  const bytes = readFileSync(path);
  const text = bytes.toString('latin1');
  let count = 0;
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    let stream: string;
    try {
      stream = inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      continue; // a font or another stream that is not a page's drawing
    }
    count += (stream.match(/(?:^|\s)1 J(?=\s)/g) ?? []).length;
  }
  return count;
}

/** The sections the easy-read sheet carries beside their pictograms (the hotline's is at the top; no-trace's points at tips it leaves out). */
const easySections = content.facts.sections.map((s) => s.id).filter((id) => id !== 'hotline' && id !== 'no-trace');

/** A summary sentence as it reads on paper: tokens replaced by what they print. */
function printedSentence(text: string): string[] {
  // The plain words around the tokens: the facts themselves are checked by the other tests.
  return text
    .split(/\{[^}]+\}/)
    .map((part) => flat(part).trim())
    .filter((part) => part.length > 3);
}

describe('pictograms on paper', () => {
  const expected: Record<string, number> = {
    'leaflet-a4': content.facts.sections.length + 1,
    'leaflet-a4-large': content.facts.sections.length + 1,
    'card-a6': 1,
    'poster-a4': 1,
    'poster-a3': 1,
    'poster-a4-large': 1,
    'easy-read': easySections.length + 1,
  };
  for (const [id, count] of Object.entries(expected)) {
    it(`${id}: draws ${count} pictograms as vectors (each section's title and the call), in every language`, () => {
      for (const locale of locales) assert.equal(pictogramDrawings(join(dir, locale, `${id}.pdf`)), count, `${locale}/${id}`);
    });
  }
  for (const format of multilingualFormats) {
    it(`${format.id}: draws the call pictogram beside the number`, () => {
      // Each default language set is a sheet of the build (more languages than one sheet carries).
      for (const set of defaultLanguageSets) assert.equal(pictogramDrawings(join(dir, set.join('-'), `${format.id}.pdf`)), 1, set.join('-'));
    });
  }
  it('the count can fail: the wallet card, discreet, draws none', () => {
    assert.equal(pictogramDrawings(join(dir, locales[0], 'wallet-card.pdf')), 0);
  });
});

describe('easy-read sheet', () => {
  it('is a format in every language, A4, on at most two pages', () => {
    assert.ok(allFormats.includes(easyRead));
    for (const locale of locales) {
      const info = pdfinfo(join(dir, locale, 'easy-read.pdf'));
      assert.match(info['Page size'] ?? '', /^595\.2\d* x 841\.8\d* pts/, `${locale}: ${info['Page size']}`);
      assert.ok(Number(info.Pages) <= 2, `${locale}: ${info.Pages} pages`);
    }
  });

  it('has no text under 16 pt, in any language, with the partner line', () => {
    assert.equal(easyReadMinPt, 16);
    assert.equal(easyRead.minTextPt, 16);
    for (const locale of locales) {
      const runs = textRuns(join(dir, locale, 'easy-read.pdf'));
      assert.ok(runs.length > 20, `${locale}: ${runs.length} runs`);
      assert.deepEqual(
        runs.filter((run) => !(run.size >= 16)),
        [],
        `${locale}: text under 16 pt`,
      );
    }
  });

  it('carries each summary it lists, the hotline first and biggest, and the codes last', () => {
    for (const locale of locales) {
      const path = join(dir, locale, 'easy-read.pdf');
      const text = flat(pdftotext(path));
      const texts = content.locales[locale];
      let at = 0;
      for (const id of ['hotline', ...easySections]) {
        for (const sentence of texts.sections[id].summary) {
          for (const words of printedSentence(sentence.text)) {
            const found = text.indexOf(words, at);
            assert.ok(found >= 0, `${locale}/easy-read: "${words}" (${id}) missing or out of order`);
            at = found;
          }
        }
      }
      // Only the summaries: no section's full text.
      assert.ok(!text.includes(flat(texts.sections.shelters.blocks[1] as string).slice(0, 60)), `${locale}: the shelters' full text is there`);
      // The number is the largest text, on the first page, above everything else there.
      const runs = textRuns(path);
      const biggest = Math.max(...runs.map((run) => run.size));
      const number = content.facts.services.find((s) => s.id === 'okit')?.phone?.international ?? '?';
      assert.ok(
        runs.some((run) => run.size === biggest && run.page === 1 && run.text.replace(/&#160;|\s/g, '') === number.replace(/\s/g, '')),
        `${locale}: the number is not the biggest text`,
      );
      // The codes' captions, with the addresses to type, come after the last summary, on the last page.
      for (const address of ['okit', 'iom-information'].map((id) => displayUrl(content.facts.services.find((s) => s.id === id)?.url ?? '?')))
        assert.ok(text.indexOf(address, at) > at, `${locale}: no "${address}" caption after the summaries`);
      const boxes = textBoxes(path);
      const lastPage = Math.max(...boxes.map((box) => box.page));
      assert.ok(
        boxes.some((box) => box.text === 'okit.hu' && box.page === lastPage),
        `${locale}: no okit.hu caption on the last page`,
      );
    }
  });

  it('fails the build with the texts to shorten when a language cannot fit two pages at 16 pt', async () => {
    const model = resolvePrintModel(content);
    const [first] = model.languages;
    const long = {...first, sections: first.sections.map((section) => ({...section, summary: [...section.summary, ...section.summary, ...section.summary]}))};
    await assert.rejects(renderSheet(await nodePdfMake(model), easyRead, {...model, languages: [long]}, [first.locale]), (error: Error) => {
      assert.ok(error instanceof SheetTooLongError);
      assert.match(
        error.message,
        new RegExp(
          `${first.locale}/easy-read needs \\d+ pages even at 80% text size; it may have 2\\. Shorten the texts of content/${first.locale}/guide\\.yaml`,
        ),
      );
      return true;
    });
  });

  it('is never shrunk below 16 pt: at the smallest text scale the body is 16 pt', () => {
    const file = files.filter((f) => f.format === 'easy-read');
    assert.equal(file.length, locales.length);
    for (const f of file) assert.ok(f.textScale >= 0.8, `${f.locale}: ${f.textScale}`);
  });
});
