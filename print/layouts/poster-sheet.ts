/**
 * What every poster shares: its sheet (size, scale, frame) and the row of tear-off strips
 * along the bottom edge, each with the number and okit.hu. Used by the one-language posters
 * and the multilingual ones.
 */
import type {ContentSvg, DynamicContent, StyleDictionary} from 'pdfmake/interfaces';
import type {PrintFacts} from '../model.js';
import type {FormatInfo} from '../formats.js';
import {fontFamily, ink} from '../styles.js';

export interface PosterSize {
  /** Type and codes scale with the sheet. */
  scale: number;
  /** The registered table layout of the hotline's box (see styles.ts). */
  frame: string;
  /** Strip width and height, and the type sizes of its number and address and of the label above the row. */
  strip: {width: number; height: number; number: number; url: number; label: number};
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The strips as one SVG: pdfmake turns only SVG text, and SVG `<text>` is set in the
 * document's own embedded Roboto, so the strips stay real, searchable text.
 */
function tearOffStrips(number: string, url: string, width: number, size: PosterSize['strip']): ContentSvg {
  const count = Math.floor(width / size.width);
  const w = width / count;
  const h = size.height;
  const parts: string[] = [];
  const dash = 'stroke="#000" stroke-width="0.75" stroke-dasharray="4 3" fill="none"';
  // The fold above the strips, then a cut line at each edge of each strip.
  parts.push(`<line x1="0" y1="0.5" x2="${width}" y2="0.5" ${dash}/>`);
  for (let i = 0; i <= count; i++) {
    const x = Math.min(Math.max(i * w, 0.5), width - 0.5);
    parts.push(`<line x1="${x}" y1="0.5" x2="${x}" y2="${h}" ${dash}/>`);
  }
  const lineGap = (size.number + size.url) * 0.62;
  for (let i = 0; i < count; i++) {
    const cx = i * w + w / 2;
    const cy = h / 2;
    // Read from the bottom up, as on most tear-off strips: turn -90° about the strip's centre.
    parts.push(
      `<g transform="translate(${cx} ${cy}) rotate(-90)">` +
        `<text x="0" y="${-lineGap / 2 + size.number * 0.35}" font-family="${fontFamily}" font-weight="bold" font-size="${size.number}" text-anchor="middle" fill="${ink}">${escapeXml(number)}</text>` +
        `<text x="0" y="${lineGap / 2 + size.url * 0.35}" font-family="${fontFamily}" font-size="${size.url}" text-anchor="middle" fill="${ink}">${escapeXml(url)}</text>` +
        `</g>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}">${parts.join('')}</svg>`;
  return {svg, width, height: h};
}

export interface TearOffFooter {
  node: DynamicContent;
  /** The room it takes at the bottom of the page, above the margin. */
  height: number;
  /** The style of its label, for the poster's style sheet. */
  styles: StyleDictionary;
}

/** "Tear one off" and the row of strips, on every page, inside the page's bottom margin. */
export function tearOffFooter(facts: PrintFacts, label: string, size: PosterSize, format: FormatInfo, margin: number): TearOffFooter {
  const s = size.scale;
  const labelHeight = size.strip.label * 1.25 + 4 * s;
  return {
    // A fresh node for each page: pdfmake writes its measurements into the nodes it lays out.
    node: () => ({
      stack: [{text: label, style: 'tearOff'}, tearOffStrips(facts.phone.international, facts.codes.okit.display, format.pagePt[0] - 2 * margin, size.strip)],
      margin: [margin, 8 * s, margin, 0],
    }),
    height: labelHeight + size.strip.height + 8 * s,
    styles: {tearOff: {fontSize: size.strip.label, bold: true, lineHeight: 1.25, margin: [0, 0, 0, 4 * s]}},
  };
}
