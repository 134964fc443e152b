/**
 * The studio's check of what its fonts can draw (print/studio/glyphs.ts), against the font
 * files the studio ships (Roboto, and Noto Sans SC cut to the print texts): every character
 * of the print data passes, and what no font has is named. Also which language the studio's
 * own interface takes.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {loadContent} from '../../content-model/load.js';
import {cjkCharacters, cjkFonts} from '../../print/cjk-font.js';
import {readFonts} from '../../print/pdfmake-node.js';
import {familyCoverage} from '../../print/render.js';
import {resolvePrintModel} from '../../print/resolve.js';
import {coverageOf, undrawable} from '../../print/studio/glyphs.js';
import {pickStudioLanguage} from '../../print/studio/strings.js';

const model = resolvePrintModel(loadContent(), '0.0.0');
const families = familyCoverage(await readFonts(model));

describe("the studio's fonts, read from their cmap", () => {
  it('draw every character of every language of the print data, Chinese included', () => {
    assert.ok(
      model.languages.some((texts) => texts.locale === 'zh-Hans'),
      'zh-Hans is printed',
    );
    for (const texts of model.languages) assert.deepEqual(undrawable(JSON.stringify(texts).replace(/\\[nrt"\\]/g, ''), families), [], texts.locale);
  });

  it('name what they cannot draw, once each, in the order it comes: Arabic, emoji (BMP and beyond), Chinese the print texts do not use', () => {
    assert.deepEqual(undrawable('Példa ☺ مرحبا 😀 中文 😀 Київ 鑫龍', families), ['☺', 'م', 'ر', 'ح', 'ب', 'ا', '😀', '鑫', '龍']);
  });

  it('take a character from one family whole: Roboto has "ő" in both weights, Noto Sans SC has "中" in both', () => {
    const [roboto, cjk] = families;
    assert.deepEqual(undrawable('ő', [roboto]), []);
    assert.deepEqual(undrawable('ő', [cjk]), ['ő']);
    assert.deepEqual(undrawable('中', [cjk]), []);
    assert.deepEqual(undrawable('中', [roboto]), ['中']);
    // A character only the regular file had would print as nothing in a bold line.
    assert.deepEqual(undrawable('中', [[cjk[0], roboto[1]]]), ['中']);
  });

  it('a file that is no font is refused, naming it', () => {
    assert.throws(() => coverageOf(new Uint8Array(64), 'Broken.ttf'), /^Error: Broken\.ttf has no cmap table: it is not a TrueType or OpenType font$/);
  });
});

describe('the Chinese print font, cut to the print texts', () => {
  const [roboto] = families;

  it('holds exactly the characters of the print texts that Roboto lacks, in both weights', () => {
    const wanted = [...cjkCharacters(model, roboto).keys()];
    assert.ok(wanted.length > 300, `${wanted.length} characters`);
    assert.ok(
      wanted.every((c) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(c)),
      wanted.filter((c) => !/\p{Script=Han}/u.test(c)).join(''),
    );
    const [, cjk] = families;
    for (const file of cjk) {
      const drawn = file.flatMap(([first, last]) => Array.from({length: last - first + 1}, (_, i) => String.fromCodePoint(first + i)));
      assert.deepEqual(drawn, wanted);
    }
  });

  it('the same texts give the same bytes', async () => {
    const again = await readFonts(model);
    assert.deepEqual(again, await readFonts(model));
  });

  it('a character neither font has stops the build, naming the language file and the character', async () => {
    const zh = model.languages.find((texts) => texts.locale === 'zh-Hans')!;
    const odd = {...model, languages: [{...zh, title: `${zh.title} 𠀀`}]};
    await assert.rejects(
      cjkFonts(odd, roboto),
      /^Error: content\/zh-Hans\/guide\.yaml: "𠀀" \(U\+20000\) is in neither print font \(Roboto, Noto Sans SC\) and would print as nothing\. Write it with other characters$/,
    );
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
