/**
 * Fonts and default styles for every printed format.
 *
 * Roboto from pdfmake's own package covers á é í ó ö ő ú ü ű (and the capitals) and Cyrillic;
 * pdfmake's standard PDF fonts cover only Latin-1 and would drop ő and ű, so they are never
 * used. pdfkit embeds only the glyphs a document uses (subsetting).
 *
 * This module is also the one place that configures pdfmake: it may read the font files and
 * nothing else, and it may never fetch a URL.
 */
import {createRequire} from 'node:module';
import {dirname, join, sep} from 'node:path';
import pdfmake from 'pdfmake';
import type {Style, TDocumentDefinitions} from 'pdfmake/interfaces';

const pdfmakeDir = dirname(createRequire(import.meta.url).resolve('pdfmake/package.json'));
export const fontDir = join(pdfmakeDir, 'fonts', 'Roboto');

export const fontFamily = 'Roboto';

const fontFiles = {
  normal: join(fontDir, 'Roboto-Regular.ttf'),
  // Roboto Medium is the "bold": heavy enough to stand out, open enough for a cheap toner.
  bold: join(fontDir, 'Roboto-Medium.ttf'),
  italics: join(fontDir, 'Roboto-Italic.ttf'),
  bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
};

/** Only pure black and white: a cheap laser printer shows grey body text as a speckle. */
export const ink = '#000000';
export const paper = '#ffffff';

export const defaultStyle: Style = {font: fontFamily, fontSize: 10, lineHeight: 1.25, color: ink};

/** Shared text styles; a layout scales them with `scaledStyles` when it must fit a page. */
export const styles: Record<string, Style> = {
  badge: {bold: true, color: paper, background: ink},
  number: {bold: true, characterSpacing: 0.5},
  caption: {fontSize: 8, lineHeight: 1.15},
  small: {fontSize: 8, lineHeight: 1.2},
};

let configured = false;

/** Points pdfmake at the Roboto files and closes every other door. Idempotent. */
export function configurePdfmake(): typeof pdfmake {
  if (!configured) {
    pdfmake.setFonts({[fontFamily]: {...fontFiles}});
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir + sep));
    configured = true;
  }
  return pdfmake;
}

export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

/** Renders a document definition to PDF bytes, and counts its pages. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<RenderedPdf> {
  const output = configurePdfmake().createPdf(doc, {bufferPages: true});
  const stream = await output.getStream();
  const pages = stream.bufferedPageRange().count;
  const bytes = await output.getBuffer();
  return {bytes, pages};
}
