/**
 * Renders PDFs, the same way in Node (the CLI) and in the browser (the print studio).
 *
 * Both hosts run the same engine: pdfmake's browser build (`pdfmake/build/pdfmake.min.js`),
 * which the CLI loads in Node too. pdfmake's Node build compresses with Node's zlib, the
 * browser build with a JavaScript port of it, and the two compress differently: with one
 * engine, the same options and the same fixed date give the same bytes on the command line and
 * in the studio. Only the font loading differs by host (`pdfmake-node.ts`, `studio/engine.ts`):
 * both hand this module the same font files, as base64: Roboto from pdfmake's package and
 * Noto Sans SC cut to the print model's characters (cjk-font.ts).
 */
import type {TDocumentDefinitions} from 'pdfmake/interfaces';
import {withFontRuns} from './font-runs.js';
import {drawSheet, type Format} from './formats.js';
import type {PrintModel} from './model.js';
import type {DrawOptions} from './partner.js';
import {coverageOf, covers, fromBase64, type Coverage} from './studio/glyphs.js';
import {cjkFontFamily, cjkFontFiles, fontFamily, fontFiles, tableLayouts} from './styles.js';
import {textScales} from './text-scales.js';

/** What this module uses of pdfmake's browser build (the `pdfMake` global, or its CommonJS export). */
export interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  addVirtualFileSystem(files: Record<string, string>): void;
  addTableLayouts(layouts: typeof tableLayouts): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  localAccessPolicy?: (path: string) => boolean;
  createPdf(
    doc: TDocumentDefinitions,
    options?: {bufferPages?: boolean},
  ): {
    getStream(): Promise<{bufferedPageRange(): {count: number}}>;
    getBuffer(): Promise<Uint8Array<ArrayBuffer>>;
  };
}

/** The font files' bytes, base64, by file name (`Roboto-Regular.ttf`, …): what a host loads. */
export type FontData = Record<(typeof fontFiles)[keyof typeof fontFiles] | (typeof cjkFontFiles)[keyof typeof cjkFontFiles], string>;

/** The font families a sheet is drawn in, first choice first, each as the characters all its files draw. */
export function familyCoverage(fonts: FontData): Coverage[][] {
  return [fontFiles, cjkFontFiles].map((files) => Object.values(files).map((name) => coverageOf(fromBase64(fonts[name]), name)));
}

/** Per configured engine: which characters Roboto draws (the rest go to the CJK font). */
const drawnByRoboto = new WeakMap<PdfMake, (codePoint: number) => boolean>();

/**
 * Gives pdfmake the fonts and the frames, and closes every other door: it may fetch no URL
 * and read no file but the fonts. Returns the same instance.
 */
export function configurePdfMake(pdfMake: PdfMake, fonts: FontData): PdfMake {
  pdfMake.addVirtualFileSystem(fonts);
  pdfMake.setFonts({[fontFamily]: {...fontFiles}, [cjkFontFamily]: {...cjkFontFiles}});
  pdfMake.addTableLayouts(tableLayouts);
  pdfMake.setUrlAccessPolicy(() => false);
  const names: string[] = [...Object.values(fontFiles), ...Object.values(cjkFontFiles)];
  // The browser build has no setter for it; its documents read the property.
  pdfMake.localAccessPolicy = (path) => names.includes(path);
  const [roboto] = familyCoverage(fonts);
  drawnByRoboto.set(pdfMake, (codePoint) => roboto.every((file) => covers(file, codePoint)));
  return pdfMake;
}

export interface RenderedPdf {
  bytes: Uint8Array<ArrayBuffer>;
  pages: number;
}

/**
 * Lays a document definition out, and counts its pages; `bytes()` then writes the PDF. Apart,
 * because writing (subsetting and embedding the fonts, compressing) costs about as much as the
 * layout, and a text size that does not fit is never written.
 */
async function layOut(pdfMake: PdfMake, doc: TDocumentDefinitions): Promise<{pages: number; bytes: () => Promise<Uint8Array<ArrayBuffer>>}> {
  const draws = drawnByRoboto.get(pdfMake);
  if (!draws) throw new Error('renderPdf: the engine has no fonts; pass it through configurePdfMake first');
  const output = pdfMake.createPdf(withFontRuns(doc, draws, cjkFontFamily), {bufferPages: true});
  const pages = (await output.getStream()).bufferedPageRange().count;
  return {pages, bytes: () => output.getBuffer()};
}

/** Renders a document definition to PDF bytes, and counts its pages. */
export async function renderPdf(pdfMake: PdfMake, doc: TDocumentDefinitions): Promise<RenderedPdf> {
  const {pages, bytes} = await layOut(pdfMake, doc);
  return {bytes: await bytes(), pages};
}

export {textScales};

export interface RenderedSheet extends RenderedPdf {
  /** The text size it took to fit, 1 unless the text had to shrink. */
  textScale: number;
}

/** A sheet that does not fit its format's pages even at the smallest text size. */
export class SheetTooLongError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SheetTooLongError';
  }
}

/**
 * Renders a format for its languages, shrinking the text step by step (never in large print)
 * until it fits the format's pages.
 */
export async function renderSheet(
  pdfMake: PdfMake,
  format: Format,
  model: PrintModel,
  locales: string[],
  options: Omit<DrawOptions, 'textScale'> = {},
): Promise<RenderedSheet> {
  const scales = format.largePrint ? [1] : [...textScales, ...(format.smallerText ?? [])];
  let needed = 0;
  for (const pages of new Set([format.fitPages ?? format.maxPages, format.maxPages])) {
    for (const textScale of scales) {
      const laid = await layOut(pdfMake, drawSheet(format, model, locales, {...options, textScale}));
      if (laid.pages <= pages) return {bytes: await laid.bytes(), pages: laid.pages, textScale};
      needed = laid.pages;
    }
  }
  const smallest = scales.at(-1) ?? 1;
  const sheet = `${locales.join('-')}/${format.id}`;
  const size = `${Math.round(smallest * 100)}% text size; it may have ${format.maxPages}`;
  const partner = [options.partner?.name, options.partner?.contact].filter((part) => part !== undefined);
  // When the sheet fits without the partner's line, that line is what to shorten.
  if (partner.length > 0 && (await layOut(pdfMake, drawSheet(format, model, locales, {textScale: smallest}))).pages <= format.maxPages) {
    throw new SheetTooLongError(
      `${sheet} with the partner's name and contact needs ${needed} pages even at ${size}. Shorten them (${partner.join(' · ').length} characters now)`,
    );
  }
  throw new SheetTooLongError(
    `${sheet} needs ${needed} pages even at ${size}. Shorten the texts of ${locales.map((l) => `content/${l}/guide.yaml`).join(', ')}`,
  );
}
