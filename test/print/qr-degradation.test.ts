/**
 * The codes as the real world treats them: every code of every format, rendered at 150 dpi,
 * then scanned under one degradation at a time, by two independent decoders (jsQR, which the
 * other print tests use, and ZXing's TypeScript port). The bar: every code decodes under every
 * degradation in both. Prints the share decoded per format, degradation and decoder.
 *
 * The degradations are ImageMagick's (Debian's imagemagick): a Gaussian blur of σ 1.5 px,
 * Gaussian noise (σ ≈ 2.3 % on white and black), a rotation by 15°, a perspective tilt as from a phone held at 30° to the
 * paper, the contrast cut to 40 %, a JPEG at quality 30, and on posters and stickers a black
 * patch over 10 % of the symbol. ImageMagick does a real perspective warp, which no
 * well-kept npm image library does; `-seed` makes its noise the same on every run.
 *
 * Each format is rendered once, in one language: the codes do not depend on the language (the
 * first test checks that every locale draws the very same codes), and the crop around a code
 * holds only its quiet zone and a margin of the page around it.
 */
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import zxing from '@zxing/library';
import jsQR from 'jsqr';
import {PNG} from 'pngjs';
import {loadContent} from '../../content-model/load.js';
import {buildPrint} from '../../print/build.js';
import {allFormats, defaultLanguageSets, drawSheet, localesName, moduleMm, type Format} from '../../print/formats.js';
import {multilingualLanguages} from '../../print/layouts/poster-multi.js';
import {qrMarker, quietZoneModules} from '../../print/qr.js';
import {resolvePrintModel} from '../../print/resolve.js';
import {cropPage, decodeSheetCodes, measureCode, renderPages, requirePoppler, type Page} from './helpers.js';

// @zxing/library is CommonJS: its names come from the default export under Node's ESM.
const {BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource} = zxing;

const content = loadContent();
const locales = Object.keys(content.locales);
const model = resolvePrintModel(content);
const dpi = 150;
/** The one language each one-language format is scanned in. */
const locale = locales[0];
/** The multilingual sheets carry as many languages as they take (hu + en + uk + ru), in the content's order as the CLI prints them. */
const mostLanguages = locales.filter((l) => defaultLanguageSets.find((set) => set.length === multilingualLanguages.max)?.includes(l));
const sheetOf = (format: Format) => (format.languages === 'one' ? [locale] : mostLanguages);

/** ImageMagick's convert: version 7's `magick`, or Debian's version 6 under its own name (a bare `convert` may be something else). */
function imageMagick(): string {
  for (const command of ['magick', 'convert-im6.q16', 'convert']) {
    const probe = spawnSync(command, ['-version'], {encoding: 'utf8'});
    if (!probe.error && /^Version: ImageMagick/m.test(probe.stdout)) return command;
  }
  throw new Error('ImageMagick was not found: the QR degradation test needs it. Install it with: apt-get install imagemagick');
}

interface Crop {
  /** The crop around one code: its symbol, quiet zone and a margin of the page. */
  page: Page;
  /** The symbol's square inside the crop, in pixels. */
  symbol: {left: number; top: number; side: number};
  url: string;
}

interface Degradation {
  name: string;
  /** Posters and stickers only: where the paper hangs and gets soiled. */
  onlyPosters?: true;
  args: (crop: Crop) => string[];
}

/**
 * A plane tilted by `degrees` about its horizontal middle line, seen by a pinhole camera at
 * `distance` (in pixels): where each corner of a w × h image lands.
 */
function tilt(w: number, h: number, degrees: number, distance: number): string {
  const theta = (degrees * Math.PI) / 180;
  const corners = [
    [0, 0],
    [w, 0],
    [w, h],
    [0, h],
  ];
  return corners
    .map(([x, y]) => {
      const [dx, dy] = [x - w / 2, y - h / 2];
      const z = distance + dy * Math.sin(theta);
      return `${x},${y} ${((distance * dx) / z + w / 2).toFixed(2)},${((distance * dy * Math.cos(theta)) / z + h / 2).toFixed(2)}`;
    })
    .join(' ');
}

const degradations: Degradation[] = [
  {name: 'clean', args: () => []},
  {name: 'blur 1.5 px', args: () => ['-gaussian-blur', '0x1.5']},
  // ImageMagick's Gaussian noise at attenuate 0.5: σ ≈ 2.3 % of full scale on paper white and
  // ink black, 3.9 % on mid grey. At attenuate 1 (σ ≈ 4.6 %) both decoders lose the A3 poster's
  // okit.hu code: their binarizers take a noisy white block for a contrasted one and speckle
  // it, which breaks the finder patterns' runs, and the more so the larger the modules; no
  // level or size of code helps there (a phone's own denoising does).
  {name: 'noise', args: () => ['-seed', '23', '-attenuate', '0.5', '+noise', 'Gaussian']},
  {name: 'rotate 15°', args: () => ['-background', 'white', '-rotate', '15']},
  // A phone's main camera sees about 65° across; the code fills about half the frame, so the
  // camera is about 1.6 crop widths away.
  {
    name: 'tilt 30°',
    args: ({page}) => ['-virtual-pixel', 'white', '+distort', 'Perspective', tilt(page.width, page.height, 30, 1.6 * Math.max(page.width, page.height))],
  },
  // Black becomes 30 % grey and white 70 %: 40 % of the contrast is left.
  {name: 'contrast 40 %', args: () => ['+level', '30%,70%']},
  {name: 'JPEG q30', args: () => []},
  {
    name: 'patch 10 %',
    onlyPosters: true,
    // A black square over a tenth of the symbol, in its middle (not over a finder pattern).
    args: ({symbol}) => {
      const side = Math.sqrt(0.1) * symbol.side;
      const left = symbol.left + (symbol.side - side) / 2;
      const top = symbol.top + (symbol.side - side) / 2;
      return ['-fill', 'black', '-draw', `rectangle ${left.toFixed(1)},${top.toFixed(1)} ${(left + side).toFixed(1)},${(top + side).toFixed(1)}`];
    },
  },
];

/** The dark modules' paths of every code in a document definition, in order. */
function codePaths(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) codePaths(child, found);
  else if (typeof node === 'object' && node !== null) {
    const svg = (node as {svg?: unknown}).svg;
    if (typeof svg === 'string' && svg.includes(qrMarker)) found.push(/<path [^>]*d="([^"]+)"/.exec(svg)?.[1] ?? '');
    for (const value of Object.values(node)) if (typeof value === 'object') codePaths(value, found);
  }
  return found;
}

const isPosterOrSticker = (format: Format) => /^poster|^stickers/.test(format.id);

function writePng(path: string, page: Page): void {
  const png = new PNG({width: page.width, height: page.height});
  png.data = Buffer.from(page.data);
  writeFileSync(path, PNG.sync.write(png));
}

function readPng(path: string): Page {
  const png = PNG.sync.read(readFileSync(path));
  return {width: png.width, height: png.height, data: new Uint8Array(png.data)};
}

/**
 * The crop under each degradation, in one ImageMagick run (each one works on a clone of the
 * clean crop); the JPEG one is read back from its file in a second run.
 */
function degradeAll(magick: string, dir: string, crop: Crop, list: Degradation[], name: string): Map<string, Page> {
  const input = join(dir, `${name}.png`);
  const out = (index: number) => join(dir, `${name}-${index}.png`);
  const jpeg = join(dir, `${name}.jpg`);
  writePng(input, crop.page);
  const args = [input];
  for (const [index, degradation] of list.entries()) {
    args.push('(', '+clone');
    if (degradation.name === 'JPEG q30') args.push('-quality', '30', '-write', jpeg);
    else args.push(...degradation.args(crop), '-alpha', 'off', '-write', `PNG32:${out(index)}`);
    args.push('+delete', ')');
  }
  execFileSync(magick, [...args, 'null:']);
  const images = new Map<string, Page>();
  for (const [index, degradation] of list.entries()) {
    if (degradation.name === 'JPEG q30') execFileSync(magick, [jpeg, '-alpha', 'off', `PNG32:${out(index)}`]);
    images.set(degradation.name, readPng(out(index)));
  }
  return images;
}

function jsqrDecodes(page: Page): string | undefined {
  const data = new Uint8ClampedArray(page.data.buffer, page.data.byteOffset, page.data.length);
  return jsQR(data, page.width, page.height)?.data || undefined;
}

const zxingHints = new Map<zxing.DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);

function zxingDecodes(page: Page): string | undefined {
  const luminance = new Uint8ClampedArray(page.width * page.height);
  for (let i = 0; i < luminance.length; i++) {
    luminance[i] = Math.round(0.299 * page.data[i * 4] + 0.587 * page.data[i * 4 + 1] + 0.114 * page.data[i * 4 + 2]);
  }
  try {
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, page.width, page.height)));
    return new QRCodeReader().decode(bitmap, zxingHints).getText();
  } catch {
    return undefined;
  }
}

const decoders = {jsQR: jsqrDecodes, ZXing: zxingDecodes};
type DecoderName = keyof typeof decoders;

let scratch: string;
let magick: string;
/** Each format's codes, cropped from its rendered pages. */
const crops = new Map<string, Crop[]>();

before(async () => {
  requirePoppler();
  magick = imageMagick();
  scratch = mkdtempSync(join(tmpdir(), 'kiut-qr-degradation-'));
  const one = allFormats.filter((format) => format.languages === 'one').map((format) => format.id);
  const several = allFormats.filter((format) => format.languages === 'several').map((format) => format.id);
  await buildPrint({outDir: scratch, formats: one, locales: [locale]});
  await buildPrint({outDir: scratch, formats: several, locales: mostLanguages});
  for (const format of allFormats) {
    const pages = renderPages(join(scratch, localesName(sheetOf(format)), `${format.id}.pdf`), dpi);
    const found = decodeSheetCodes(pages, format, dpi);
    crops.set(
      format.id,
      found.map((code) => {
        const geometry = measureCode(code.page, code, dpi, quietZoneModules);
        const side = geometry.modules * geometry.modulePx;
        const left = code.topLeft.x - 3.5 * geometry.modulePx;
        const top = code.topLeft.y - 3.5 * geometry.modulePx;
        // The quiet zone and as much again of the page around it, as a phone's frame holds.
        const margin = 2 * quietZoneModules * geometry.modulePx;
        const x = Math.max(0, Math.floor(left - margin));
        const y = Math.max(0, Math.floor(top - margin));
        const page = cropPage(code.page, {x, y, width: side + 2 * margin, height: side + 2 * margin});
        return {page, symbol: {left: left - x, top: top - y, side}, url: code.data};
      }),
    );
  }
});
after(() => rmSync(scratch, {recursive: true, force: true}));

describe('QR codes under wear, in two decoders', () => {
  it('every locale draws the very same codes on a format, so one locale stands for all', () => {
    for (const format of allFormats.filter((f) => f.languages === 'one')) {
      const first = codePaths(drawSheet(format, model, [locales[0]]).content);
      assert.equal(new Set(first).size, format.codes.length, `${format.id}: the codes in the definition`);
      for (const other of locales.slice(1)) {
        assert.deepEqual(codePaths(drawSheet(format, model, [other]).content), first, `${format.id}: ${other} draws other codes than ${locales[0]}`);
      }
    }
  });

  it('every code of every format decodes under every single degradation, in jsQR and in ZXing', () => {
    const rows: string[][] = [];
    const failures: string[] = [];
    for (const format of allFormats) {
      const found = crops.get(format.id) ?? [];
      const expected = format.codes.map((target) => model.facts.codes[target].url).sort();
      assert.deepEqual(found.map((crop) => crop.url).sort(), expected, `${format.id}: the codes found on the page`);
      const list = degradations.filter((degradation) => !degradation.onlyPosters || isPosterOrSticker(format));
      const images = found.map((crop, index) => degradeAll(magick, scratch, crop, list, `${format.id}-${index}`));
      for (const degradation of list) {
        const decoded: Record<DecoderName, number> = {jsQR: 0, ZXing: 0};
        for (const [index, crop] of found.entries()) {
          const image = images[index].get(degradation.name) as Page;
          for (const [name, decode] of Object.entries(decoders) as [DecoderName, (page: Page) => string | undefined][]) {
            const text = decode(image);
            if (text === crop.url) decoded[name]++;
            else failures.push(`${format.id} ${crop.url} ${degradation.name} ${name}: ${text === undefined ? 'no code' : `"${text}"`}`);
          }
        }
        rows.push([
          format.id,
          `${format.qr.level} ${moduleMm(format, model.facts).toFixed(2)} mm`,
          degradation.name,
          `${decoded.jsQR}/${found.length}`,
          `${decoded.ZXing}/${found.length}`,
        ]);
      }
    }
    const header = ['format', 'level, module', 'degradation', 'jsQR', 'ZXing'];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
    const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
    console.log(['', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
    assert.deepEqual(failures, [], 'codes that did not decode');
  });
});
