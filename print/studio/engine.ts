/**
 * The PDF engine in the browser (the print studio): pdfmake's browser build, loaded by the
 * page as a classic script (`pdfmake.min.js` sets `pdfMake`), with the Roboto files from
 * `fonts.js` (which sets `kiutStudioFonts`). Classic scripts, because a page opened from disk
 * (file://) may not load module scripts or fetch its own files. See render.ts for why the CLI
 * runs the same engine.
 */
import {configurePdfMake, type FontData, type PdfMake} from '../render.js';
import type {StudioData} from './data.js';

declare global {
  var pdfMake: PdfMake | undefined;
  var kiutStudioFonts: FontData | undefined;
  var kiutStudio: StudioData | undefined;
}

/** What the page's scripts gave us; the names of the files that did not load. */
export function studioHost(): {pdfMake: PdfMake; data: StudioData} | {missing: string[]} {
  const missing = [
    ...(globalThis.pdfMake ? [] : ['pdfmake.min.js']),
    ...(globalThis.kiutStudioFonts ? [] : ['fonts.js']),
    ...(globalThis.kiutStudio ? [] : ['studio-data.js']),
  ];
  if (!globalThis.pdfMake || !globalThis.kiutStudioFonts || !globalThis.kiutStudio) return {missing};
  return {pdfMake: configurePdfMake(globalThis.pdfMake, globalThis.kiutStudioFonts), data: globalThis.kiutStudio};
}
