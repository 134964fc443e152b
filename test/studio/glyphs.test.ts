/**
 * The studio's check of what its fonts can draw (print/studio/glyphs.ts), against the font
 * files the studio ships: every character of the print data passes, and scripts the fonts
 * lack are named. Also which language the studio's own interface takes.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {loadContent} from '../../content-model/load.js';
import {readFonts} from '../../print/pdfmake-node.js';
import {resolvePrintModel} from '../../print/resolve.js';
import {coverageOf, fromBase64, undrawable} from '../../print/studio/glyphs.js';
import {pickStudioLanguage} from '../../print/studio/strings.js';
import {fontFiles} from '../../print/styles.js';

const fonts = readFonts();
const coverage = Object.values(fontFiles).map((name) => coverageOf(fromBase64(fonts[name]), name));

describe("the studio's fonts, read from their cmap", () => {
  it('draw every character of every language of the print data', () => {
    const model = resolvePrintModel(loadContent(), '0.0.0');
    for (const texts of model.languages) assert.deepEqual(undrawable(JSON.stringify(texts).replace(/\\[nrt"\\]/g, ''), coverage), [], texts.locale);
  });

  it('name what they cannot draw, once each, in the order it comes: Arabic, emoji (BMP and beyond), CJK', () => {
    assert.deepEqual(undrawable('Példa ☺ مرحبا 😀 中文 😀 Київ', coverage), ['☺', 'م', 'ر', 'ح', 'ب', 'ا', '😀', '中', '文']);
  });

  it('a file that is no font is refused, naming it', () => {
    assert.throws(() => coverageOf(new Uint8Array(64), 'Broken.ttf'), /^Error: Broken\.ttf has no cmap table: it is not a TrueType or OpenType font$/);
  });
});

describe("the studio's own language", () => {
  it("follows the browser's first language it speaks, by primary subtag, else Hungarian", () => {
    assert.equal(pickStudioLanguage(['de-AT', 'uk-UA', 'en']), 'uk');
    assert.equal(pickStudioLanguage(['EN-gb']), 'en');
    assert.equal(pickStudioLanguage(['hu-HU', 'en']), 'hu');
    assert.equal(pickStudioLanguage(['de', 'fr']), 'hu');
    assert.equal(pickStudioLanguage([]), 'hu');
    assert.equal(pickStudioLanguage(['constructor', 'toString']), 'hu');
  });
});
