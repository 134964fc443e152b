/**
 * `card-a6`: the hotline and the essentials on one A6 page, portrait. A card to hand over
 * or leave on a counter: what to do (call), the number, when and for how much, and the two
 * codes.
 */
import type {GuideContent} from '../../content-model/types.js';
import type {LayoutOptions} from '../options.js';
import {badge, documentFrame, emergencyLine, factsLine, hotlineNumber, hotlineTerms, mm, partnerLine, qrPair, summaryText} from '../parts.js';
import type {Content, TDocumentDefinitions} from 'pdfmake/interfaces';
import {hotlineId, localeTexts, phoneOf, printText} from '../text.js';

const margin = mm(10.5);
const width = 297.64 - 2 * margin;
const qrSymbolPt = mm(21);

export function card(content: GuideContent, locale: string, options: LayoutOptions = {}): TDocumentDefinitions {
  const texts = localeTexts(content, locale);
  const scale = options.textScale ?? 1;
  const phone = phoneOf(content, hotlineId);
  const partner = partnerLine(texts, options.partner, 7.5);

  const hotline: Content = {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              {
                columns: [
                  {text: printText(texts, 'call'), fontSize: 10, width: '*'},
                  {text: [badge(texts, 10), '  ', {text: texts.hotline.short, bold: true}], fontSize: 10, width: 'auto'},
                ],
                columnGap: 6,
              },
              hotlineNumber(content, 24),
              {text: hotlineTerms(texts), fontSize: 9 * scale, lineHeight: 1.2, margin: [0, 4, 0, 2]},
              {text: texts.hotline.name, fontSize: 7.5 * scale, lineHeight: 1.1},
            ],
          },
        ],
      ],
    },
    layout: {hLineWidth: () => 1.5, vLineWidth: () => 1.5, paddingLeft: () => 9, paddingRight: () => 9, paddingTop: () => 8, paddingBottom: () => 7},
    margin: [0, 0, 0, 6],
  };

  const body: Content[] = [
    {text: printText(texts, 'headline'), fontSize: 15 * scale, bold: true, lineHeight: 1.1, margin: [0, 0, 0, 3]},
    // Space is short: the hotline section's plain-language summary, not its full text.
    {text: summaryText(content, texts, 'hotline'), fontSize: 8.5 * scale, lineHeight: 1.15, margin: [0, 0, 0, 6]},
    hotline,
    {stack: [emergencyLine(content, texts, 8 * scale)], margin: [0, 0, 0, 6]},
    qrPair(content, texts, qrSymbolPt, (width - 8) / 2, 8),
  ];
  if (partner) body.push({stack: [partner], margin: [0, 6, 0, 0]});
  body.push({stack: [factsLine(content, texts, options.version, 6)], margin: [0, 4, 0, 0]});

  return documentFrame(content, texts, {
    pageSize: 'A6',
    pageOrientation: 'portrait',
    pageMargins: [margin, margin, margin, margin],
    title: `${texts.hotline.short}: ${phone.international}`,
    subject: `${printText(texts, 'headline')} ${texts.hotline.name}`,
    content: body,
    // The IOM caption is the seed's whole description of the page, and it must fit beside the okit.hu one.
    styles: {caption: {fontSize: 7 * scale, lineHeight: 1.1}},
  });
}
