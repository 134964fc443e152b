/**
 * `leaflet-a4`: the whole guide on one or two A4 pages, portrait; and `leaflet-a4-large`, the
 * same in large print, on as many pages as it takes.
 *
 * The hotline comes first in a framed box with the large number and both QR codes; then, in
 * every language but Hungarian, "Say this in Hungarian" (parts.ts phraseBox); then every
 * section of the guide in the order of facts.yaml. The partner line, when given, and
 * the page number sit in the footer of each page. In large print the codes, whose captions
 * no longer fit beside the number, sit in a row of their own under the box, and the partner
 * line, which at 16 pt may take several lines, follows them on the first page.
 */
import type {Content, StyleDictionary, TDocumentDefinitions} from 'pdfmake/interfaces';
import type {PrintBlock, PrintFacts, PrintTexts} from '../model.js';
import type {DrawOptions} from '../partner.js';
import type {FormatInfo} from '../formats.js';
import {sectionPictograms} from '../../src/content/pictograms.js';
import {
  badgeAndName,
  besidePictogram,
  callNumber,
  documentFrame,
  emergencyLine,
  factsLine,
  hotlineTerms,
  inlines,
  mm,
  partnerLine,
  phraseBox,
  qrBlock,
  qrPair,
  sharedQrBox,
} from '../parts.js';

const margin = mm(12);

/** Type sizes in points: [regular, large print]. Large print has no text under 16 pt, headings larger. */
const typeSizes = {
  title: [17, 28],
  tagline: [11, 18],
  hotline: [11, 18],
  number: [30, 40],
  terms: [10.5, 18],
  emergency: [9.5, 16],
  heading: [10.5, 20],
  caption: [8, 16],
  about: [7.5, 16],
  footer: [8.5, 16],
  phraseHu: [14, 24],
  phraseSays: [9.5, 16],
} satisfies Record<string, [number, number]>;

interface LeafletLook {
  large: boolean;
  footerHeight: number;
  qrSymbolPt: number;
  /** The codes' column beside the number; in large print the codes have a row of their own. */
  qrColumn: number | 'row';
  /** Where the partner line goes: in every page's footer, or once, under the hotline. */
  partnerIn: 'footer' | 'body';
  /** Room a heading needs below it: its own line and three lines of text, in points. */
  keepWithHeading: number;
  body: number;
  lineHeight: number;
  /** Margins grow with the type. */
  gap: number;
  /** "Say this in Hungarian" in two columns, or one where the type is large. */
  phraseColumns: 1 | 2;
}

const regular: LeafletLook = {
  large: false,
  footerHeight: mm(9),
  qrSymbolPt: mm(25),
  qrColumn: mm(38),
  partnerIn: 'footer',
  keepWithHeading: 14 + 3 * 11,
  body: 9,
  lineHeight: 1.2,
  gap: 1,
  phraseColumns: 2,
};

/**
 * Large print (Texas and California ask 16 pt for mandated trafficking notices; it is what
 * readers with low vision need). It never shrinks: it takes more pages instead.
 */
const large: LeafletLook = {
  large: true,
  footerHeight: mm(14),
  qrSymbolPt: mm(30),
  qrColumn: 'row',
  partnerIn: 'body',
  keepWithHeading: 23 + 3 * 20,
  body: 16,
  lineHeight: 1.25,
  gap: 1.5,
  phraseColumns: 1,
};

function leafletStyles(look: LeafletLook, scale: number): StyleDictionary {
  const size = (name: keyof typeof typeSizes) => typeSizes[name][look.large ? 1 : 0];
  const below = (points: number): [number, number, number, number] => [0, 0, 0, points * look.gap];
  const above = (points: number): [number, number, number, number] => [0, points * look.gap, 0, 0];
  return {
    title: {fontSize: size('title'), bold: true, lineHeight: 1.15, margin: below(4)},
    tagline: {fontSize: size('tagline'), lineHeight: 1.25, margin: below(12)},
    badgeLine: {fontSize: size('hotline'), margin: below(6)},
    badge: {fontSize: size('hotline')},
    hotlineName: {fontSize: size('hotline'), bold: true, lineHeight: 1.15, margin: below(8)},
    number: {fontSize: size('number')},
    terms: {fontSize: size('terms'), margin: above(6)},
    emergency: {fontSize: size('emergency'), margin: above(6)},
    caption: {fontSize: size('caption')},
    heading: {fontSize: size('heading') * Math.sqrt(scale), bold: true, lineHeight: 1.15},
    paragraph: {margin: below(3)},
    list: {margin: [4 * look.gap, 0, 0, 3 * look.gap]},
    section: {margin: below(4)},
    about: {fontSize: size('about'), margin: above(8)},
    factsLine: {fontSize: size('about')},
    partner: {fontSize: size('footer'), ...(look.partnerIn === 'body' ? {margin: below(10)} : {})},
    pageNumber: {fontSize: size('footer')},
    // The phrases keep their size at every text scale: they are read out, or shown, to someone else.
    phrases: {margin: below(14)},
    phrasesHeading: {fontSize: size('heading'), bold: true, lineHeight: 1.15, margin: below(5)},
    phrase: {margin: below(5)},
    phraseHu: {fontSize: size('phraseHu'), bold: true, lineHeight: 1.1},
    phraseSays: {fontSize: size('phraseSays'), lineHeight: 1.15},
  };
}

export function leaflet(facts: PrintFacts, [texts]: PrintTexts[], format: FormatInfo, options: DrawOptions = {}): TDocumentDefinitions {
  return drawLeaflet(regular, facts, texts, format, options);
}

export function leafletLarge(facts: PrintFacts, [texts]: PrintTexts[], format: FormatInfo, options: DrawOptions = {}): TDocumentDefinitions {
  return drawLeaflet(large, facts, texts, format, {...options, textScale: 1});
}

function blockContent(block: PrintBlock): Content {
  if ('paragraph' in block) return {text: inlines(block.paragraph), style: 'paragraph'};
  return {ul: block.list.map((item) => ({text: inlines(item)})), style: 'list'};
}

function hotlineBox(look: LeafletLook, facts: PrintFacts, texts: PrintTexts, format: FormatInfo): Content[] {
  const width = format.pagePt[0] - 2 * margin;
  const words: Content = {
    stack: [
      {text: badgeAndName(texts, texts.hotline.short), style: 'badgeLine'},
      {text: texts.hotline.name, style: 'hotlineName'},
      callNumber(facts, typeSizes.number[look.large ? 1 : 0]),
      {text: hotlineTerms(texts), style: 'terms'},
      emergencyLine(texts),
    ],
  };
  if (look.qrColumn === 'row') {
    return [
      {table: {widths: ['*'], body: [[words]]}, layout: 'leafletHotlineLarge', margin: [0, 0, 0, 12], unbreakable: true},
      {...qrPair(facts, texts, format.codes, look.qrSymbolPt, (width - 24) / 2, 24), margin: [0, 0, 0, 14], unbreakable: true},
    ];
  }
  const box = sharedQrBox(facts, format.codes, look.qrSymbolPt);
  const column = look.qrColumn;
  return [
    {
      table: {
        widths: ['*', ...format.codes.map(() => 'auto')],
        body: [[words, ...format.codes.map((target) => qrBlock(facts, texts, target, look.qrSymbolPt, column, box))]],
      },
      layout: 'leafletHotline',
      margin: [0, 0, 0, 14],
      unbreakable: true,
    },
  ];
}

function drawLeaflet(look: LeafletLook, facts: PrintFacts, texts: PrintTexts, format: FormatInfo, options: DrawOptions): TDocumentDefinitions {
  const scale = options.textScale ?? 1;
  // Each title with its pictogram before it (src/content/pictograms.ts), as on screen.
  const headingPt = typeSizes.heading[look.large ? 1 : 0] * Math.sqrt(scale);
  const sections: Content[] = texts.sections.map((section) => ({
    stack: [
      {
        ...besidePictogram(sectionPictograms[section.id], headingPt * 1.15, {text: section.title, style: 'heading'}, headingPt * 0.4),
        headlineLevel: 1,
        margin: [0, 5 * look.gap, 0, 2 * look.gap],
      },
      ...section.blocks.map(blockContent),
    ],
    style: 'section',
  }));

  // Where the facts come from, as of when, and whether a native speaker has checked the text.
  const about: Content = {
    stack: [{text: texts.sources}, factsLine(facts, texts, {review: true})],
    style: 'about',
  };
  const partner = partnerLine(texts.partner, options.partner);

  return documentFrame(facts, texts.locale, format, {
    pageMargins: [margin, margin, margin, margin + look.footerHeight],
    title: texts.title,
    subject: `${texts.hotline.name}: ${facts.phone.international}`,
    defaultStyle: {fontSize: look.body * scale, lineHeight: look.lineHeight},
    styles: leafletStyles(look, scale),
    content: [
      {text: texts.title, style: 'title'},
      {text: texts.tagline, style: 'tagline'},
      ...hotlineBox(look, facts, texts, format),
      // Never split across two pages.
      ...(partner && look.partnerIn === 'body' ? [{stack: [partner], unbreakable: true}] : []),
      // Beside the hotline, as on screen: what to say when someone answers in Hungarian.
      ...(texts.phrases ? [phraseBox(texts.phrases, look.phraseColumns)] : []),
      ...sections,
      about,
    ],
    // A heading never ends a page: when fewer than three lines of its text would follow it
    // there, it moves to the next page with them.
    pageBreakBefore: (node, context) => {
      if (node.headlineLevel !== 1) return false;
      const {verticalRatio, pageInnerHeight} = node.startPosition;
      return (1 - verticalRatio) * pageInnerHeight < look.keepWithHeading * scale || context.getFollowingNodesOnPage().length === 0;
    },
    footer: (currentPage, pageCount) => ({
      columns: [(look.partnerIn === 'footer' && partner) || {text: ''}, {text: `${currentPage} / ${pageCount}`, width: 'auto', style: 'pageNumber'}],
      margin: [margin, look.footerHeight / 2, margin, 0],
    }),
  });
}
