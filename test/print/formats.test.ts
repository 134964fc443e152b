/**
 * The formats beyond one language in regular type: the multilingual posters (every language's
 * texts on the sheet, Cyrillic included, one set of codes) and large print (no text under
 * 16 pt, read from the PDF's text runs, rotated strips included; never shrunk, more pages
 * instead). The shared build (helpers.ts) is the one build.test.ts and qr.test.ts check.
 */
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {before, describe, it} from 'node:test';
import {loadContent} from '../../content-model/load.js';
import {allFormats, defaultLanguageSets, formats, multilingualFormats, sheetsFor, type Format} from '../../print/formats.js';
import {multilingualLanguages} from '../../print/layouts/poster-multi.js';
import {nodePdfMake} from '../../print/pdfmake-node.js';
import {renderSheet, SheetTooLongError, textScales} from '../../print/render.js';
import {resolvePrintModel} from '../../print/resolve.js';
import type {BuiltFile} from '../../print/build.js';
import {flat, pdfinfo, pdftotext, requirePoppler, sharedBuild, testPartner, textRuns} from './helpers.js';
import {checkSheet} from './sheet-checks.js';

const content = loadContent();
const locales = Object.keys(content.locales);
const largeFormats = formats.filter((f) => f.largePrint);

let dir: string;
let files: BuiltFile[];

before(async () => {
  requirePoppler();
  ({dir, files} = await sharedBuild());
});

/** A resolved text as it reads on paper: tokens replaced by what they print. */
function printed(text: string): string {
  return flat(
    text.replace('{tel:emergency-112}', '112').replace('{tel:okit}', content.facts.services.find((s) => s.id === 'okit')?.phone?.international ?? '?'),
  );
}

/** The build's sheets of several languages: each default set (more languages than one sheet takes), one of them four. */
const sets = defaultLanguageSets.filter((set) => set.every((l) => locales.includes(l))).map((set) => [...set]);

describe('multilingual posters', () => {
  it('the default sets include one of four languages, the most a sheet takes', () => {
    assert.equal(multilingualLanguages.max, 4);
    assert.ok(sets.some((set) => set.length === 4));
  });

  for (const format of multilingualFormats) {
    for (const sheet of sets) {
      const folder = sheet.join('-');
      it(`${format.id}: one ${format.pagePt.join(' × ')} pt page carrying every language of ${folder}, its codes decoded, within the budget`, () => {
        const path = join(dir, folder, `${format.id}.pdf`);
        checkSheet(path, format, sheet, testPartner);
        carriesEveryLanguage(path, format, sheet);
      });
    }
  }

  /** Every language's texts on the sheet, and the strips. */
  function carriesEveryLanguage(path: string, format: Format, sheet: string[]): void {
    const folder = sheet.join('-');
    const info = pdfinfo(path);
    assert.equal(info.Pages, '1');
    const match = /^([\d.]+) x ([\d.]+) pts/.exec(info['Page size'] ?? '');
    assert.ok(
      match && Math.abs(Number(match[1]) - format.pagePt[0]) < 0.01 && Math.abs(Number(match[2]) - format.pagePt[1]) < 0.01,
      `page size ${info['Page size']}`,
    );
    const text = flat(pdftotext(path, 'raw'));
    for (const locale of sheet) {
      const texts = content.locales[locale];
      for (const [what, words] of Object.entries({
        headline: texts.print.headline,
        'hotline name': texts.hotline.name,
        free: texts.hotline.free,
        hours: texts.hotline.hours,
        'okit caption': texts.print['qr-okit'],
        'tear-off label': texts.print['tear-off'],
        summary: texts.sections.hotline.summary.map((s) => printed(s.text)).join(' '),
      })) {
        assert.ok(text.includes(flat(words)), `${folder}/${format.id}: no ${locale} ${what} "${words}"`);
      }
    }
    if (sheet.includes('uk')) assert.match(text, /[А-Яа-яІіЇїЄєҐґ]{4,}/, 'Cyrillic words');
    // One number in the box; the rest are strips, as on the one-language posters.
    const phone = content.facts.services.find((s) => s.id === 'okit')?.phone?.international ?? '?';
    const strips = text.split(phone).length - 2;
    assert.ok(strips >= 8, `${folder}/${format.id}: ${strips} strips`);
    assert.equal(text.split('okit.hu').length - 2, strips, 'every strip has the number and okit.hu; the code caption has okit.hu');
  }

  it('draws two to four languages, and refuses one or five with a clear error', () => {
    const model = resolvePrintModel(content);
    const [format] = multilingualFormats;
    const [a, b, c, d] = model.languages;
    assert.ok(format.draw(model.facts, [a, b]).content);
    assert.ok(format.draw(model.facts, [a, b, c]).content);
    assert.ok(format.draw(model.facts, [a, b, c, d]).content);
    assert.throws(() => format.draw(model.facts, [a]), /carries 2 to 4 languages; it was given 1/);
    assert.throws(() => format.draw(model.facts, [a, b, c, d, a]), /carries 2 to 4 languages; it was given 5/);
  });

  it('fails with the sheet, its languages and their files when four languages cannot fit one page even at the smallest text', async () => {
    const model = resolvePrintModel(content);
    const four = sets.find((set) => set.length === 4) ?? [];
    // Each language's summary four times over: more than any page takes.
    const long = model.languages.map((texts) =>
      four.includes(texts.locale) ? {...texts, summary: [...texts.summary, ...texts.summary, ...texts.summary, ...texts.summary]} : texts,
    );
    for (const format of multilingualFormats) {
      const smallest = Math.min(...textScales, ...(format.smallerText ?? []));
      await assert.rejects(renderSheet(await nodePdfMake(model), format, {...model, languages: long}, four), (error: Error) => {
        assert.ok(error instanceof SheetTooLongError);
        assert.match(
          error.message,
          new RegExp(`^${four.join('-')}/${format.id} needs \\d+ pages even at ${Math.round(smallest * 100)}% text size; it may have 1\\.`),
        );
        assert.ok(error.message.includes(four.map((l) => `content/${l}/guide.yaml`).join(', ')), error.message);
        return true;
      });
    }
  });
});

describe('the sheets of a build', () => {
  const names = (locales: string[]) => sheetsFor(allFormats, locales).map((sheet) => `${sheet.folder}/${sheet.format.id}`);

  it('each one-language format per locale, then the multilingual ones once with two to four locales', () => {
    assert.deepEqual(
      names(['hu']),
      formats.map((f) => `hu/${f.id}`),
    );
    assert.deepEqual(names(['en', 'uk']), [
      ...formats.map((f) => `en/${f.id}`),
      ...formats.map((f) => `uk/${f.id}`),
      'en-uk/poster-a4-multi',
      'en-uk/poster-a3-multi',
    ]);
    assert.equal(names(['hu', 'en', 'uk']).filter((name) => name.startsWith('hu-en-uk/')).length, multilingualFormats.length);
    assert.equal(names(['hu', 'en', 'uk', 'ro']).filter((name) => name.startsWith('hu-en-uk-ro/')).length, multilingualFormats.length, 'four fit one sheet');
    assert.ok(!names(['hu', 'en', 'uk', 'ro', 'ru']).some((name) => name.startsWith('hu-en-uk-ro-ru/')), 'five are too many for one sheet');
  });
});

describe('large print', () => {
  it('has a large-print leaflet and A4 poster', () => {
    assert.deepEqual(
      largeFormats.map((f) => f.id),
      ['leaflet-a4-large', 'poster-a4-large'],
    );
  });

  for (const format of largeFormats) {
    it(`${format.id}: no text under 16 pt in any locale, the strips included; headings larger`, () => {
      for (const locale of locales) {
        const runs = textRuns(join(dir, locale, `${format.id}.pdf`));
        assert.ok(runs.length > 20, `${locale}/${format.id}: ${runs.length} text runs`);
        const small = runs.filter((run) => !(run.size >= 16));
        assert.deepEqual(small, [], `${locale}/${format.id}: text under 16 pt`);
        // The headline or title, and the number, are larger than the body.
        assert.ok(Math.max(...runs.map((run) => run.size)) >= 28, `${locale}/${format.id}: no heading larger than the body`);
        assert.ok(
          runs.some((run) => run.size >= 18 && run.size < Math.max(...runs.map((r) => r.size))),
          `${locale}/${format.id}: one size only`,
        );
      }
    });

    it(`${format.id}: never shrunk to fit, in any locale`, () => {
      for (const file of files.filter((f) => f.format === format.id)) assert.equal(file.textScale, 1, `${file.locale}/${file.format}`);
    });
  }

  it('the check can fail: the regular A4 poster has text under 16 pt', () => {
    const runs = textRuns(join(dir, locales[0], 'poster-a4.pdf'));
    assert.ok(runs.some((run) => run.size < 16));
  });

  it('takes more pages rather than smaller text: the large leaflet is longer than the regular one', () => {
    for (const locale of locales) {
      const pages = (id: string) => files.find((f) => f.locale === locale && f.format === id)?.pages ?? 0;
      assert.ok(pages('leaflet-a4-large') > pages('leaflet-a4'), `${locale}: ${pages('leaflet-a4-large')} large pages, ${pages('leaflet-a4')} regular`);
    }
  });

  it('refuses to shrink: past its pages it fails with the reason, where a regular format shrinks first', async () => {
    const model = resolvePrintModel(content);
    const pdfMake = await nodePdfMake(model);
    // A format held to `maxPages` alone: no first fit to more pages (fitPages).
    const cramped = (id: string): Format => ({...(allFormats.find((f) => f.id === id) as Format), maxPages: 1, fitPages: undefined});
    await assert.rejects(renderSheet(pdfMake, cramped('leaflet-a4-large'), model, [locales[0]]), (error: Error) => {
      assert.ok(error instanceof SheetTooLongError);
      assert.match(error.message, /leaflet-a4-large needs \d+ pages even at 100% text size; it may have 1/);
      return true;
    });
    await assert.rejects(
      renderSheet(pdfMake, {...cramped('leaflet-a4'), maxPages: 0}, model, [locales[0]]),
      new RegExp(`even at ${Math.round((textScales.at(-1) ?? 1) * 100)}% text size`),
    );
  });
});
