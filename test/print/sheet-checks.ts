/**
 * The checks every printed sheet must pass, as one function for a file made anywhere (the
 * print studio's downloads): page size and count, the size budget, embedded fonts, each
 * language's texts (the hotline, 112, the facts' date and version, the partner), every QR code
 * decoded and matched to the facts at ≥ 2 cm with a white quiet zone, and in large print no
 * text under 16 pt.
 */
import assert from 'node:assert/strict';
import {readFileSync, statSync} from 'node:fs';
import {loadContent} from '../../content-model/load.js';
import {factsUpdated} from '../../content-model/types.js';
import type {Format} from '../../print/formats.js';
import type {Partner} from '../../print/partner.js';
import {quietZoneModules} from '../../print/qr.js';
import {printBudgets} from '../../scripts/lib/budgets.js';
import {repoRoot} from '../../scripts/lib/root.mjs';
import {decodeSheetCodes, flat, measureCode, pdffonts, pdfinfo, pdftotext, renderPages, textRuns} from './helpers.js';

const content = loadContent();
const version = (JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8')) as {version: string}).version;
const service = (id: string) => content.facts.services.find((s) => s.id === id);
const urls = {okit: service('okit')?.url ?? '?', iom: service('iom-information')?.url ?? '?'};
const dpi = 150;

export function checkSheet(path: string, format: Format, locales: string[], partner: Partner = {}): void {
  const where = `${path} (${locales.join('-')}/${format.id})`;
  const info = pdfinfo(path);
  const match = /^([\d.]+) x ([\d.]+) pts/.exec(info['Page size'] ?? '');
  assert.ok(match, `${where}: no page size`);
  assert.ok(
    Math.abs(Number(match[1]) - format.pagePt[0]) < 0.01 && Math.abs(Number(match[2]) - format.pagePt[1]) < 0.01,
    `${where}: page size ${info['Page size']}`,
  );
  const pages = Number(info.Pages);
  assert.ok(pages >= 1 && pages <= format.maxPages, `${where}: ${pages} pages`);
  assert.ok(statSync(path).size <= printBudgets.fileBytes, `${where}: ${statSync(path).size} bytes`);

  const fonts = pdffonts(path);
  for (const font of fonts) assert.ok(font.embedded && font.subset && /^[A-Z]{6}\+(Roboto-|NotoSansSC)/.test(font.name), `${where}: font ${font.name}`);
  // Noto Sans SC exactly where Chinese is.
  assert.equal(
    fonts.some((font) => font.name.includes('+NotoSansSC')),
    locales.includes('zh-Hans'),
    `${where}: fonts ${fonts.map((f) => f.name).join(', ')}`,
  );

  const text = flat(pdftotext(path, locales.length > 1 ? 'raw' : 'reading'));
  for (const locale of locales) {
    const texts = content.locales[locale];
    const expected = [
      texts.hotline.short,
      texts.hotline.free,
      // A sticker's label has room for the hotline alone: no 112 line (stickers.test.ts reads each label).
      ...(format.labels ? [] : [texts.emergency.replace('{tel:emergency-112}', '112')]),
      `${texts.about.updated} ${factsUpdated(content.facts)} · kiut ${version}`,
      ...(partner.name !== undefined || partner.contact !== undefined ? [texts.print.partner] : []),
    ];
    for (const words of expected) assert.ok(text.includes(flat(words)), `${where}: no ${locale} "${words}"`);
  }
  for (const value of [partner.name, partner.contact]) if (value !== undefined) assert.ok(text.includes(value), `${where}: no "${value}"`);
  if (locales.includes('uk')) assert.match(text, /[А-Яа-яІіЇїЄєҐґ]{4,}/, `${where}: no Cyrillic`);
  if (locales.includes('zh-Hans')) assert.match(text, /\p{Script=Han}{4,}/u, `${where}: no Chinese`);

  const expectedUrls = format.codes.map((code) => urls[code]).sort();
  const found = decodeSheetCodes(renderPages(path, dpi), format, dpi);
  assert.deepEqual(found.map((code) => code.data).sort(), expectedUrls, `${where}: decoded URLs`);
  for (const code of found) {
    const geometry = measureCode(code.page, code, dpi, quietZoneModules);
    assert.ok(geometry.symbolCm >= 2 * 0.985, `${where} ${code.data}: ${geometry.symbolCm.toFixed(2)} cm`);
    assert.ok(geometry.quietZoneDarkest >= 160, `${where} ${code.data}: quiet zone not white`);
  }

  const minPt = format.minTextPt ?? (format.largePrint ? 16 : undefined);
  if (minPt !== undefined) {
    const small = textRuns(path).filter((run) => !(run.size >= minPt));
    assert.deepEqual(small, [], `${where}: text under ${minPt} pt`);
  }
}
