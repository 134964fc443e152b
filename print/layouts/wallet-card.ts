/**
 * `wallet-card`: 85 × 55 mm, landscape, one page: the size of a bank card, to hide in a
 * wallet or a phone case. It is discreet on purpose: it names the crisis line (OKIT) and the
 * number, never what the reader may be escaping, and its file title says no more.
 *
 * It carries only the okit.hu code. Two codes of 2 cm with their quiet zones (about 2.8 cm
 * each) leave no room on 85 × 55 mm for a number large enough to read in a hurry.
 */
import type {GuideContent} from '../../content-model/types.js';
import type {LayoutOptions} from '../options.js';
import {badge, documentFrame, emergencyLine, factsLine, hotlineNumber, mm, partnerLine, qrBlock} from '../parts.js';
import type {Content, TDocumentDefinitions} from 'pdfmake/interfaces';
import {minSymbolPt} from '../qr.js';
import {ink} from '../fonts.js';
import {hotlineId, localeTexts, phoneOf, printText} from '../text.js';

const walletPt = {width: mm(85), height: mm(55)};
const margin = mm(4);
/** 2 cm and a hair, so that rounding in a printer driver cannot take it under the minimum. */
const qrSymbolPt = minSymbolPt + 0.5;
const qrColumn = mm(28);

export function walletCard(content: GuideContent, locale: string, options: LayoutOptions = {}): TDocumentDefinitions {
  const texts = localeTexts(content, locale);
  const scale = options.textScale ?? 1;
  const phone = phoneOf(content, hotlineId);
  const partner = partnerLine(texts, options.partner, 6);

  const left: Content[] = [
    {text: printText(texts, 'wallet'), fontSize: 8.5 * scale, lineHeight: 1.15, margin: [0, 0, 0, 3]},
    hotlineNumber(content, 16),
    {text: [badge(texts, 8), '  ', {text: texts.hotline.short, bold: true}], fontSize: 8, margin: [0, 5, 0, 2]},
    {text: texts.hotline.free, fontSize: 8 * scale, lineHeight: 1.15},
    {stack: [emergencyLine(content, texts, 6.5 * scale)], margin: [0, 4, 0, 0]},
  ];
  if (partner) left.push({stack: [partner], margin: [0, 4, 0, 0]});
  left.push({stack: [factsLine(content, texts, options.version, 5)], margin: [0, 3, 0, 0]});

  return documentFrame(content, texts, {
    pageSize: walletPt,
    pageMargins: [margin, margin, margin, margin],
    // Discreet even in the file's properties: the crisis line's name and number, nothing more.
    title: `${texts.hotline.short}: ${phone.international}`,
    subject: texts.hotline.name,
    content: {columns: [{width: '*', stack: left}, qrBlock(content, texts, 'okit', qrSymbolPt, qrColumn)], columnGap: 6},
    styles: {caption: {fontSize: 6.5, lineHeight: 1.1}},
    // A hairline along the card's edge: printed at actual size on A4, it is the line to cut.
    background: () => ({canvas: [{type: 'rect', x: 0.25, y: 0.25, w: walletPt.width - 0.5, h: walletPt.height - 0.5, r: mm(3), lineWidth: 0.5, lineColor: ink}]}),
  });
}
