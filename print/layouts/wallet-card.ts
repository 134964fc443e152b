/**
 * `wallet-card`: 85 × 55 mm, landscape, one page: the size of a bank card, to hide in a
 * wallet or a phone case. It is discreet on purpose: it names the crisis line (OKIT) and the
 * number, never what the reader may be escaping, and its file title says no more.
 *
 * It carries only the okit.hu code. Two codes of 2 cm with their quiet zones (about 2.8 cm
 * each) leave no room on 85 × 55 mm for a number large enough to read in a hurry.
 */
import type {Content, TDocumentDefinitions} from 'pdfmake/interfaces';
import type {PrintFacts, PrintTexts} from '../model.js';
import type {DrawOptions} from '../partner.js';
import type {FormatInfo} from '../formats.js';
import {badgeAndName, documentFrame, emergencyLine, factsLine, hotlineNumber, mm, partnerLine, qrBlock} from '../parts.js';
import {minSymbolPt} from '../qr.js';
import {ink} from '../styles.js';

const margin = mm(4);
/** 2 cm and a hair, so that rounding in a printer driver cannot take it under the minimum. */
const qrSymbolPt = minSymbolPt + 0.5;
const qrColumn = mm(28);

export function walletCard(facts: PrintFacts, [texts]: PrintTexts[], format: FormatInfo, options: DrawOptions = {}): TDocumentDefinitions {
  const [width, height] = format.pagePt;
  const scale = options.textScale ?? 1;
  const partner = partnerLine(texts.partner, options.partner);

  const left: Content[] = [
    {text: texts.wallet, style: 'wallet'},
    hotlineNumber(facts),
    {text: badgeAndName(texts, texts.hotline.short), style: 'badgeLine'},
    {text: texts.hotline.free, style: 'free'},
    emergencyLine(texts),
  ];
  if (partner) left.push(partner);
  left.push(factsLine(facts, texts));

  return documentFrame(facts, texts.locale, format, {
    pageMargins: [margin, margin, margin, margin],
    // Discreet even in the file's properties: the crisis line's name and number, nothing more.
    title: `${texts.hotline.short}: ${facts.phone.international}`,
    subject: texts.hotline.name,
    content: {columns: [{width: '*', stack: left}, ...format.codes.map((target) => qrBlock(facts, texts, target, qrSymbolPt, qrColumn))], columnGap: 6},
    styles: {
      wallet: {fontSize: 8.5 * scale, lineHeight: 1.15, margin: [0, 0, 0, 3]},
      number: {fontSize: 16},
      badgeLine: {fontSize: 8, margin: [0, 5, 0, 2]},
      badge: {fontSize: 8},
      free: {fontSize: 8 * scale, lineHeight: 1.15},
      emergency: {fontSize: 6.5 * scale, margin: [0, 4, 0, 0]},
      caption: {fontSize: 6.5, lineHeight: 1.1},
      partner: {fontSize: 6, margin: [0, 4, 0, 0]},
      factsLine: {fontSize: 5, margin: [0, 3, 0, 0]},
    },
    // A hairline along the card's edge: printed at actual size on A4, it is the line to cut.
    background: () => ({
      canvas: [{type: 'rect', x: 0.25, y: 0.25, w: width - 0.5, h: height - 0.5, r: mm(3), lineWidth: 0.5, lineColor: ink}],
    }),
  });
}
