/**
 * The QR codes, read the way a phone reads them: each page rendered at 150 dpi, every code
 * decoded, and the set of URLs compared with facts.yaml. The same codes are measured on the
 * raster (printed size, white quiet zone) and in the layouts' own output (module count, the
 * format's error-correction level and symbol size, quiet zone in modules, module size).
 */
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {before, describe, it} from 'node:test';
import QRCode from 'qrcode';
import {loadContent} from '../../content-model/load.js';
import {qrSvgPath} from '../../content-model/qr.js';
import {allFormats, drawSheet, localesName, minModuleMm, moduleMm, sheetsFor, type Format} from '../../print/formats.js';
import {mm} from '../../print/parts.js';
import {resolvePrintModel} from '../../print/resolve.js';
import type {Content as PdfContent} from 'pdfmake/interfaces';
import {minSymbolPt, qrMarker, quietZoneModules} from '../../print/qr.js';
import {decodeSheetCodes, measureCode, renderPages, requirePoppler, sharedBuild} from './helpers.js';

const content = loadContent();
const locales = Object.keys(content.locales);
const urlOf = (id: string) => content.facts.services.find((s) => s.id === id)?.url ?? `(no url for ${id})`;
const expectedUrls = {okit: urlOf('okit'), iom: urlOf('iom-information')};
const dpi = 150;
const model = resolvePrintModel(content);

/** The languages of each sheet a format has in the build: one per locale, or each default set on one (what the build makes). */
function sheets(format: Format): string[][] {
  return sheetsFor([format], locales).map((sheet) => sheet.locales);
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
        const found = decodeSheetCodes(pages, format, dpi).map((code) => ({code, geometry: measureCode(code.page, code, dpi, quietZoneModules)}));
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

  it("the layouts draw each code from the matrix of the format's level, its symbol the format's size, ≥ 2 cm, with ≥ 4 modules of white", () => {
    const byPath = new Map(
      (['M', 'Q', 'H'] as const).flatMap((level) =>
        Object.values(expectedUrls).map((url) => {
          const code = QRCode.create(url, {errorCorrectionLevel: level});
          const matrix = {text: url, size: code.modules.size, dark: Array.from({length: code.modules.size ** 2}, (_, i) => code.modules.data[i] === 1)};
          return [qrSvgPath(matrix), {url, level, size: matrix.size}] as const;
        }),
      ),
    );
    for (const format of allFormats) {
      for (const sheet of sheets(format)) {
        const locale = localesName(sheet);
        const doc = drawSheet(format, model, sheet, {partner: {name: 'x', contact: 'y'}});
        const codes = svgs(doc.content as PdfContent).filter((node) => node.svg.includes(qrMarker));
        const perSheet = format.labels ? format.labels.columns * format.labels.rows : 1;
        assert.equal(codes.length, format.codes.length * perSheet, `${locale}/${format.id}: number of codes`);
        for (const node of codes) {
          const path = /<path [^>]*d="([^"]+)"/.exec(node.svg)?.[1] ?? '';
          const known = byPath.get(path);
          assert.ok(known, `${locale}/${format.id}: a code that is not the code of a facts URL`);
          assert.equal(known.level, format.qr.level, `${locale}/${format.id} ${known.url}: level`);
          const side = Number(/viewBox="0 0 ([\d.]+) /.exec(node.svg)?.[1]);
          const modulePt = node.width / side;
          const symbolPt = modulePt * known.size;
          const quietModules = (side - known.size) / 2;
          assert.ok(
            Math.abs(symbolPt - mm(format.qr.symbolMm)) < 0.01,
            `${locale}/${format.id} ${known.url}: ${symbolPt.toFixed(2)} pt, formats.ts says ${format.qr.symbolMm} mm`,
          );
          assert.ok(symbolPt >= minSymbolPt - 1e-9, `${locale}/${format.id} ${known.url}: ${symbolPt.toFixed(1)} pt < 2 cm`);
          assert.ok(quietModules >= quietZoneModules - 1e-9, `${locale}/${format.id} ${known.url}: quiet zone ${quietModules} modules`);
          // The smallest module the format prints is the one formats.ts computes.
          assert.ok((modulePt * 25.4) / 72 >= moduleMm(format, model.facts) - 1e-9, `${locale}/${format.id} ${known.url}: module under moduleMm`);
        }
      }
    }
  });

  it('levels: posters and stickers at Q or better, H where the module stays ≥ 0.5 mm; every module ≥ 0.5 mm', () => {
    const levels = {M: 1, Q: 2, H: 3} as const;
    for (const format of allFormats) {
      const module = moduleMm(format, model.facts);
      assert.ok(module >= minModuleMm, `${format.id}: module ${module.toFixed(3)} mm`);
      if (/^poster|^stickers/.test(format.id)) {
        assert.ok(levels[format.qr.level] >= levels.Q, `${format.id}: level ${format.qr.level} on a poster or sticker`);
        // H where the code has room: the next level up would take the module under the minimum.
        if (format.qr.level !== 'H') {
          const atH = {...format, qr: {...format.qr, level: 'H' as const}};
          assert.ok(
            moduleMm(atH, model.facts) < minModuleMm,
            `${format.id}: H fits (${moduleMm(atH, model.facts).toFixed(2)} mm) but ${format.qr.level} is set`,
          );
        }
      }
    }
  });
});
