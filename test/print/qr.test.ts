/**
 * The QR codes, read the way a phone reads them: each page rendered at 150 dpi, every code
 * decoded, and the set of URLs compared with facts.yaml. The same codes are measured on the
 * raster (printed size, white quiet zone) and in the layouts' own output (module count,
 * error correction M, quiet zone in modules, size in points).
 */
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {before, describe, it} from 'node:test';
import QRCode from 'qrcode';
import {loadContent} from '../../content-model/load.js';
import {qrSvgPath} from '../../content-model/qr.js';
import {allFormats, drawSheet, localesName, type Format} from '../../print/formats.js';
import {resolvePrintModel} from '../../print/resolve.js';
import type {Content as PdfContent} from 'pdfmake/interfaces';
import {minSymbolPt, qrMarker, quietZoneModules} from '../../print/qr.js';
import {decodeQrCodes, measureCode, renderPages, requirePoppler, sharedBuild} from './helpers.js';

const content = loadContent();
const locales = Object.keys(content.locales);
const urlOf = (id: string) => content.facts.services.find((s) => s.id === id)?.url ?? `(no url for ${id})`;
const expectedUrls = {okit: urlOf('okit'), iom: urlOf('iom-information')};
const dpi = 150;
const model = resolvePrintModel(content);

/** The languages of each sheet a format has in the build: one per locale, or all of them on one. */
function sheets(format: Format): string[][] {
  return format.languages === 'one' ? locales.map((locale) => [locale]) : [locales];
}

let dir: string;

before(async () => {
  requirePoppler();
  ({dir} = await sharedBuild());
});

/** Every SVG node a document definition holds, wherever it sits. */
function svgs(node: unknown, found: {svg: string; width: number}[] = []): {svg: string; width: number}[] {
  if (Array.isArray(node)) {
    for (const child of node) svgs(child, found);
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    if (typeof record.svg === 'string' && typeof record.width === 'number') found.push({svg: record.svg, width: record.width});
    for (const value of Object.values(record)) if (typeof value === 'object') svgs(value, found);
  }
  return found;
}

describe('QR codes on paper', () => {
  for (const format of allFormats) {
    it(`${format.id}: decodes to exactly ${format.codes.join(' + ')}, at least 2 cm, with a white quiet zone of 4 modules`, () => {
      const expected = format.codes.map((code) => expectedUrls[code]).sort();
      for (const locale of sheets(format).map(localesName)) {
        const pages = renderPages(join(dir, locale, `${format.id}.pdf`), dpi);
        const found = decodeQrCodes(pages, expected.length).map((code) => ({code, geometry: measureCode(code.page, code, dpi, quietZoneModules)}));
        assert.deepEqual(found.map((f) => f.code.data).sort(), expected, `${locale}/${format.id}: decoded URLs`);
        for (const {code, geometry} of found) {
          const where = `${locale}/${format.id} ${code.data}`;
          // A module is a few pixels at 150 dpi: allow 1.5% for measuring between finder centres.
          assert.ok(geometry.symbolCm >= 2 * 0.985, `${where}: printed ${geometry.symbolCm.toFixed(2)} cm, under 2 cm`);
          assert.ok(geometry.quietZoneDarkest >= 160, `${where}: quiet zone not white (darkest pixel ${geometry.quietZoneDarkest})`);
        }
      }
    });
  }

  it('the layouts draw each code from a level-M matrix, ≥ 2 cm, with ≥ 4 modules of white', () => {
    const byPath = new Map(
      Object.values(expectedUrls).map((url) => {
        const code = QRCode.create(url, {errorCorrectionLevel: 'M'});
        const matrix = {text: url, size: code.modules.size, dark: Array.from({length: code.modules.size ** 2}, (_, i) => code.modules.data[i] === 1)};
        return [qrSvgPath(matrix), {url, size: matrix.size}];
      }),
    );
    for (const format of allFormats) {
      for (const sheet of sheets(format)) {
        const locale = localesName(sheet);
        const doc = drawSheet(format, model, sheet, {partner: {name: 'x', contact: 'y'}});
        const codes = svgs(doc.content as PdfContent).filter((node) => node.svg.includes(qrMarker));
        assert.equal(codes.length, format.codes.length, `${locale}/${format.id}: number of codes`);
        for (const node of codes) {
          const path = /<path [^>]*d="([^"]+)"/.exec(node.svg)?.[1] ?? '';
          const known = byPath.get(path);
          assert.ok(known, `${locale}/${format.id}: a code that is not the level-M code of a facts URL`);
          const side = Number(/viewBox="0 0 ([\d.]+) /.exec(node.svg)?.[1]);
          const modulePt = node.width / side;
          const symbolPt = modulePt * known.size;
          const quietModules = (side - known.size) / 2;
          assert.ok(symbolPt >= minSymbolPt - 1e-9, `${locale}/${format.id} ${known.url}: ${symbolPt.toFixed(1)} pt < 2 cm`);
          assert.ok(quietModules >= quietZoneModules - 1e-9, `${locale}/${format.id} ${known.url}: quiet zone ${quietModules} modules`);
        }
      }
    }
  });
});
