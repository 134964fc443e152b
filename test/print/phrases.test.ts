/**
 * Issue 20 §2: "Say this in Hungarian". In the print model every language but Hungarian carries
 * it, resolved once from content/ (the Hungarian sentences with what they mean); on paper the
 * A4 leaflets print it under the hotline and the A6 card on its back, each sentence in
 * Hungarian with its translation, and Hungarian paper never does. Read from the PDFs' text.
 */
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {before, describe, it} from 'node:test';
import {loadContent} from '../../content-model/load.js';
import {ownPhrase} from '../../content-model/schema.js';
import {buildPrint, type BuiltFile} from '../../print/build.js';
import {resolvePrintModel} from '../../print/resolve.js';
import {contentSourceLocale} from '../../src/i18n/source-locales.js';
import {flat, pdftotext, requirePoppler, testPartner, textRuns} from './helpers.js';

const content = loadContent();
const model = resolvePrintModel(content);
const language = (locale: string) => model.languages.find((l) => l.locale === locale);
const locales = Object.keys(content.locales);
const translations = locales.filter((locale) => locale !== contentSourceLocale);
/** The formats that carry the card (issue 20: "on the leaflet and the A6 card"). */
const carriers = ['leaflet-a4', 'leaflet-a4-large', 'card-a6'];

describe('"Say this in Hungarian" in the print model', () => {
  it('gives English readers the Hungarian sentences, then their own, each with its meaning', () => {
    assert.deepEqual(language('en')?.phrases, {
      heading: 'Say this in Hungarian',
      sentences: [
        {hu: 'Segítségre van szükségem.', says: 'I need help.'},
        {hu: 'Nem beszélek magyarul.', says: 'I do not speak Hungarian.'},
        {hu: 'Beszél angolul?', says: 'Do you speak English?'},
        {hu: 'Angolul beszélek.', says: 'I speak English.'},
      ],
    });
  });

  it('gives Ukrainian readers their own "I speak …" in Hungarian', () => {
    const card = language('uk')?.phrases;
    assert.equal(card?.heading, 'Скажіть це угорською');
    assert.deepEqual(card?.sentences.at(-1), {hu: 'Ukránul beszélek.', says: 'Я розмовляю українською.'});
    assert.equal(card?.sentences.length, 4);
  });

  it('has no card for Hungarian readers', () => {
    assert.equal(language('hu')?.phrases, undefined);
  });
});

/** Each sentence of a language's card as content/ writes it: the Hungarian, and what it means. */
function sentencesOf(locale: string): {hu: string; says: string}[] {
  const hungarian = content.locales[contentSourceLocale].phrases;
  const own = content.locales[locale].phrases;
  const says = own.says as Record<string, string>;
  return [...Object.entries(hungarian), [ownPhrase, own[ownPhrase]]].map(([id, hu]) => ({hu: String(hu), says: says[id]}));
}

describe('"Say this in Hungarian" on paper', () => {
  let dir: string;
  let files: BuiltFile[];
  const path = (locale: string, format: string) => join(dir, locale, `${format}.pdf`);
  const page = (file: string, n: number) => flat(pdftotext(file, 'reading', n));

  before(async () => {
    requirePoppler();
    dir = mkdtempSync(join(tmpdir(), 'kiut-phrases-'));
    process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
    // With the partner's line, which takes the most room.
    files = await buildPrint({outDir: dir, formats: carriers, partner: testPartner});
  });

  it('the leaflets and the card carry, in every language but Hungarian, its heading and each sentence in Hungarian with its translation', () => {
    assert.ok(translations.length >= 9, translations.join(', '));
    for (const locale of translations) {
      const heading = content.locales[locale].phrases.heading as string;
      for (const format of carriers) {
        const text = flat(pdftotext(path(locale, format)));
        assert.ok(text.includes(flat(heading)), `${locale}/${format}: no "${heading}"`);
        for (const {hu, says} of sentencesOf(locale)) {
          assert.ok(text.includes(hu), `${locale}/${format}: no "${hu}"`);
          assert.ok(text.includes(flat(says)), `${locale}/${format}: no "${says}" (${hu})`);
          // The translation follows its sentence.
          assert.ok(text.indexOf(flat(says), text.indexOf(hu)) > text.indexOf(hu), `${locale}/${format}: "${says}" is not after "${hu}"`);
        }
      }
    }
  });

  it("puts them on the card's back: the front keeps the hotline, the back starts with the heading", () => {
    for (const locale of translations) {
      const file = files.find((f) => f.locale === locale && f.format === 'card-a6');
      assert.equal(file?.pages, 2, `${locale}/card-a6: ${file?.pages} pages`);
      const [front, back] = [page(path(locale, 'card-a6'), 1), page(path(locale, 'card-a6'), 2)];
      for (const {hu} of sentencesOf(locale)) {
        assert.ok(back.includes(hu), `${locale}/card-a6: "${hu}" is not on the back`);
        assert.ok(!front.includes(hu), `${locale}/card-a6: "${hu}" is on the front`);
      }
      assert.ok(front.includes(content.locales[locale].hotline.short), `${locale}/card-a6: no hotline on the front`);
    }
  });

  it('keeps Hungarian paper without them, and the Hungarian card on one side', () => {
    const sentences = Object.values(content.locales[contentSourceLocale].phrases).map(String);
    assert.ok(sentences.length >= 3);
    for (const format of carriers) {
      const text = flat(pdftotext(path(contentSourceLocale, format)));
      for (const hu of sentences) assert.ok(!text.includes(hu), `hu/${format}: "${hu}"`);
    }
    assert.equal(files.find((f) => f.locale === contentSourceLocale && f.format === 'card-a6')?.pages, 1);
  });

  it('prints each Hungarian sentence larger than its translation, on the leaflet and on the card', () => {
    /** The size of the first line of a text on a page: the run its opening words start. */
    const sizeOf = (file: string, pageNumber: number, words: string) => {
      const opening = words.split(' ').slice(0, 2).join(' ');
      const run = textRuns(file).find(
        (r) =>
          r.page === pageNumber &&
          flat(r.text.replace(/&#160;/g, ' '))
            .trim()
            .startsWith(opening),
      );
      assert.ok(run, `${file}: no "${opening}" on page ${pageNumber}`);
      return run.size;
    };
    for (const locale of translations) {
      for (const [format, pageNumber] of [
        ['leaflet-a4', 1],
        ['card-a6', 2],
      ] as const) {
        for (const {hu, says} of sentencesOf(locale)) {
          const file = path(locale, format);
          assert.ok(sizeOf(file, pageNumber, hu) > sizeOf(file, pageNumber, says), `${locale}/${format}: "${hu}" is not larger than "${says}"`);
        }
      }
    }
  });
});
