/**
 * The printed formats: which layout draws each, on what paper, in how many pages, with which
 * codes. The CLI (build.ts), the print studio and the tests all read this one list.
 */
import type {TDocumentDefinitions} from 'pdfmake/interfaces';
import {card} from './layouts/card.js';
import {easyRead, easyReadMinPt} from './layouts/easy-read.js';
import {leaflet, leafletLarge} from './layouts/leaflet.js';
import {multilingualLanguages, posterA3Multi, posterA4Multi} from './layouts/poster-multi.js';
import {posterA3, posterA4, posterA4Large} from './layouts/poster.js';
import {stickerSheet, type LabelSheet} from './layouts/sticker-sheet.js';
import {walletCard} from './layouts/wallet-card.js';
import type {PrintFacts, PrintModel, PrintQrLevel, PrintTexts, QrTarget} from './model.js';
import type {DrawOptions} from './partner.js';

/**
 * What a layout (layouts/) draws a sheet with: the languages (one, or several on a multilingual
 * format) and its format, whose page size and codes it reads, so that what the tests check of a
 * format is what the layout prints.
 */
export type DrawSheet = (facts: PrintFacts, languages: PrintTexts[], format: FormatInfo, options?: DrawOptions) => TDocumentDefinitions;

/**
 * How a format prints its codes. The level is chosen per format: posters and stickers, which
 * hang where they get worn, dirty or photographed at an angle, take H (30% of the codewords
 * may be lost) where the code has room; the others keep M unless a higher level costs no
 * module size. A higher level means more modules in the same width, so each format's smallest
 * module is computed (`moduleMm`) and tested against `minModuleMm`.
 */
export interface QrRule {
  level: PrintQrLevel;
  /** The symbol's side (without the quiet zone) that the layout draws, in millimetres; never under 20. */
  symbolMm: number;
}

/** No module under half a millimetre: a phone at arm's length and a cheap printer both lose finer ones. */
export const minModuleMm = 0.5;

export interface FormatInfo {
  id: string;
  /** What a partner calls it, e.g. on the demo's leaflets page and in the studio. */
  name: string;
  describe: string;
  /** Page size in points as pdfinfo reports it, width × height. */
  pagePt: [number, number];
  /**
   * The most pages the format may take. The build shrinks the text rather than exceed it,
   * except in large print, which never shrinks: there it is the most pages the text needs.
   */
  maxPages: number;
  /**
   * The pages the text is first fitted to, at every text size, before it may take `maxPages`:
   * the A4 leaflet is two pages (one sheet, both sides) in most languages, and a third only for
   * a translation too long for two even at the smallest text size.
   */
  fitPages?: number;
  /**
   * Text sizes tried after the smallest of textScales: a poster's type is large enough that a
   * long translation with the partner's line may shrink further and still be read from a step away.
   */
  smallerText?: number[];
  /** Which QR codes the format carries. */
  codes: QrTarget[];
  /** No text under 16 pt, ever. */
  largePrint: boolean;
  /** The smallest text size the format prints at any text scale, in points, where it has one (large print: 16). */
  minTextPt?: number;
  /** One language a sheet, or several. */
  languages: 'one' | 'several';
  qr: QrRule;
  /** A sheet of self-adhesive labels: the labels' geometry, which the layout and the tests read. */
  labels?: LabelSheet;
  /** The discreet variant of the format whose id is this one's without `-discreet`: no word for what the reader may be escaping. */
  discreet?: true;
}

interface FormatEntry extends FormatInfo {
  draw: DrawSheet;
}

export interface Format extends FormatInfo {
  /** Draws the format for these languages: one, or as many as a multilingual sheet carries. */
  draw: (facts: PrintFacts, languages: PrintTexts[], options?: DrawOptions) => TDocumentDefinitions;
}

/** A format whose draw() hands the layout the format itself. */
function format(entry: FormatEntry): Format {
  return {
    ...entry,
    draw: (facts, languages, options) => {
      if (entry.languages === 'one' && languages.length !== 1)
        throw new RangeError(`${entry.id} carries one language; it was given ${languages.map((l) => l.locale).join(', ')}`);
      return entry.draw(facts, languages, entry, options);
    },
  };
}

const a4: [number, number] = [595.28, 841.89];
const a3: [number, number] = [841.89, 1190.55];
const both: QrTarget[] = ['okit', 'iom'];

/**
 * A4 sheets of self-adhesive labels, by label size. Both geometries are the common products'
 * (LibreOffice's label database, extras/source/labels/labels.xml, lists them in 1/100 mm):
 * - 3 × 8 labels of 70 × 37 mm, edge to edge (Tower CIL-W100, "S;7000;3700;7000;3700;0;0;3;8"):
 *   8 × 37 = 296 mm, so half a millimetre above and below;
 * - 3 × 7 labels of 63.5 × 38.1 mm (Avery L7160; the database's Avery C2160 of the same size,
 *   "S;6604;3810;6350;3810;720;1515;3;7"): top margin 15.15 mm, 2.54 mm between columns, so a horizontal pitch of
 *   66.04 mm and a side margin of (210 − 3 × 63.5 − 2 × 2.54) / 2 = 7.21 mm (the database rounds it
 *   to 7.20), rows butted (a vertical pitch of 38.1 mm).
 */
const labels70x37: LabelSheet = {columns: 3, rows: 8, labelMm: [70, 37], originMm: [0, (297 - 8 * 37) / 2], pitchMm: [70, 37], safeMm: 2};
const labels63x38: LabelSheet = {
  columns: 3,
  rows: 7,
  labelMm: [63.5, 38.1],
  originMm: [(210 - 3 * 63.5 - 2 * 2.54) / 2, 15.15],
  pitchMm: [66.04, 38.1],
  safeMm: 2,
};

/** A sticker sheet, ordinary or discreet: the layout reads its geometry from the format itself. */
function stickers(id: string, name: string, labels: LabelSheet, discreet: boolean): FormatEntry {
  const size = `${labels.columns} × ${labels.rows} labels of ${labels.labelMm.join(' × ')} mm`;
  return {
    id: discreet ? `${id}-discreet` : id,
    name: discreet ? `${name}, discreet` : name,
    languages: 'one',
    draw: stickerSheet,
    pagePt: a4,
    maxPages: 1,
    codes: ['okit'],
    largePrint: false,
    // 20.3 mm: 2 cm with room for a printer that scales a little; 25 modules at H make 0.81 mm each.
    qr: {level: 'H', symbolMm: 20.3},
    labels,
    ...(discreet ? {discreet: true as const} : {}),
    describe: discreet
      ? `${size} on A4, each with the hotline's number, OKIT's name and a code to okit.hu, and no word for trafficking`
      : `${size} on A4, each with the hotline's number, OKIT's name, whom it is for, and a code to okit.hu`,
  };
}

/** The sticker sheets, each ordinary and discreet. */
const stickerEntries: FormatEntry[] = [
  stickers('stickers-70x37', 'Sticker sheet, 70 × 37 mm labels', labels70x37, false),
  stickers('stickers-70x37', 'Sticker sheet, 70 × 37 mm labels', labels70x37, true),
  stickers('stickers-63x38', 'Sticker sheet, 63.5 × 38.1 mm labels', labels63x38, false),
  stickers('stickers-63x38', 'Sticker sheet, 63.5 × 38.1 mm labels', labels63x38, true),
];

/** The formats printed once per language. */
export const formats: Format[] = (<FormatEntry[]>[
  {
    id: 'leaflet-a4',
    name: 'Leaflet, A4',
    languages: 'one',
    draw: leaflet,
    pagePt: a4,
    maxPages: 3,
    fitPages: 2,
    codes: both,
    largePrint: false,
    qr: {level: 'Q', symbolMm: 25},
    describe: 'the whole guide, A4 portrait, 2 pages (3 for a longer translation, or with "Say this in Hungarian")',
  },
  {
    id: 'card-a6',
    name: 'Pocket card, A6',
    languages: 'one',
    draw: card,
    pagePt: [297.64, 419.53],
    // One side in Hungarian. Every other language has "Say this in Hungarian" on the back, where
    // the front's last lines may go too only where a translation with the partner's line is too
    // long for one side even at the smallest text size (layouts/card.ts).
    maxPages: 2,
    fitPages: 1,
    codes: both,
    largePrint: false,
    qr: {level: 'Q', symbolMm: 21},
    describe: 'the hotline and the essentials, A6 portrait; on the back, in every language but Hungarian, "Say this in Hungarian"',
  },
  {
    id: 'wallet-card',
    name: 'Wallet card',
    languages: 'one',
    draw: walletCard,
    pagePt: [240.94, 155.91],
    maxPages: 1,
    codes: ['okit'],
    largePrint: false,
    qr: {level: 'H', symbolMm: 20 + (0.5 * 25.4) / 72},
    describe: 'discreet 85 × 55 mm card, landscape',
  },
  {
    id: 'poster-a4',
    name: 'Tear-off poster, A4',
    languages: 'one',
    draw: posterA4,
    pagePt: a4,
    maxPages: 1,
    smallerText: [0.75, 0.7],
    codes: both,
    largePrint: false,
    qr: {level: 'H', symbolMm: 40},
    describe: 'poster with tear-off strips, A4 portrait',
  },
  {
    id: 'poster-a3',
    name: 'Tear-off poster, A3',
    languages: 'one',
    draw: posterA3,
    pagePt: a3,
    maxPages: 1,
    codes: both,
    largePrint: false,
    // 44 mm × √2: at 40 mm × √2 its okit.hu code failed jsQR after a 1.5 px blur at 150 dpi.
    qr: {level: 'H', symbolMm: 44 * Math.SQRT2},
    describe: 'poster with tear-off strips, A3 portrait',
  },
  {
    id: 'leaflet-a4-large',
    name: 'Leaflet, A4, large print',
    languages: 'one',
    draw: leafletLarge,
    pagePt: a4,
    // Russian, the longest, with "Say this in Hungarian" and the partner's line.
    maxPages: 9,
    codes: both,
    largePrint: true,
    qr: {level: 'Q', symbolMm: 30},
    describe: 'the whole guide in large print (16 pt and more), A4 portrait',
  },
  {
    id: 'poster-a4-large',
    name: 'Tear-off poster, A4, large print',
    languages: 'one',
    draw: posterA4Large,
    pagePt: a4,
    maxPages: 2,
    codes: both,
    largePrint: true,
    qr: {level: 'H', symbolMm: 40},
    describe: 'the A4 poster in large print (16 pt and more), on two sheets when it needs them',
  },
  {
    id: 'easy-read',
    name: 'Easy-read sheet, A4',
    languages: 'one',
    draw: easyRead,
    pagePt: a4,
    // Two pages in every language, never smaller text: a sheet to hand over, not a booklet.
    maxPages: 2,
    codes: both,
    largePrint: false,
    minTextPt: easyReadMinPt,
    // 21 mm, as on the A6 card: each code on a row of its own with its caption beside it.
    qr: {level: 'Q', symbolMm: 21},
    describe:
      'for readers who read with difficulty: the hotline big, each kind of help in a few plain sentences beside its pictogram, 16 pt and more, A4, 1-2 pages',
  },
  ...stickerEntries,
]).map(format);

/** The formats that carry several languages on one sheet. */
export const multilingualFormats: Format[] = (<FormatEntry[]>[
  {
    id: 'poster-a4-multi',
    name: 'Multilingual poster, A4',
    languages: 'several',
    draw: posterA4Multi,
    pagePt: a4,
    maxPages: 1,
    // Four languages with the partner's line (hu, vi, mn, ru) fit one page only at 70%, as the
    // one-language A4 poster in Russian does: the A3 sheet is the one to read from afar.
    smallerText: [0.75, 0.7],
    codes: both,
    largePrint: false,
    // 34 mm: at 30 mm its IOM code (29 modules at H) failed ZXing after a 30° tilt.
    qr: {level: 'H', symbolMm: 34},
    describe: 'two to four languages on one poster (hu, en and uk by default), tear-off strips, A4 portrait',
  },
  {
    id: 'poster-a3-multi',
    name: 'Multilingual poster, A3',
    languages: 'several',
    draw: posterA3Multi,
    pagePt: a3,
    maxPages: 1,
    codes: both,
    largePrint: false,
    qr: {level: 'H', symbolMm: 30 * Math.SQRT2},
    describe: 'two to four languages on one poster (hu, en and uk by default), tear-off strips, A3 portrait',
  },
]).map(format);

export const allFormats: Format[] = [...formats, ...multilingualFormats];

/** Every format the CLI and the studio make, by id. */
export const allFormatIds = allFormats.map((f) => f.id);

/** The texts of one language, or an error that names the languages there are. */
export function languageOf(model: PrintModel, locale: string): PrintTexts {
  const texts = model.languages.find((language) => language.locale === locale);
  if (!texts) throw new Error(`no texts for locale "${locale}"; the content has ${model.languages.map((l) => l.locale).join(', ')}`);
  return texts;
}

/** The side of the smallest module a format prints, in millimetres: its symbol over the most modules of its codes at its level. */
export function moduleMm(format: Format, facts: PrintFacts): number {
  const modules = Math.max(...format.codes.map((target) => facts.codesAt[format.qr.level][target].size));
  return format.qr.symbolMm / modules;
}

/** Draws a format for the given languages (one, or several for a multilingual sheet), its codes at its level. */
export function drawSheet(format: Format, model: PrintModel, locales: string[], options: DrawOptions = {}): TDocumentDefinitions {
  // Each format prints its codes at its own level (its `qr`).
  const facts: PrintFacts = {...model.facts, codes: model.facts.codesAt[format.qr.level]};
  return format.draw(
    facts,
    locales.map((locale) => languageOf(model, locale)),
    options,
  );
}

/** The name a sheet's folder or file carries for its languages: `en`, or `hu-en-uk`. */
export function localesName(locales: string[]): string {
  return locales.join('-');
}

/**
 * The multilingual posters `npm run print` makes when no languages are chosen and the content
 * has more than fit on one sheet: Hungarian, which the services speak, beside languages that
 * readers of one place share (the European Commission names Ukraine, Romania, Bulgaria, Serbia,
 * Kosovo, China, Vietnam and Mongolia; many Ukrainians read Russian). A set whose languages the
 * content lacks is left out.
 */
export const defaultLanguageSets: readonly (readonly string[])[] = [
  ['hu', 'en', 'uk'],
  ['hu', 'ro', 'bg'],
  // Where Ukrainian refugees are: the first set and Russian, which many of them read too.
  ['hu', 'en', 'uk', 'ru'],
  ['hu', 'sr', 'sq'],
  ['hu', 'vi', 'mn'],
];

/** One file of a build: a format, its languages, and the folder it goes in (`en`, `hu-en-uk`). */
export interface Sheet {
  format: Format;
  locales: string[];
  folder: string;
}

/**
 * The sheets a build makes of these formats for these locales: each one-language format per
 * locale, then each multilingual format once with all the locales, when there are two to
 * four of them. The CLI writes `dist/print/<folder>/<format>.pdf`; the release packs them.
 */
export function sheetsFor(chosen: readonly Format[], locales: string[]): Sheet[] {
  const {min, max} = multilingualLanguages;
  // More languages than one sheet carries: the multilingual formats once for each default set.
  const sets = locales.length > max ? defaultLanguageSets.filter((set) => set.every((l) => locales.includes(l))) : locales.length >= min ? [locales] : [];
  return [
    ...locales.flatMap((locale) => chosen.filter((f) => f.languages === 'one').map((format) => ({format, locales: [locale], folder: locale}))),
    ...sets.flatMap((set) => chosen.filter((f) => f.languages === 'several').map((format) => ({format, locales: [...set], folder: localesName([...set])}))),
  ];
}
