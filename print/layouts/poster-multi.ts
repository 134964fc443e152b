/**
 * `poster-a4-multi` and `poster-a3-multi`: one poster in two to four languages (hu, en and uk
 * by default), for shelters and offices where languages meet. The number and one pair of QR
 * codes serve every language; each language has its own headline, its own column (the
 * hotline's name and terms, the plain summary, 112, the facts' date) and its own line in
 * each caption. Up to three columns stand side by side; four stand two by two, each as wide
 * as with two, so no column gets too narrow to read. Tear-off strips along the bottom, as on
 * the other posters. A long set of translations shrinks its text (render.ts) to fit one page.
 *
 * A3 is the A4 design scaled by √2; the strips keep their pocket size.
 */
import type {Column, Content, StyleDictionary, TDocumentDefinitions} from 'pdfmake/interfaces';
import type {PrintFacts, PrintTexts, QrTarget} from '../model.js';
import type {DrawOptions} from '../partner.js';
import type {FormatInfo} from '../formats.js';
import {
  badgeAndName,
  documentFrame,
  emergencyLine,
  factsLine,
  hotlineNumber,
  hotlineTerms,
  mm,
  partnerLine,
  pictogram,
  sharedQrBox,
  summaryLine,
} from '../parts.js';
import {actionPictograms} from '../../src/content/pictograms.js';
import {placeQr, qrNode, qrWithCaption} from '../qr.js';
import {tearOffFooter, type PosterSize} from './poster-sheet.js';

const a4: PosterSize = {scale: 1, frame: 'posterFrame', strip: {width: mm(17), height: mm(46), number: 13, url: 11, label: 9}};
const a3: PosterSize = {
  scale: Math.SQRT2,
  frame: 'posterFrameA3',
  strip: {width: mm(19), height: mm(56), number: 14, url: 12, label: 9 * Math.SQRT2},
};

const margin = mm(12);
/**
 * Two languages at least, or it is not a multilingual sheet; four at most (issue 20 §4: "two
 * to four"): with more, the headlines and the captions' lines leave too little room for the
 * text on one page.
 */
export const multilingualLanguages = {min: 2, max: 4};

/** The languages' columns side by side in one row: three at most; four take two rows of two. */
const maxColumns = 3;

/** The languages in rows of columns: one row of up to three, else rows of equal length. */
function languageRows(languages: PrintTexts[]): PrintTexts[][] {
  const rowCount = Math.ceil(languages.length / maxColumns);
  const perRow = Math.ceil(languages.length / rowCount);
  const rows: PrintTexts[][] = [];
  for (let i = 0; i < languages.length; i += perRow) rows.push(languages.slice(i, i + perRow));
  return rows;
}

/** `gap`: the space between the blocks, narrower on a sheet of two rows of languages. */
function styles(s: number, t: number, gap: number): StyleDictionary {
  return {
    headline: {fontSize: 20 * t, bold: true, lineHeight: 1.08, margin: [0, 0, 0, 3 * s]},
    headlines: {margin: [0, 0, 0, 10 * gap]},
    badgeLine: {fontSize: 15 * s, margin: [0, 14 * s, 0, 0]},
    badge: {fontSize: 15 * s},
    number: {fontSize: 42 * s},
    language: {fontSize: 10 * t, bold: true, margin: [0, 0, 0, 2 * s]},
    hotlineName: {fontSize: 9 * t, bold: true, lineHeight: 1.15, margin: [0, 0, 0, 3 * s]},
    terms: {fontSize: 9 * t, lineHeight: 1.15, margin: [0, 0, 0, 4 * s]},
    summary: {fontSize: 9 * t, lineHeight: 1.15, margin: [0, 0, 0, 4 * s]},
    emergency: {fontSize: 9 * t, margin: [0, 0, 0, 4 * s]},
    factsLine: {fontSize: 6.5 * s},
    columns: {margin: [0, 0, 0, 12 * gap]},
    caption: {fontSize: 7.5 * t, lineHeight: 1.12},
    captionLine: {margin: [0, 0, 0, 2 * s]},
    partner: {fontSize: 9 * s, lineHeight: 1.15, margin: [0, 10 * s, 0, 0]},
  };
}

export function posterA4Multi(facts: PrintFacts, languages: PrintTexts[], format: FormatInfo, options: DrawOptions = {}): TDocumentDefinitions {
  return posterMulti(a4, facts, languages, format, options);
}

export function posterA3Multi(facts: PrintFacts, languages: PrintTexts[], format: FormatInfo, options: DrawOptions = {}): TDocumentDefinitions {
  return posterMulti(a3, facts, languages, format, options);
}

/** One language's column: its name, then the hotline, the summary, 112 and the facts' date in it. */
function languageColumn(facts: PrintFacts, texts: PrintTexts): Column {
  return {
    width: '*',
    stack: [
      {text: texts.language, style: 'language'},
      {text: texts.hotline.name, style: 'hotlineName'},
      {text: hotlineTerms(texts), style: 'terms'},
      summaryLine(texts),
      emergencyLine(texts),
      factsLine(facts, texts, {review: true}),
    ],
  };
}

/** A code's caption in every language, one line each, then the address. */
function codeCaption(facts: PrintFacts, languages: PrintTexts[], target: QrTarget): Content[] {
  return [...languages.map((texts): Content => ({text: texts.qrCaption[target], style: 'captionLine'})), {text: facts.codes[target].display, bold: true}];
}

/**
 * A code with its caption under it; with more languages than a row of columns holds, beside
 * it, where four languages' lines take about the code's height instead of adding theirs to it.
 */
function codeColumn(facts: PrintFacts, languages: PrintTexts[], target: QrTarget, symbolPt: number, width: number, box: number, s: number): Column {
  const placement = placeQr(facts.codes[target], symbolPt);
  if (languages.length <= maxColumns) return qrWithCaption(placement, codeCaption(facts, languages, target), width, box);
  return {
    width,
    columns: [
      {...qrNode(placement, box), width: box},
      {stack: codeCaption(facts, languages, target), style: 'caption', width: '*', margin: [0, placement.quietPt, 0, 0]},
    ],
    columnGap: 4 * s,
  };
}

function posterMulti(size: PosterSize, facts: PrintFacts, languages: PrintTexts[], format: FormatInfo, options: DrawOptions): TDocumentDefinitions {
  if (languages.length < multilingualLanguages.min || languages.length > multilingualLanguages.max) {
    throw new RangeError(
      `a multilingual poster carries ${multilingualLanguages.min} to ${multilingualLanguages.max} languages; it was given ${languages.length}`,
    );
  }
  const s = size.scale;
  const t = s * (options.textScale ?? 1);
  // Two rows of languages need the room between the blocks for text.
  const gap = languages.length > maxColumns ? 0.6 * s : s;
  const width = format.pagePt[0] - 2 * margin;
  const footer = tearOffFooter(facts, languages.map((texts) => texts.tearOff).join(' · '), size, format, margin);
  const [first] = languages;

  const symbolPt = mm(format.qr.symbolMm);
  const box = sharedQrBox(facts, format.codes, symbolPt);
  const codeWidth = (width - 24 * s) / 2;

  const body: Content[] = [
    {stack: languages.map((texts): Content => ({text: texts.headline, style: 'headline'})), style: 'headlines'},
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              columns: [
                {text: badgeAndName(first, first.hotline.short), width: 'auto', style: 'badgeLine'},
                {text: '', width: '*'},
                // The call pictogram before the number, as beside the call link on screen.
                {...pictogram(actionPictograms.call, 34 * s), width: 34 * s, margin: [0, 6 * s, 0, 0]},
                {...hotlineNumber(facts), width: 'auto'},
              ],
              columnGap: 12 * s,
            },
          ],
        ],
      },
      layout: size.frame,
      margin: [0, 0, 0, 10 * gap],
    },
    ...languageRows(languages).map((row): Content => ({columns: row.map((texts) => languageColumn(facts, texts)), columnGap: 12 * s, style: 'columns'})),
    {
      columns: format.codes.map((target) => codeColumn(facts, languages, target, symbolPt, codeWidth, box, s)),
      columnGap: 24 * s,
      unbreakable: true,
    },
  ];
  const partner = partnerLine(languages.map((texts) => texts.partner).join(' / '), options.partner);
  if (partner) body.push(partner);

  return documentFrame(facts, first.locale, format, {
    pageMargins: [margin, margin, margin, margin + footer.height],
    title: `${languages.map((texts) => texts.headline).join(' · ')} ${facts.phone.international}`,
    subject: `${first.hotline.name}: ${facts.phone.international}`,
    styles: {...styles(s, t, gap), ...footer.styles},
    content: body,
    footer: footer.node,
  });
}
