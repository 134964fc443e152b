/**
 * Helpers for the print tests: poppler (pdfinfo, pdftotext, pdftoppm), QR decoding from
 * rendered pages, and one shared build of every locale and format into a temporary folder.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import jsQR from 'jsqr';
import {PNG} from 'pngjs';
import {buildPrint, type BuiltFile} from '../../print/build.js';
import {debianPackages} from '../../scripts/lib/debian-packages.mjs';
import type {Format} from '../../print/formats.js';
import {labelCorners} from '../../print/layouts/sticker-sheet.js';

const poppler = ['pdfinfo', 'pdftotext', 'pdftoppm', 'pdffonts', 'pdftohtml'];

/** Fails with the fix when poppler-utils is not installed. */
export function requirePoppler(): void {
  for (const tool of poppler) {
    const probe = spawnSync(tool, ['-v'], {encoding: 'utf8'});
    if (probe.error) {
      throw new Error(`${tool} was not found: the print tests need it. Install it with: apt-get install ${debianPackages('print').join(' ')}`);
    }
  }
}

export function pdfinfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], {encoding: 'utf8'});
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1].trim()] = match[2].trim();
  }
  return info;
}

/**
 * The text of a PDF in reading order; `raw` keeps the order it was drawn in, which keeps each
 * column of a multilingual poster together where reading order would mix their lines. `page`:
 * that page's text alone.
 */
export function pdftotext(path: string, order: 'reading' | 'raw' = 'reading', page?: number): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(order === 'raw' ? ['-raw'] : []), ...pages, path, '-'], {encoding: 'utf8'});
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

export function pdffonts(path: string): FontRow[] {
  const lines = execFileSync('pdffonts', [path], {encoding: 'utf8'})
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name, type (1-2 words), encoding, emb, sub, uni, object, ID: read from the end.
    const [emb, sub] = cols.slice(-5, -3);
    return {name: cols[0], type: cols.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes'};
  });
}

export interface TextRun {
  text: string;
  /** Font size in points, to a third of a point (pdftohtml's finest zoom). */
  size: number;
  page: number;
}

/**
 * Every run of text with its font size, rotated text included (the posters' strips), read by
 * poppler's pdftohtml at its largest zoom (3), where sizes come in thirds of a point.
 */
export function textRuns(path: string): TextRun[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', '-zoom', '3', path], {encoding: 'utf8'});
  const sizes = new Map<string, number>();
  for (const match of xml.matchAll(/<fontspec id="(\d+)" size="(-?\d+)"/g)) sizes.set(match[1], Number(match[2]) / 3);
  const runs: TextRun[] = [];
  let page = 0;
  for (const match of xml.matchAll(/<page number="(\d+)"|<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)) {
    if (match[1] !== undefined) page = Number(match[1]);
    else runs.push({text: match[3].replace(/<[^>]+>/g, ''), size: sizes.get(match[2]) ?? NaN, page});
  }
  return runs;
}

export interface Page {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Renders every page at `dpi` (150 by default) with pdftoppm. */
export function renderPages(path: string, dpi = 150): Page[] {
  const dir = mkdtempSync(join(tmpdir(), 'kiut-pages-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', path, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort()
      .map((name) => {
        const png = PNG.sync.read(readFileSync(join(dir, name)));
        return {width: png.width, height: png.height, data: new Uint8Array(png.data)};
      });
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

export interface Point {
  x: number;
  y: number;
}

export interface FoundCode {
  data: string;
  version: number;
  /** Finder pattern centres, in page pixels. */
  topLeft: Point;
  topRight: Point;
  bottomLeft: Point;
}

function crop(page: Page, x: number, y: number, w: number, h: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(w * h * 4);
  for (let row = 0; row < h; row++) {
    const from = ((y + row) * page.width + x) * 4;
    out.set(page.data.subarray(from, from + w * 4), row * w * 4);
  }
  return out;
}

/** Paints white the box around a found code's corners, in a window's copy of the page, so the window can be scanned again. */
function paintOver(image: Uint8ClampedArray, w: number, h: number, corners: Point[]): void {
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  for (let y = Math.max(0, Math.floor(Math.min(...ys))); y <= Math.min(h - 1, Math.ceil(Math.max(...ys))); y++) {
    image.fill(255, (y * w + Math.max(0, Math.floor(Math.min(...xs)))) * 4, (y * w + Math.min(w, Math.ceil(Math.max(...xs)) + 1)) * 4);
  }
}

/**
 * Scans one page with n×n overlapping windows of 2/(n+1) of the page, stepping by half a window.
 * jsQR finds one code per image: each code found is painted over and the window scanned again,
 * so two codes close together (the easy-read sheet stacks them) are both found.
 */
function scanAtScale(page: Page, n: number, found: Map<string, FoundCode & {page: Page}>): void {
  const w = Math.floor((2 * page.width) / (n + 1));
  const h = Math.floor((2 * page.height) / (n + 1));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = Math.min(Math.floor((i * w) / 2), page.width - w);
      const y = Math.min(Math.floor((j * h) / 2), page.height - h);
      const image = crop(page, x, y, w, h);
      for (let again = 0; again < 4; again++) {
        const code = jsQR(image, w, h, {inversionAttempts: 'dontInvert'});
        // jsQR sometimes "decodes" an empty code out of a block of small text; a printed
        // code always carries data, so empty results are dropped.
        if (!code || code.data === '') break;
        const {topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner} = code.location;
        paintOver(image, w, h, [topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner]);
        if (found.has(code.data)) continue;
        const at = (p: Point): Point => ({x: p.x + x, y: p.y + y});
        found.set(code.data, {
          page,
          data: code.data,
          version: code.version,
          topLeft: at(code.location.topLeftFinderPattern),
          topRight: at(code.location.topRightFinderPattern),
          bottomLeft: at(code.location.bottomLeftFinderPattern),
        });
      }
    }
  }
}

/**
 * Every distinct QR code in a document's pages. jsQR finds at most one code per image, so
 * each page is scanned in overlapping windows at several scales: n = 1, 2, 3, and on up to
 * `maxN` only while fewer than `expected` codes have turned up (jsQR cannot tell two codes
 * apart in one window: the easy-read sheet stacks its two codes, and only windows of 2/9 of the
 * page hold one without the other).
 */
export function decodeQrCodes(pages: Page[], expected: number, maxN = 10): (FoundCode & {page: Page})[] {
  const found = new Map<string, FoundCode & {page: Page}>();
  for (let n = 1; n <= maxN && (n <= 3 || found.size < expected); n++) {
    for (const page of pages) scanAtScale(page, n, found);
  }
  return [...found.values()];
}

export interface Geometry {
  modules: number;
  modulePx: number;
  symbolCm: number;
  /** The darkest pixel (0-255 luma) in the ring of 4 modules around the symbol. */
  quietZoneDarkest: number;
}

/** Measures a decoded code on its page: printed size, and whether its quiet zone is white. */
export function measureCode(page: Page, code: FoundCode, dpi: number, quietModules = 4): Geometry {
  const modules = 17 + 4 * code.version;
  const across = Math.hypot(code.topRight.x - code.topLeft.x, code.topRight.y - code.topLeft.y);
  const down = Math.hypot(code.bottomLeft.x - code.topLeft.x, code.bottomLeft.y - code.topLeft.y);
  // Finder centres sit 3.5 modules in from the symbol's edges: they are modules - 7 apart.
  const modulePx = (across + down) / 2 / (modules - 7);
  const left = code.topLeft.x - 3.5 * modulePx;
  const top = code.topLeft.y - 3.5 * modulePx;
  const right = left + modules * modulePx;
  const bottom = top + modules * modulePx;
  // Half a module of slack on the symbol side: its edge is anti-aliased.
  const inner = {l: left - modulePx / 2, t: top - modulePx / 2, r: right + modulePx / 2, b: bottom + modulePx / 2};
  const outer = {l: left - quietModules * modulePx, t: top - quietModules * modulePx, r: right + quietModules * modulePx, b: bottom + quietModules * modulePx};
  let darkest = 255;
  for (let y = Math.floor(outer.t); y <= Math.ceil(outer.b); y++) {
    for (let x = Math.floor(outer.l); x <= Math.ceil(outer.r); x++) {
      if (x >= inner.l && x <= inner.r && y >= inner.t && y <= inner.b) continue;
      if (x < 0 || y < 0 || x >= page.width || y >= page.height) {
        darkest = 0; // the quiet zone runs off the page
        continue;
      }
      const i = (y * page.width + x) * 4;
      const luma = 0.299 * page.data[i] + 0.587 * page.data[i + 1] + 0.114 * page.data[i + 2];
      darkest = Math.min(darkest, luma);
    }
  }
  return {modules, modulePx, symbolCm: ((modules * modulePx) / dpi) * 2.54, quietZoneDarkest: Math.round(darkest)};
}

export const testPartner = {name: 'Példa Egyesület Ő Ű', contact: '+36 1 555 0100 · pelda.example'};

let shared: Promise<{dir: string; files: BuiltFile[]}> | undefined;

/** One build of everything (with a partner) into a temporary folder, shared by the test files of one process. */
export function sharedBuild(): Promise<{dir: string; files: BuiltFile[]}> {
  shared ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiut-print-'));
    process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
    const files = await buildPrint({outDir: dir, partner: testPartner});
    return {dir, files};
  })();
  return shared;
}

/** Every file under a folder, relative, sorted. */
export function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
      .sort();
  } catch {
    return [];
  }
}

/** One page's region, in pixels. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The pixels of a region of a page, as RGBA. */
export function cropPage(page: Page, region: Region): Page {
  const x = Math.max(0, Math.floor(region.x));
  const y = Math.max(0, Math.floor(region.y));
  const width = Math.min(page.width - x, Math.ceil(region.width));
  const height = Math.min(page.height - y, Math.ceil(region.height));
  return {width, height, data: new Uint8Array(crop(page, x, y, width, height))};
}

/** The one code in a region of a page (a label, say), located in page pixels; undefined when none decodes. */
export function decodeRegion(page: Page, region: Region): FoundCode | undefined {
  const part = cropPage(page, region);
  const code = jsQR(new Uint8ClampedArray(part.data.buffer, part.data.byteOffset, part.data.length), part.width, part.height, {
    inversionAttempts: 'dontInvert',
  });
  if (!code || code.data === '') return undefined;
  const at = (p: Point): Point => ({x: p.x + Math.max(0, Math.floor(region.x)), y: p.y + Math.max(0, Math.floor(region.y))});
  return {
    data: code.data,
    version: code.version,
    topLeft: at(code.location.topLeftFinderPattern),
    topRight: at(code.location.topRightFinderPattern),
    bottomLeft: at(code.location.bottomLeftFinderPattern),
  };
}

export interface TextBox {
  text: string;
  page: number;
  /** In points from the page's top left corner. */
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Every run of text with its box in points, read by pdftohtml at zoom 3 (positions in thirds of a point). */
export function textBoxes(path: string): TextBox[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', '-zoom', '3', path], {encoding: 'utf8'});
  const boxes: TextBox[] = [];
  let page = 0;
  for (const match of xml.matchAll(/<page number="(\d+)"|<text top="(-?\d+)" left="(-?\d+)" width="(\d+)" height="(\d+)"[^>]*>(.*?)<\/text>/g)) {
    if (match[1] !== undefined) page = Number(match[1]);
    else {
      const [top, left, width, height] = [match[2], match[3], match[4], match[5]].map((value) => Number(value) / 3);
      boxes.push({text: match[6].replace(/<[^>]+>/g, ''), page, left, top, width, height});
    }
  }
  return boxes;
}

/**
 * The code on one label (a region in page pixels, wider than high): the whole label, else the
 * square at its right end, where the layout puts the code. jsQR reads a whole label badly where
 * dense bold text stands beside the code (sr, at 150 dpi), though ZXing reads it.
 */
export function decodeLabel(page: Page, label: Region): FoundCode | undefined {
  return decodeRegion(page, label) ?? decodeRegion(page, {...label, x: label.x + label.width - label.height, width: label.height});
}

/** A Chinese character or punctuation mark: Chinese puts no spaces between words, and pdftotext breaks its lines anywhere. */
export const cjkChar = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';

/**
 * Text from a PDF as it reads: pdftotext breaks lines where the layout does. Runs of spaces and
 * newlines fold to one space; a line that ends in a word's hyphen ("e-" of "e-justiție") joins
 * the next without one; beside a Chinese character (Chinese breaks a line between any two), a
 * fold is nothing.
 */
export function flat(text: string): string {
  return text
    .replace(/-\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(new RegExp(` (?=${cjkChar})|(?<=${cjkChar}) `, 'gu'), '');
}

/**
 * Every distinct code of a format's pages: on a sheet of labels, each label's own region (the
 * format's geometry says where; jsQR finds none where many codes share a window), elsewhere
 * the overlapping windows of `decodeQrCodes`.
 */
export function decodeSheetCodes(pages: Page[], format: Format, dpi: number): (FoundCode & {page: Page})[] {
  if (!format.labels) return decodeQrCodes(pages, format.codes.length);
  const px = (mm: number) => (mm / 25.4) * dpi;
  const [width, height] = format.labels.labelMm.map(px);
  const found = new Map<string, FoundCode & {page: Page}>();
  for (const page of pages) {
    for (const corner of labelCorners(format.labels)) {
      const [x, y] = [(corner.x / 72) * dpi, (corner.y / 72) * dpi];
      const code = decodeLabel(page, {x, y, width, height});
      if (code && !found.has(code.data)) found.set(code.data, {...code, page});
    }
  }
  return [...found.values()];
}
