/**
 * `subset-font` (HarfBuzz's subsetter as WebAssembly), typed for what the print build asks of
 * it. The same input gives the same bytes on every machine, so the PDFs stay reproducible.
 */
import {createRequire} from 'node:module';

export interface SubsetOptions {
  targetFormat: 'sfnt';
  /** Keep every glyph (with `text` undefined): only drop what the options say. */
  keepAllGlyphs?: boolean;
  /** Drop the hinting instructions, which steer a screen's rasteriser at small pixel sizes. */
  noHinting?: boolean;
}

const require = createRequire(import.meta.url);

export const subsetFont = require('subset-font') as (font: Uint8Array, text: string | undefined, options: SubsetOptions) => Promise<Buffer>;
