/**
 * Pieces that several formats share: the document frame and metadata, the hotline's number
 * and badge, the pair of QR codes with their captions, and the partner line.
 */
import {displayUrl} from '../src/content/tokens.js';
import type {GuideContent, LocaleTexts} from '../content-model/types.js';
import {defaultStyle, styles} from './fonts.js';
import type {Partner} from './options.js';
import type {Content, ContentText, Style, TDocumentDefinitions} from 'pdfmake/interfaces';
import {placeQr, qrWithCaption} from './qr.js';
import {factsDate, factsDay, hotlineId, inlines, iomId, phoneOf, printText, urlOf} from './text.js';

export interface Frame {
  pageSize: TDocumentDefinitions['pageSize'];
  pageOrientation?: TDocumentDefinitions['pageOrientation'];
  pageMargins: [number, number, number, number];
  title: string;
  subject: string;
  content: Content;
  styles?: Record<string, Style>;
  defaultStyle?: Style;
  footer?: TDocumentDefinitions['footer'];
  background?: TDocumentDefinitions['background'];
  pageBreakBefore?: TDocumentDefinitions['pageBreakBefore'];
}

/** The document around a layout's content: fonts, language, metadata and a fixed date. */
export function documentFrame(content: GuideContent, texts: LocaleTexts, frame: Frame): TDocumentDefinitions {
  const date = factsDate(content);
  const doc: TDocumentDefinitions = {
    pageSize: frame.pageSize,
    pageMargins: frame.pageMargins,
    language: texts.locale,
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
    styles: {...styles, ...frame.styles},
  };
  if (frame.pageOrientation) doc.pageOrientation = frame.pageOrientation;
  if (frame.footer) doc.footer = frame.footer;
  if (frame.background) doc.background = frame.background;
  if (frame.pageBreakBefore) doc.pageBreakBefore = frame.pageBreakBefore;
  return doc;
}

/** The hotline's number as people dial it from anywhere, with a tap-to-call link. */
export function hotlineNumber(content: GuideContent, fontSize: number): Content {
  const phone = phoneOf(content, hotlineId);
  return {text: phone.international, link: `tel:${phone.e164}`, style: 'number', fontSize, lineHeight: 1.05, noWrap: true};
}

/** "0-24" in white on a black bar: the one inverted element, readable in black and white. */
export function badge(texts: LocaleTexts, fontSize: number): ContentText {
  return {text: ` ${texts.hotline.badge} `, style: 'badge', fontSize};
}

/** "free of charge · 24 hours a day, every day of the week", from the hotline's texts. */
export function hotlineTerms(texts: LocaleTexts): string {
  return `${texts.hotline.free} · ${texts.hotline.hours}`;
}

export type QrTarget = 'okit' | 'iom';

/** Caption of a code: where it leads, in words and as the address to type by hand. */
function qrCaption(content: GuideContent, texts: LocaleTexts, target: QrTarget): Content[] {
  const url = urlOf(content, target === 'okit' ? hotlineId : iomId);
  return [{text: printText(texts, target === 'okit' ? 'qr-okit' : 'qr-iom')}, {text: displayUrl(url), bold: true}];
}

/**
 * One code with its caption. `columnWidth` leaves room for a caption wider than the code;
 * `boxPt` widens the white box so that codes of different versions line up.
 */
export function qrBlock(content: GuideContent, texts: LocaleTexts, which: QrTarget, symbolPt: number, columnWidth?: number, boxPt?: number): Content {
  const url = urlOf(content, which === 'okit' ? hotlineId : iomId);
  return qrWithCaption(placeQr(url, symbolPt), qrCaption(content, texts, which), url, columnWidth, boxPt);
}

/** The white box both codes share, so that their symbols (the same size) line up side by side. */
export function sharedQrBox(content: GuideContent, symbolPt: number): number {
  return Math.max(...(['okit', 'iom'] as const).map((which) => placeQr(urlOf(content, which === 'okit' ? hotlineId : iomId), symbolPt).outerPt));
}

/** The okit.hu and IOM codes side by side, each in a column of `columnWidth`. */
export function qrPair(content: GuideContent, texts: LocaleTexts, symbolPt: number, columnWidth: number, gap: number): Content {
  const box = sharedQrBox(content, symbolPt);
  return {
    columns: [qrBlock(content, texts, 'okit', symbolPt, columnWidth, box), qrBlock(content, texts, 'iom', symbolPt, columnWidth, box)],
    columnGap: gap,
  };
}

/** "Handed out by: Name, contact", or nothing when no partner was given. */
export function partnerLine(texts: LocaleTexts, partner: Partner | undefined, fontSize: number): Content | undefined {
  if (!partner || (partner.name === undefined && partner.contact === undefined)) return undefined;
  const parts = [partner.name, partner.contact].filter((part): part is string => part !== undefined);
  return {text: [`${printText(texts, 'partner')} `, {text: parts.join(' · '), bold: true}], fontSize, lineHeight: 1.15};
}

/** "If you are in immediate danger, call 112 (…)": under the hotline on every format. */
export function emergencyLine(content: GuideContent, texts: LocaleTexts, fontSize: number): Content {
  return {text: inlines(content, texts, texts.emergency), fontSize, lineHeight: 1.15};
}

/** "Last updated: 2026-11-28 · kiut 0.1.0": which facts and which build a sheet carries. */
export function factsLine(content: GuideContent, texts: LocaleTexts, version: string | undefined, fontSize: number): Content {
  return {text: `${texts.about.updated} ${factsDay(content)}${version ? ` · kiut ${version}` : ''}`, fontSize, lineHeight: 1.1};
}

/** A section's plain-language summary as one paragraph: for formats where space is short. */
export function summaryText(content: GuideContent, texts: LocaleTexts, sectionId: string): (string | ContentText)[] {
  const summary = texts.sections[sectionId]?.summary;
  if (!summary) throw new Error(`content/${texts.locale}/guide.yaml has no sections.${sectionId}.summary`);
  return summary.flatMap((sentence, index) => [...(index > 0 ? [' '] : []), ...inlines(content, texts, sentence.text)]);
}

/** Millimetres to points. */
export function mm(value: number): number {
  return (value * 72) / 25.4;
}
