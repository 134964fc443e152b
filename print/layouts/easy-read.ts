/**
 * `easy-read`: for a reader who reads with difficulty, handed over by an outreach worker. On
 * at most two A4 pages: the hotline big at the top, then each kind of help as its plain
 * summary only, with its pictogram beside it (src/content/pictograms.ts, as on screen), then
 * the two codes at the end.
 *
 * No text is ever under 16 pt. The texts start larger and shrink with the build's text scale
 * (render.ts) when a language needs the room, down to 16 pt at the smallest scale and never
 * below; past that the build fails and names the texts to shorten. Nothing here assumes a
 * script or a length: every line wraps where the words do.
 */
import type {Content, StyleDictionary, TDocumentDefinitions} from 'pdfmake/interfaces';
import {actionPictograms, sectionPictograms} from '../../src/content/pictograms.js';
import {joinSentences, type Inline, type PrintFacts, type PrintTexts, type QrTarget} from '../model.js';
import type {DrawOptions} from '../partner.js';
import type {FormatInfo} from '../formats.js';
import {placeQr, qrNode} from '../qr.js';
import {textScales} from '../text-scales.js';
import {
  badgeAndName,
  besidePictogram,
  documentFrame,
  emergencyLine,
  factsLine,
  hotlineNumber,
  hotlineTerms,
  inlines,
  mm,
  partnerLine,
  qrCaption,
  sharedQrBox,
} from '../parts.js';

/** The smallest text on the sheet, in points. */
export const easyReadMinPt = 16;

const margin = mm(10);

/** The body at full scale: 16 pt at the smallest text scale. */
const bodyPt = easyReadMinPt / Math.min(...textScales);

/**
 * Sections this sheet leaves out: the hotline's summary sits in the box at the top, and the
 * no-trace summary points at tips ("these tips…") that only its full text carries, and that are
 * about a phone or a computer, not about paper.
 */
const leftOut = ['hotline', 'no-trace'];

/** A size at this scale, never under 16 pt. */
function sized(points: number, scale: number): number {
  return Math.max(easyReadMinPt, points * scale);
}

function easyReadStyles(scale: number): StyleDictionary {
  const size = (points: number) => sized(points, scale);
  return {
    badge: {fontSize: size(bodyPt * 1.1)},
    badgeLine: {fontSize: size(bodyPt * 1.1), margin: [0, 0, 0, 4]},
    number: {fontSize: size(bodyPt * 2.2)},
    terms: {fontSize: size(bodyPt), lineHeight: 1.2, margin: [0, 4, 0, 0]},
    summary: {fontSize: size(bodyPt), lineHeight: 1.12, margin: [0, 6, 0, 0]},
    emergency: {fontSize: size(bodyPt), lineHeight: 1.12, margin: [0, 6, 0, 8]},
    sentence: {fontSize: size(bodyPt), lineHeight: 1.12},
    section: {margin: [0, 0, 0, 5]},
    caption: {fontSize: size(bodyPt * 0.8), lineHeight: 1.15},
    codeRow: {margin: [0, 0, 0, 4]},
    partner: {fontSize: size(bodyPt * 0.8), margin: [0, 6, 0, 0]},
    factsLine: {fontSize: size(bodyPt * 0.8), margin: [0, 6, 0, 0]},
  };
}

/** A summary's sentences as one paragraph: a line each would take a third page. */
function sentences(summary: Inline[][]): Content {
  return {text: inlines(joinSentences(summary)), style: 'sentence'};
}

/**
 * A code on a row of its own, its caption beside it: the long caption (IOM's is the seed's
 * whole description of the page) gets the page's width, where under a code half the page
 * wide it took six lines at 16 pt. The caption starts level with the symbol, inside the
 * quiet zone's white.
 */
function codeRow(facts: PrintFacts, texts: PrintTexts, target: QrTarget, symbolPt: number, box: number): Content {
  const placement = placeQr(facts.codes[target], symbolPt);
  return {
    columns: [
      {...qrNode(placement, box), width: box},
      {stack: qrCaption(facts, texts, target), style: 'caption', width: '*', margin: [0, placement.quietPt, 0, 0]},
    ],
    columnGap: 8,
    style: 'codeRow',
  };
}

export function easyRead(facts: PrintFacts, [texts]: PrintTexts[], format: FormatInfo, options: DrawOptions = {}): TDocumentDefinitions {
  const scale = options.textScale ?? 1;
  const hotlineSection = texts.sections.find((section) => section.id === 'hotline');
  // A pictogram a little taller than a line of text: found at a glance, and narrow enough to leave the words their width.
  const pictogramPt = sized(bodyPt * 1.25, scale);

  const hotline: Content = besidePictogram(
    actionPictograms.call,
    sized(bodyPt * 2.2, scale),
    {
      stack: [{text: badgeAndName(texts, texts.hotline.short), style: 'badgeLine'}, hotlineNumber(facts), {text: hotlineTerms(texts), style: 'terms'}],
    },
    10,
  );
  // The hotline's summary under the number, across the page: beside the call pictogram it took a line more.
  const hotlineSummary: Content[] = hotlineSection ? [{stack: [sentences(hotlineSection.summary)], style: 'summary'}] : [];

  const sections: Content[] = texts.sections
    .filter((section) => !leftOut.includes(section.id))
    .map((section) => {
      const name = sectionPictograms[section.id];
      if (name === undefined) throw new Error(`section "${section.id}" has no pictogram; add it to sectionPictograms in src/content/pictograms.ts`);
      return {
        ...besidePictogram(name, pictogramPt, sentences(section.summary), 8),
        style: 'section',
        unbreakable: true,
      };
    });

  const symbolPt = mm(format.qr.symbolMm);
  const box = sharedQrBox(facts, format.codes, symbolPt);
  const partner = partnerLine(texts.partner, options.partner);
  const end: Content = {
    stack: [
      ...format.codes.map((target) => codeRow(facts, texts, target, symbolPt, box)),
      ...(partner ? [partner] : []),
      factsLine(facts, texts, {review: true}),
    ],
    margin: [0, 6, 0, 0],
    unbreakable: true,
  };

  return documentFrame(facts, texts.locale, format, {
    pageMargins: [margin, margin, margin, margin],
    title: texts.title,
    subject: `${texts.hotline.name}: ${facts.phone.international}`,
    defaultStyle: {fontSize: sized(bodyPt, scale), lineHeight: 1.25},
    styles: easyReadStyles(scale),
    content: [hotline, ...hotlineSummary, emergencyLine(texts), ...sections, end],
  });
}
