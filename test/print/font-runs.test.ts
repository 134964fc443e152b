/**
 * Mixed text, one font per run (print/font-runs.ts): what Roboto draws stays in Roboto, the
 * rest goes to the CJK font, and nothing else of the document changes.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {TDocumentDefinitions} from 'pdfmake/interfaces';
import {fontRuns, withFontRuns} from '../../print/font-runs.js';

/** Roboto, for these tests: everything below the CJK blocks. */
const draws = (code: number) => code < 0x2e80;

describe('font runs', () => {
  it('leave a text Roboto draws whole as it is', () => {
    assert.equal(fontRuns('Áldozatsegítő Központ, +36 80 20 55 20', draws, 'CJK'), 'Áldozatsegítő Központ, +36 80 20 55 20');
  });

  it('cut a Chinese line with a Hungarian name where the font changes, every character kept', () => {
    const runs = fontRuns('受害者援助中心（Áldozatsegítő Központ）：+36 80 20 55 20。', draws, 'CJK');
    assert.deepEqual(runs, [
      {text: '受害者援助中心（', font: 'CJK'},
      'Áldozatsegítő Központ',
      {text: '）：', font: 'CJK'},
      '+36 80 20 55 20',
      {text: '。', font: 'CJK'},
    ]);
  });

  it('keep spaces in the default font', () => {
    assert.deepEqual(fontRuns('中文 中文', draws, 'CJK'), [{text: '中文', font: 'CJK'}, ' ', {text: '中文', font: 'CJK'}]);
  });
});

describe('a document with font runs', () => {
  const doc: TDocumentDefinitions = {
    content: [
      {text: '拨打 ', style: 'summary'},
      {text: ['电话 ', {text: '+36 80 20 55 20', link: 'tel:+3680205520', noWrap: true, bold: true}, {text: '（免费）', bold: true}]},
      {columns: [{stack: [{text: 'okit.hu'}, {qr: 'https://okit.hu', fit: 60}]}, {svg: '<svg/>', width: 10}]},
    ],
    footer: (page: number) => ({text: `${page} 页`}),
    styles: {summary: {fontSize: 9}},
  };
  const split = withFontRuns(doc, draws, 'CJK');

  it('split every text, keeping its style and its link on each run', () => {
    assert.deepEqual(split.content, [
      {text: [{text: '拨打', font: 'CJK'}, ' '], style: 'summary'},
      {
        text: [
          {text: '电话', font: 'CJK'},
          ' ',
          {text: '+36 80 20 55 20', link: 'tel:+3680205520', noWrap: true, bold: true},
          {text: '（免费）', bold: true, font: 'CJK'},
        ],
      },
      {columns: [{stack: [{text: 'okit.hu'}, {qr: 'https://okit.hu', fit: 60}]}, {svg: '<svg/>', width: 10}]},
    ]);
  });

  it('split what a footer function returns, and leave the styles and the original alone', () => {
    assert.deepEqual((split.footer as (page: number) => unknown)(2), {text: ['2 ', {text: '页', font: 'CJK'}]});
    assert.deepEqual(split.styles, doc.styles);
    assert.deepEqual((doc.content as {text: unknown}[])[0], {text: '拨打 ', style: 'summary'});
  });
});
