/**
 * The look every printed format shares: the fonts, the ink, the named text styles that each
 * layout sizes for its sheet, and the table layouts (frames) registered with pdfmake by name,
 * as pdfmake's own examples do.
 *
 * Roboto from pdfmake's own package covers á é í ó ö ő ú ü ű (and the capitals) and Cyrillic;
 * pdfmake's standard PDF fonts cover only Latin-1 and would drop ő and ű, so they are never
 * used. pdfkit embeds only the glyphs a document uses (subsetting).
 *
 * What Roboto cannot draw (Chinese) is drawn in Noto Sans SC, run by run (font-runs.ts), from
 * files cut at build time to the characters the print texts use (cjk-font.ts).
 */
import type {CustomTableLayout, Style, StyleDictionary} from 'pdfmake/interfaces';

export const fontFamily = 'Roboto';

/**
 * The font files, by pdfmake's names for the variants. Roboto Medium is the "bold": heavy
 * enough to stand out, open enough for a cheap toner. No layout sets italics, so no italic
 * file is registered (pdfmake names the variant if one ever asks for it).
 */
export const fontFiles = {normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf'} as const;

/** The font for the characters Roboto lacks: Chinese and its full-width punctuation. */
export const cjkFontFamily = 'NotoSansSC';

/**
 * Noto Sans SC Regular, and Medium as the "bold", as Roboto Medium is: a Chinese character's
 * many strokes fill in at a heavier weight on a cheap toner. Each file holds only the
 * characters of the print texts that Roboto lacks (cjk-font.ts).
 */
export const cjkFontFiles = {normal: 'NotoSansSC-Regular-subset.ttf', bold: 'NotoSansSC-Medium-subset.ttf'} as const;

/** Only pure black and white: a cheap laser printer shows grey body text as a speckle. */
export const ink = '#000000';
export const paper = '#ffffff';

export const defaultStyle: Style = {font: fontFamily, fontSize: 10, lineHeight: 1.25, color: ink};

/**
 * The styles every layout uses; a layout gives them their sizes (see `sheetStyles`).
 * - `badge`: "0-24" in white on a black bar, the one inverted element, readable in black and white;
 * - `number`: the hotline's number;
 * - `fact`: a number or an address inside a sentence, a link in the PDF;
 * - `caption`: under a QR code;
 * - `emergency`, `summary`, `partner`, `factsLine`: the lines of the same names (see parts.ts).
 */
const baseStyles: StyleDictionary = {
  badge: {bold: true, color: paper, background: ink},
  number: {bold: true, characterSpacing: 0.5, lineHeight: 1.05},
  fact: {bold: true},
  caption: {fontSize: 8, lineHeight: 1.15},
  emergency: {lineHeight: 1.15},
  summary: {lineHeight: 1.2},
  partner: {lineHeight: 1.15},
  factsLine: {lineHeight: 1.1},
};

/** The shared styles with a layout's sizes and margins laid over them, style by style. */
export function sheetStyles(own: StyleDictionary): StyleDictionary {
  const styles: StyleDictionary = {...baseStyles};
  for (const [name, style] of Object.entries(own)) styles[name] = {...baseStyles[name], ...style};
  return styles;
}

/** A frame: a ruled box around its cells, `line` points thick, with the padding given. */
function frame(line: number, padding: {x: number; top: number; bottom: number}): CustomTableLayout {
  return {
    hLineWidth: () => line,
    vLineWidth: () => line,
    paddingLeft: () => padding.x,
    paddingRight: () => padding.x,
    paddingTop: () => padding.top,
    paddingBottom: () => padding.bottom,
  };
}

/**
 * The table layouts, registered with pdfmake by every host (see render.ts) and named in the
 * layouts as `layout: 'cardFrame'`.
 */
export const tableLayouts: Record<string, CustomTableLayout> = {
  cardFrame: frame(1.5, {x: 9, top: 8, bottom: 7}),
  posterFrame: frame(2.5, {x: 16, top: 12, bottom: 12}),
  posterFrameA3: frame(2.5 * Math.SQRT2, {x: 16 * Math.SQRT2, top: 12 * Math.SQRT2, bottom: 12 * Math.SQRT2}),
  // The leaflet's hotline box: the text cell and two code cells, ruled outside only.
  leafletHotline: {
    hLineWidth: () => 1.5,
    vLineWidth: (i) => (i === 0 || i === 3 ? 1.5 : 0),
    paddingLeft: (i) => (i === 0 ? 12 : 6),
    paddingRight: (i) => (i === 2 ? 12 : 6),
    paddingTop: () => 12,
    paddingBottom: () => 8,
  },
  leafletHotlineLarge: frame(2, {x: 14, top: 12, bottom: 12}),
};
