/**
 * `poster-a4` and `poster-a3`: a poster for a notice board, portrait. A big headline, the
 * number, both codes, and a row of tear-off strips along the bottom edge. Each strip carries
 * the number and okit.hu, turned 90° like a real tear-off strip, with dashed cut lines
 * between the strips and along the fold above them.
 *
 * A3 is the A4 design scaled by √2, except the strips: they keep a pocket size, and the
 * wider sheet simply holds more of them. `poster-a4-large` is the A4 poster in large print:
 * no text under 16 pt, strips included; what no longer fits goes on a second sheet, which
 * has its own strips.
 */
import type {Content, StyleDictionary, TDocumentDefinitions} from 'pdfmake/interfaces';
import type {PrintFacts, PrintTexts} from '../model.js';
import type {DrawOptions} from '../partner.js';
import type {FormatInfo} from '../formats.js';
import {badgeAndName, callNumber, documentFrame, emergencyLine, factsLine, hotlineTerms, mm, partnerLine, qrPair, summaryLine} from '../parts.js';
import {tearOffFooter, type PosterSize} from './poster-sheet.js';

const a4: PosterSize = {
  scale: 1,
  frame: 'posterFrame',
  strip: {width: mm(17), height: mm(50), number: 13, url: 11, label: 10},
};
const a3: PosterSize = {
  scale: Math.SQRT2,
  frame: 'posterFrameA3',
  strip: {width: mm(19), height: mm(56), number: 14, url: 12, label: 10 * Math.SQRT2},
};
const a4Large: PosterSize = {
  scale: 1,
  frame: 'posterFrame',
  strip: {width: mm(22), height: mm(62), number: 16, url: 16, label: 16},
};

const margin = mm(12);

/** Sizes and margins: `s` scales with the sheet, `t` with the sheet and the text scale. */
function regularStyles(s: number, t: number): StyleDictionary {
  return {
    headline: {fontSize: 36 * t, bold: true, lineHeight: 1.08, margin: [0, 0, 0, 8 * s]},
    tagline: {fontSize: 15 * t, lineHeight: 1.2, margin: [0, 0, 0, 14 * s]},
    badgeLine: {fontSize: 13 * t, lineHeight: 1.2, margin: [0, 0, 0, 8 * s]},
    badge: {fontSize: 15 * s},
    call: {fontSize: 16 * t},
    number: {fontSize: 50 * s},
    terms: {fontSize: 14 * t, lineHeight: 1.25, margin: [0, 6 * s, 0, 0]},
    emergency: {fontSize: 12 * t, margin: [0, 0, 0, 6 * s]},
    summary: {fontSize: 11 * t, margin: [0, 0, 0, 12 * s]},
    caption: {fontSize: 9.5 * t, lineHeight: 1.15},
    partner: {fontSize: 11 * s, margin: [0, 10 * s, 0, 0]},
    factsLine: {fontSize: 8 * s, margin: [0, 8 * s, 0, 0]},
  };
}

/** Large print: nothing under 16 pt, the headline and the number as large as on the A4 poster. */
function largeStyles(): StyleDictionary {
  return {
    headline: {fontSize: 36, bold: true, lineHeight: 1.08, margin: [0, 0, 0, 8]},
    tagline: {fontSize: 20, lineHeight: 1.2, margin: [0, 0, 0, 14]},
    badgeLine: {fontSize: 18, lineHeight: 1.2, margin: [0, 0, 0, 8]},
    badge: {fontSize: 18},
    call: {fontSize: 20},
    number: {fontSize: 50},
    terms: {fontSize: 18, lineHeight: 1.25, margin: [0, 6, 0, 0]},
    emergency: {fontSize: 16, lineHeight: 1.2, margin: [0, 0, 0, 8]},
    summary: {fontSize: 16, lineHeight: 1.25, margin: [0, 0, 0, 14]},
    caption: {fontSize: 16, lineHeight: 1.2},
    partner: {fontSize: 16, margin: [0, 12, 0, 0]},
    factsLine: {fontSize: 16, margin: [0, 10, 0, 0]},
  };
}

export function posterA4(facts: PrintFacts, [texts]: PrintTexts[], format: FormatInfo, options: DrawOptions = {}): TDocumentDefinitions {
  const t = options.textScale ?? 1;
  return poster(a4, regularStyles(1, t), facts, texts, format, options);
}

export function posterA3(facts: PrintFacts, [texts]: PrintTexts[], format: FormatInfo, options: DrawOptions = {}): TDocumentDefinitions {
  const s = a3.scale;
  return poster(a3, regularStyles(s, s * (options.textScale ?? 1)), facts, texts, format, options);
}

export function posterA4Large(facts: PrintFacts, [texts]: PrintTexts[], format: FormatInfo, options: DrawOptions = {}): TDocumentDefinitions {
  return poster(a4Large, largeStyles(), facts, texts, format, options);
}

function poster(
  size: PosterSize,
  styles: StyleDictionary,
  facts: PrintFacts,
  texts: PrintTexts,
  format: FormatInfo,
  options: DrawOptions,
): TDocumentDefinitions {
  const s = size.scale;
  const width = format.pagePt[0] - 2 * margin;
  const partner = partnerLine(texts.partner, options.partner);
  const footer = tearOffFooter(facts, texts.tearOff, size, format, margin);

  const body: Content[] = [
    {text: texts.headline, style: 'headline'},
    {text: texts.tagline, style: 'tagline'},
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                {text: badgeAndName(texts, texts.hotline.name), style: 'badgeLine'},
                {text: texts.call, style: 'call'},
                callNumber(facts, (styles.number as {fontSize: number}).fontSize),
                {text: hotlineTerms(texts), style: 'terms'},
              ],
            },
          ],
        ],
      },
      layout: size.frame,
      margin: [0, 0, 0, 10 * s],
    },
    emergencyLine(texts),
    // Space is short: the hotline section's plain-language summary, not its full text.
    summaryLine(texts),
    qrPairCentered(facts, texts, format, s, width),
  ];
  if (partner) body.push(partner);
  body.push(factsLine(facts, texts, {review: true}));

  return documentFrame(facts, texts.locale, format, {
    pageMargins: [margin, margin, margin, margin + footer.height],
    title: `${texts.headline} ${facts.phone.international}`,
    subject: `${texts.hotline.name}: ${facts.phone.international}`,
    styles: {...styles, ...footer.styles},
    content: body,
    footer: footer.node,
  });
}

function qrPairCentered(facts: PrintFacts, texts: PrintTexts, format: FormatInfo, s: number, width: number): Content {
  const column = Math.min(mm(62) * s, (width - 20 * s) / 2);
  return {
    columns: [
      {width: '*', text: ''},
      {width: 2 * column + 20 * s, stack: [{...qrPair(facts, texts, format.codes, mm(format.qr.symbolMm), column, 20 * s), unbreakable: true}]},
      {width: '*', text: ''},
    ],
  };
}
