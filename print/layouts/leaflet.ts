/**
 * `leaflet-a4`: the whole guide on one or two A4 pages, portrait.
 *
 * The hotline comes first in a framed box with the large number and both QR codes; then
 * every section of the guide in the order of facts.yaml. The partner line, when given, and
 * the page number sit in the footer of each page.
 */
import type {GuideContent} from '../../content-model/types.js';
import type {LayoutOptions} from '../options.js';
import {awaitsReview} from '../../src/content/review.js';
import {badge, documentFrame, emergencyLine, factsLine, hotlineNumber, hotlineTerms, mm, partnerLine, qrBlock, sharedQrBox} from '../parts.js';
import type {Content, TDocumentDefinitions} from 'pdfmake/interfaces';
import {blockContent, hotlineId, localeTexts, phoneOf, printText} from '../text.js';

const margin = mm(12);
const footerHeight = mm(9);
const qrSymbolPt = mm(25);
const qrColumn = mm(38);
/** Room a heading needs below it: its own line and three lines of text, in points. */
const keepWithHeading = 14 + 3 * 11;

export function leaflet(content: GuideContent, locale: string, options: LayoutOptions = {}): TDocumentDefinitions {
  const texts = localeTexts(content, locale);
  const scale = options.textScale ?? 1;
  const body = 9 * scale;

  const qrBox = sharedQrBox(content, qrSymbolPt);
  const hotlineBox: Content = {
    table: {
      widths: ['*', 'auto', 'auto'],
      body: [
        [
          {
            stack: [
              {text: [badge(texts, 11), '  ', {text: texts.hotline.short, bold: true}], fontSize: 11, margin: [0, 0, 0, 6]},
              {text: texts.hotline.name, bold: true, fontSize: 11, lineHeight: 1.15, margin: [0, 0, 0, 8]},
              hotlineNumber(content, 30),
              {text: hotlineTerms(texts), fontSize: 10.5, margin: [0, 6, 0, 0]},
              {stack: [emergencyLine(content, texts, 9.5)], margin: [0, 6, 0, 0]},
            ],
          },
          qrBlock(content, texts, 'okit', qrSymbolPt, qrColumn, qrBox),
          qrBlock(content, texts, 'iom', qrSymbolPt, qrColumn, qrBox),
        ],
      ],
    },
    layout: {
      hLineWidth: () => 1.5,
      vLineWidth: (i) => (i === 0 || i === 3 ? 1.5 : 0),
      paddingLeft: (i) => (i === 0 ? 12 : 6),
      paddingRight: (i) => (i === 2 ? 12 : 6),
      paddingTop: () => 12,
      paddingBottom: () => 8,
    },
    margin: [0, 0, 0, 14],
    unbreakable: true,
  };

  const sections: Content[] = content.facts.sections.map((section) => {
    const sectionTexts = texts.sections[section.id];
    if (!sectionTexts) throw new Error(`content/${locale}/guide.yaml has no sections.${section.id}`);
    return {
      stack: [{text: sectionTexts.title, style: 'heading', headlineLevel: 1}, ...sectionTexts.blocks.map((block) => blockContent(content, texts, block))],
      margin: [0, 0, 0, 4],
    };
  });

  // Where the facts come from, as of when, and whether a native speaker has checked the text.
  const about: Content = {
    stack: [
      {text: texts.about.sources, fontSize: 7.5},
      factsLine(content, texts, options.version, 7.5),
      ...(awaitsReview(texts) ? [{text: texts.about.unreviewed, fontSize: 7.5}] : []),
    ],
    margin: [0, 8, 0, 0],
  };
  const partner = partnerLine(texts, options.partner, 8.5);
  const phone = phoneOf(content, hotlineId);

  return documentFrame(content, texts, {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [margin, margin, margin, margin + footerHeight],
    title: texts.title,
    subject: `${texts.hotline.name}: ${phone.international}`,
    defaultStyle: {fontSize: body, lineHeight: 1.2},
    styles: {
      title: {fontSize: 17, bold: true, lineHeight: 1.15, margin: [0, 0, 0, 4]},
      tagline: {fontSize: 11, lineHeight: 1.25, margin: [0, 0, 0, 12]},
      heading: {fontSize: 10.5 * Math.sqrt(scale), bold: true, lineHeight: 1.15, margin: [0, 5, 0, 2]},
      paragraph: {margin: [0, 0, 0, 3]},
      list: {margin: [4, 0, 0, 3]},
    },
    content: [{text: texts.title, style: 'title'}, {text: printText(texts, 'tagline'), style: 'tagline'}, hotlineBox, ...sections, about],
    // A heading never ends a page: when fewer than three lines of its text would follow it
    // there, it moves to the next page with them.
    pageBreakBefore: (node, context) => {
      if (node.headlineLevel !== 1) return false;
      const {verticalRatio, pageInnerHeight} = node.startPosition;
      return (1 - verticalRatio) * pageInnerHeight < keepWithHeading * scale || context.getFollowingNodesOnPage().length === 0;
    },
    footer: (currentPage, pageCount) => ({
      columns: [partner ?? {text: ''}, {text: `${currentPage} / ${pageCount}`, width: 'auto', fontSize: 8.5}],
      margin: [margin, footerHeight / 2, margin, 0],
    }),
  });
}
