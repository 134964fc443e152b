/**
 * `card-a6`: the hotline and the essentials on one A6 page, portrait. A card to hand over
 * or leave on a counter: what to do (call), the number, when and for how much, and the two
 * codes. In every language but Hungarian its back is "Say this in Hungarian".
 */
import type {Content, TDocumentDefinitions} from 'pdfmake/interfaces';
import type {PrintFacts, PrintTexts} from '../model.js';
import type {DrawOptions} from '../partner.js';
import type {FormatInfo} from '../formats.js';
import {textScales} from '../text-scales.js';
import {badgeAndName, callNumber, documentFrame, emergencyLine, factsLine, hotlineTerms, mm, partnerLine, phraseBox, qrPair, summaryLine} from '../parts.js';

const margin = mm(10.5);
const smallestScale = Math.min(...textScales);
const qrSymbolPt = mm(21);
const numberPt = 24;

export function card(facts: PrintFacts, [texts]: PrintTexts[], format: FormatInfo, options: DrawOptions = {}): TDocumentDefinitions {
  const width = format.pagePt[0] - 2 * margin;
  const scale = options.textScale ?? 1;
  const partner = partnerLine(texts.partner, options.partner);

  const hotline: Content = {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              {
                columns: [
                  {text: texts.call, style: 'call', width: '*'},
                  {text: badgeAndName(texts, texts.hotline.short), style: 'call', width: 'auto'},
                ],
                columnGap: 6,
              },
              callNumber(facts, numberPt),
              {text: hotlineTerms(texts), style: 'terms'},
              {text: texts.hotline.name, style: 'hotlineName'},
            ],
          },
        ],
      ],
    },
    layout: 'cardFrame',
    margin: [0, 0, 0, 6],
  };

  const body: Content[] = [
    {text: texts.headline, style: 'headline'},
    // Space is short: the hotline section's plain-language summary, not its full text.
    summaryLine(texts),
    hotline,
    emergencyLine(texts),
    qrPair(facts, texts, format.codes, qrSymbolPt, (width - 8) / 2, 8),
  ];
  if (partner) body.push(partner);
  body.push(factsLine(facts, texts));
  // The back, in every language but Hungarian: the side a reader shows, or reads out, to the
  // person who answers the phone or opens the door.
  if (texts.phrases) body.push({stack: [phraseBox(texts.phrases, 1)], headlineLevel: 1});

  return documentFrame(facts, texts.locale, format, {
    pageMargins: [margin, margin, margin, margin],
    title: `${texts.hotline.short}: ${facts.phone.international}`,
    subject: `${texts.headline} ${texts.hotline.name}`,
    content: body,
    // The phrases start the back. The front's last lines may run onto the back before them only
    // at the smallest text size, where a long translation with the partner's line (mn, ru) has
    // no other way to fit; at every other size the renderer shrinks the front to one side first.
    pageBreakBefore: (node) => node.headlineLevel === 1 && (scale > smallestScale || node.startPosition.pageNumber === 1),
    styles: {
      headline: {fontSize: 15 * scale, bold: true, lineHeight: 1.1, margin: [0, 0, 0, 3]},
      summary: {fontSize: 8.5 * scale, lineHeight: 1.15, margin: [0, 0, 0, 6]},
      call: {fontSize: 10},
      badge: {fontSize: 10},
      number: {fontSize: numberPt},
      terms: {fontSize: 9 * scale, lineHeight: 1.2, margin: [0, 4, 0, 2]},
      hotlineName: {fontSize: 7.5 * scale, lineHeight: 1.1},
      emergency: {fontSize: 8 * scale, margin: [0, 0, 0, 6]},
      // The IOM caption is the seed's whole description of the page, and it must fit beside the okit.hu one.
      caption: {fontSize: 7 * scale, lineHeight: 1.1},
      partner: {fontSize: 7.5, margin: [0, 6, 0, 0]},
      factsLine: {fontSize: 6, margin: [0, 4, 0, 0]},
      // A side of its own: the Hungarian large enough to show across a counter, at every text scale.
      phrasesHeading: {fontSize: 13, bold: true, lineHeight: 1.15, margin: [0, 0, 0, 10]},
      phrase: {margin: [0, 0, 0, 10]},
      phraseHu: {fontSize: 17, bold: true, lineHeight: 1.1, margin: [0, 0, 0, 2]},
      phraseSays: {fontSize: 10.5, lineHeight: 1.15},
    },
  });
}
