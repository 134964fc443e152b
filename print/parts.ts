/**
 * Pieces that several formats share: the document frame and metadata, the hotline's number
 * and badge, the QR codes with their captions, and the lines every sheet carries (112, the
 * facts' date, the partner). Each piece names its style; the layout's style sheet sizes it.
 */
import type {Content, ContentColumns, ContentSvg, ContentText, StyleDictionary, TDocumentDefinitions} from 'pdfmake/interfaces';
import {pictogramPaths} from '../src/content/pictogram-paths.js';
import {actionPictograms, type PictogramName} from '../src/content/pictograms.js';
import type {PhraseCard} from '../src/content/widget-types.js';
import type {Inline, PrintFacts, PrintTexts, QrTarget} from './model.js';
import type {Partner} from './partner.js';
import type {FormatInfo} from './formats.js';
import {placeQr, qrWithCaption} from './qr.js';
import {defaultStyle, ink, sheetStyles} from './styles.js';

export interface Frame {
  pageMargins: [number, number, number, number];
  title: string;
  subject: string;
  content: Content;
  /** The layout's sizes and margins for the named styles (see styles.ts). */
  styles: StyleDictionary;
  defaultStyle?: TDocumentDefinitions['defaultStyle'];
  footer?: TDocumentDefinitions['footer'];
  background?: TDocumentDefinitions['background'];
  pageBreakBefore?: TDocumentDefinitions['pageBreakBefore'];
}

/** The document around a layout's content: the format's page, fonts, language, metadata and a fixed date. */
export function documentFrame(facts: PrintFacts, locale: string, format: FormatInfo, frame: Frame): TDocumentDefinitions {
  // The fixed date of every printed file: the day the content was last updated.
  const date = new Date(`${facts.day}T00:00:00Z`);
  const doc: TDocumentDefinitions = {
    pageSize: {width: format.pagePt[0], height: format.pagePt[1]},
    pageMargins: frame.pageMargins,
    language: locale,
    version: '1.7',
    info: {
      title: frame.title,
      subject: frame.subject,
      creator: 'kiut print',
      producer: 'kiut print (pdfmake)',
      creationDate: date,
      modDate: date,
    },
    content: frame.content,
    defaultStyle: {...defaultStyle, ...frame.defaultStyle},
    styles: sheetStyles(frame.styles),
  };
  if (frame.footer) doc.footer = frame.footer;
  if (frame.background) doc.background = frame.background;
  if (frame.pageBreakBefore) doc.pageBreakBefore = frame.pageBreakBefore;
  return doc;
}

/** A resolved text as pdfmake inlines: facts are bold links, numbers never break. */
export function inlines(text: Inline[]): (string | ContentText)[] {
  return text.map((piece) =>
    typeof piece === 'string' ? piece : {text: piece.text, link: piece.link, style: 'fact', ...(piece.noWrap ? {noWrap: true} : {})},
  );
}

/** The hotline's number as people dial it from anywhere, with a tap-to-call link. */
export function hotlineNumber(facts: PrintFacts): ContentText {
  return {text: facts.phone.international, link: `tel:${facts.phone.e164}`, style: 'number', noWrap: true};
}

/**
 * The number with the call pictogram before it, as beside the call link on screen. `numberPt`:
 * the number's font size, which the pictogram matches; `width` of the number's column.
 */
export function callNumber(facts: PrintFacts, numberPt: number, width: 'auto' | '*' = 'auto'): ContentColumns {
  const size = numberPt * 0.8;
  return {
    columns: [
      {...pictogram(actionPictograms.call, size), width: size, margin: [0, numberPt * 0.15, 0, 0]},
      {...hotlineNumber(facts), width},
    ],
    columnGap: numberPt * 0.3,
  };
}

/** "0-24" on its black bar, then the hotline's short name. */
export function badgeAndName(texts: PrintTexts, name: string): ContentText['text'] {
  return [{text: ` ${texts.hotline.badge} `, style: 'badge'}, '  ', {text: name, bold: true}];
}

/** "free of charge · 24 hours a day, every day of the week", from the hotline's texts. */
export function hotlineTerms(texts: PrintTexts): string {
  return `${texts.hotline.free} · ${texts.hotline.hours}`;
}

/** Caption of a code: where it leads, in words and as the address to type by hand. */
export function qrCaption(facts: PrintFacts, texts: PrintTexts, target: QrTarget): Content[] {
  return [{text: texts.qrCaption[target]}, {text: facts.codes[target].display, bold: true}];
}

/**
 * One code with its caption. `columnWidth` leaves room for a caption wider than the code;
 * `boxPt` widens the white box so that codes of different versions line up.
 */
export function qrBlock(facts: PrintFacts, texts: PrintTexts, target: QrTarget, symbolPt: number, columnWidth?: number, boxPt?: number): Content {
  return qrWithCaption(placeQr(facts.codes[target], symbolPt), qrCaption(facts, texts, target), columnWidth, boxPt);
}

/** The white box the codes share, so that their symbols (the same size) line up side by side. */
export function sharedQrBox(facts: PrintFacts, codes: readonly QrTarget[], symbolPt: number): number {
  return Math.max(...codes.map((target) => placeQr(facts.codes[target], symbolPt).outerPt));
}

/** The format's codes side by side, each in a column of `columnWidth`. */
export function qrPair(facts: PrintFacts, texts: PrintTexts, codes: readonly QrTarget[], symbolPt: number, columnWidth: number, gap: number): ContentColumns {
  const box = sharedQrBox(facts, codes, symbolPt);
  return {columns: codes.map((target) => qrBlock(facts, texts, target, symbolPt, columnWidth, box)), columnGap: gap};
}

/** "This sheet was given to you by: Name · contact" (`label` is the first part), or nothing when no partner was given. */
export function partnerLine(label: string, partner: Partner | undefined): Content | undefined {
  if (!partner || (partner.name === undefined && partner.contact === undefined)) return undefined;
  const parts = [partner.name, partner.contact].filter((part): part is string => part !== undefined);
  // Never split between two pages: the name on one and the contact on the next reads as two things.
  return {stack: [{text: [`${label} `, {text: parts.join(' · '), bold: true}], style: 'partner'}], unbreakable: true};
}

/** "If you are in immediate danger, call 112 (…)": under the hotline on every format. */
export function emergencyLine(texts: PrintTexts): Content {
  return {text: inlines(texts.emergency), style: 'emergency'};
}

/** "Last updated: 2026-11-28 · kiut 0.1.0": which facts and which build a sheet carries. */
export function factsLine(facts: PrintFacts, texts: PrintTexts, {review = false}: {review?: boolean} = {}): Content {
  // `review`: and, while a native speaker has not checked the texts, a few words that say so.
  const unreviewed = review && texts.unreviewed ? ` · ${texts.unreviewed}` : '';
  return {text: `${texts.updated} ${facts.day}${facts.version ? ` · kiut ${facts.version}` : ''}${unreviewed}`, style: 'factsLine'};
}

/** The hotline section's plain-language summary: for formats where space is short. */
export function summaryLine(texts: PrintTexts): Content {
  return {text: inlines(texts.summary), style: 'summary'};
}

/**
 * "Say this in Hungarian" (content-model/phrases.ts, the widget's card): a ruled box with the
 * heading in the reader's language, then each sentence in Hungarian, large (`phraseHu`), with
 * what it means beneath it (`phraseSays`), each a `phrase`, in `columns` columns. A sentence never breaks
 * across columns or pages; the box does not either.
 */
export function phraseBox(card: PhraseCard, columns: 1 | 2): Content {
  const sentences: Content[] = card.sentences.map(({hu, says}) => ({
    stack: [
      {text: hu, style: 'phraseHu'},
      {text: says, style: 'phraseSays'},
    ],
    style: 'phrase',
    unbreakable: true,
  }));
  const rows: Content[] = [];
  for (let i = 0; i < sentences.length; i += columns) {
    const row = sentences.slice(i, i + columns);
    // A last row with fewer sentences keeps the columns' width.
    rows.push(columns === 1 ? row[0] : {columns: [...row, ...Array<Content>(columns - row.length).fill({text: ''})], columnGap: 12});
  }
  return {
    table: {widths: ['*'], body: [[{stack: [{text: card.heading, style: 'phrasesHeading'}, ...rows]}]]},
    layout: 'cardFrame',
    style: 'phrases',
    unbreakable: true,
  };
}

/**
 * A pictogram, `sizePt` square, in black: the widget's drawing (src/content/pictograms.ts), as
 * a vector in the PDF, so screen and paper look alike.
 */
export function pictogram(name: PictogramName, sizePt: number): ContentSvg {
  return {
    svg:
      `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="${ink}" stroke-width="2" ` +
      `stroke-linecap="round" stroke-linejoin="round"><path d="${pictogramPaths[name]}"/></svg>`,
    width: sizePt,
    height: sizePt,
  };
}

/** `content` with a pictogram `sizePt` square before it, `gap` apart, the pictogram at the top. */
export function besidePictogram(name: PictogramName, sizePt: number, content: Content, gap: number): ContentColumns {
  return {
    columns: [
      {...pictogram(name, sizePt), width: sizePt},
      {stack: [content], width: '*'},
    ],
    columnGap: gap,
  };
}

/** Millimetres to points. */
export function mm(value: number): number {
  return (value * 72) / 25.4;
}
