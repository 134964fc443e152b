/**
 * The PDF engine in the browser (the print studio): pdfmake's browser build, loaded by the
 * page as a classic script (`pdfmake.min.js` sets `pdfMake`), with the CLI's font files
 * (Roboto, and Noto Sans SC cut to the print texts) from `fonts.js` (which sets
 * `kiutStudioFonts`). Classic scripts, because a page opened from disk (file://) may not load
 * module scripts or fetch its own files. See render.ts for why the CLI runs the same engine.
 *
 * Under the strict CSP (`script-src 'self'`, no 'unsafe-eval'), pdfmake.min.js runs as it is.
 * It holds five places that could compile code from a string, and in a current browser none
 * of them runs: the webpack runtime's and a polyfill's `new Function("return this")` and
 * core-js's `Function('return this')()` come after `typeof globalThis === 'object'`, which
 * answers first; function-bind's `Function('binder', …)` is used only where
 * `Function.prototype.bind` is missing; get-intrinsic's evaluated constructors are built only
 * for `%AsyncFunction%`-style names, which nothing in the build asks for. The studio's tests
 * record every call of the Function constructor (none) and every CSP violation (none) while
 * every format is made, so the policy needs no exception for it.
 */
import {configurePdfMake, type FontData, type PdfMake} from '../render.js';
import type {StudioData} from './data.js';

declare global {
  var pdfMake: PdfMake | undefined;
  var kiutStudioFonts: FontData | undefined;
  var kiutStudio: StudioData | undefined;
}

/** What the page's scripts gave us; the names of the files that did not load. */
export function studioHost(): {pdfMake: PdfMake; data: StudioData; fonts: FontData} | {missing: string[]} {
  const missing = [
    ...(globalThis.pdfMake ? [] : ['pdfmake.min.js']),
    ...(globalThis.kiutStudioFonts ? [] : ['fonts.js']),
    ...(globalThis.kiutStudio ? [] : ['studio-data.js']),
  ];
  if (!globalThis.pdfMake || !globalThis.kiutStudioFonts || !globalThis.kiutStudio) return {missing};
  return {
    pdfMake: configurePdfMake(globalThis.pdfMake, globalThis.kiutStudioFonts),
    data: globalThis.kiutStudio,
    fonts: globalThis.kiutStudioFonts,
  };
}
