/**
 * The printed formats: which layout draws each, on what paper, in how many pages, with which
 * codes. The CLI (build.ts), the print studio and the tests all read this one list.
 */
import type {TDocumentDefinitions} from 'pdfmake/interfaces';
import {card} from './layouts/card.js';
import {leaflet, leafletLarge} from './layouts/leaflet.js';
import {multilingualLanguages, posterA3Multi, posterA4Multi} from './layouts/poster-multi.js';
import {posterA3, posterA4, posterA4Large} from './layouts/poster.js';
import {walletCard} from './layouts/wallet-card.js';
import type {PrintFacts, PrintModel, PrintTexts, QrTarget} from './model.js';
import type {DrawOptions} from './partner.js';

/**
 * What a layout (layouts/) draws a sheet with: the languages (one, or several on a multilingual
 * format) and its format, whose page size and codes it reads, so that what the tests check of a
 * format is what the layout prints.
 */
export type DrawSheet = (facts: PrintFacts, languages: PrintTexts[], format: FormatInfo, options?: DrawOptions) => TDocumentDefinitions;

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
  /** Which QR codes the format carries. */
  codes: QrTarget[];
  /** No text under 16 pt, ever. */
  largePrint: boolean;
  /** One language a sheet, or several. */
  languages: 'one' | 'several';
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

/** The formats printed once per language. */
export const formats: Format[] = (<FormatEntry[]>[
  {
    id: 'leaflet-a4',
    name: 'Leaflet, A4',
    languages: 'one',
    draw: leaflet,
    pagePt: a4,
    maxPages: 2,
    codes: both,
    largePrint: false,
    describe: 'the whole guide, A4 portrait, 1-2 pages',
  },
  {
    id: 'card-a6',
    name: 'Pocket card, A6',
    languages: 'one',
    draw: card,
    pagePt: [297.64, 419.53],
    maxPages: 1,
    codes: both,
    largePrint: false,
    describe: 'the hotline and the essentials, A6 portrait',
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
    describe: 'discreet 85 × 55 mm card, landscape',
  },
  {
    id: 'poster-a4',
    name: 'Tear-off poster, A4',
    languages: 'one',
    draw: posterA4,
    pagePt: a4,
    maxPages: 1,
    codes: both,
    largePrint: false,
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
    describe: 'poster with tear-off strips, A3 portrait',
  },
  {
    id: 'leaflet-a4-large',
    name: 'Leaflet, A4, large print',
    languages: 'one',
    draw: leafletLarge,
    pagePt: a4,
    maxPages: 8,
    codes: both,
    largePrint: true,
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
    describe: 'the A4 poster in large print (16 pt and more), on two sheets when it needs them',
  },
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
    codes: both,
    largePrint: false,
    describe: 'two or three languages on one poster (hu, en and uk by default), tear-off strips, A4 portrait',
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
    describe: 'two or three languages on one poster (hu, en and uk by default), tear-off strips, A3 portrait',
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

/** Draws a format for the given languages (one, or several for a multilingual sheet). */
export function drawSheet(format: Format, model: PrintModel, locales: string[], options: DrawOptions = {}): TDocumentDefinitions {
  return format.draw(
    model.facts,
    locales.map((locale) => languageOf(model, locale)),
    options,
  );
}

/** The name a sheet's folder or file carries for its languages: `en`, or `hu-en-uk`. */
export function localesName(locales: string[]): string {
  return locales.join('-');
}

/** One file of a build: a format, its languages, and the folder it goes in (`en`, `hu-en-uk`). */
export interface Sheet {
  format: Format;
  locales: string[];
  folder: string;
}

/**
 * The sheets a build makes of these formats for these locales: each one-language format per
 * locale, then each multilingual format once with all the locales, when there are two or
 * three of them. The CLI writes `dist/print/<folder>/<format>.pdf`; the release packs them.
 */
export function sheetsFor(chosen: readonly Format[], locales: string[]): Sheet[] {
  const {min, max} = multilingualLanguages;
  const several = locales.length >= min && locales.length <= max;
  return [
    ...locales.flatMap((locale) => chosen.filter((f) => f.languages === 'one').map((format) => ({format, locales: [locale], folder: locale}))),
    ...(several ? chosen.filter((f) => f.languages === 'several').map((format) => ({format, locales, folder: localesName(locales)})) : []),
  ];
}
