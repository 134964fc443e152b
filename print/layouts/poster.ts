/**
 * `poster-a4` and `poster-a3`: a poster for a notice board, portrait. A big headline, the
 * number, both codes, and a row of tear-off strips along the bottom edge. Each strip carries
 * the number and okit.hu, turned 90° like a real tear-off strip, with dashed cut lines
 * between the strips and along the fold above them.
 *
 * A3 is the A4 design scaled by √2, except the strips: they keep a pocket size, and the
 * wider sheet simply holds more of them.
 */
import {displayUrl} from '../../src/content/tokens.js';
import type {GuideContent} from '../../content-model/types.js';
import {fontFamily, ink} from '../fonts.js';
import type {LayoutOptions} from '../options.js';
import {badge, documentFrame, emergencyLine, factsLine, hotlineNumber, hotlineTerms, mm, partnerLine, qrPair, summaryText} from '../parts.js';
import type {Content, ContentSvg, TDocumentDefinitions} from 'pdfmake/interfaces';
import {hotlineId, localeTexts, phoneOf, printText, urlOf} from '../text.js';

interface PosterSize {
  pageSize: 'A4' | 'A3';
  widthPt: number;
  /** Type and codes scale with the sheet. */
  scale: number;
  strip: {width: number; height: number; number: number; url: number};
}

const a4: PosterSize = {pageSize: 'A4', widthPt: 595.28, scale: 1, strip: {width: mm(17), height: mm(50), number: 13, url: 11}};
const a3: PosterSize = {pageSize: 'A3', widthPt: 841.89, scale: Math.SQRT2, strip: {width: mm(19), height: mm(56), number: 14, url: 12}};

const margin = mm(12);

export function posterA4(content: GuideContent, locale: string, options: LayoutOptions = {}): TDocumentDefinitions {
  return poster(a4, content, locale, options);
}

export function posterA3(content: GuideContent, locale: string, options: LayoutOptions = {}): TDocumentDefinitions {
  return poster(a3, content, locale, options);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The strips as one SVG: pdfmake turns only SVG text, and SVG `<text>` is set in the
 * document's own embedded Roboto, so the strips stay real, searchable text.
 */
function tearOffStrips(number: string, url: string, width: number, size: PosterSize['strip']): {node: ContentSvg; count: number} {
  const count = Math.floor(width / size.width);
  const w = width / count;
  const h = size.height;
  const parts: string[] = [];
  const dash = 'stroke="#000" stroke-width="0.75" stroke-dasharray="4 3" fill="none"';
  // The fold above the strips, then a cut line at each edge of each strip.
  parts.push(`<line x1="0" y1="0.5" x2="${width}" y2="0.5" ${dash}/>`);
  for (let i = 0; i <= count; i++) {
    const x = Math.min(Math.max(i * w, 0.5), width - 0.5);
    parts.push(`<line x1="${x}" y1="0.5" x2="${x}" y2="${h}" ${dash}/>`);
  }
  const lineGap = (size.number + size.url) * 0.62;
  for (let i = 0; i < count; i++) {
    const cx = i * w + w / 2;
    const cy = h / 2;
    // Read from the bottom up, as on most tear-off strips: turn -90° about the strip's centre.
    parts.push(
      `<g transform="translate(${cx} ${cy}) rotate(-90)">` +
        `<text x="0" y="${-lineGap / 2 + size.number * 0.35}" font-family="${fontFamily}" font-weight="bold" font-size="${size.number}" text-anchor="middle" fill="${ink}">${escapeXml(number)}</text>` +
        `<text x="0" y="${lineGap / 2 + size.url * 0.35}" font-family="${fontFamily}" font-size="${size.url}" text-anchor="middle" fill="${ink}">${escapeXml(url)}</text>` +
        `</g>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}">${parts.join('')}</svg>`;
  return {node: {svg, width, height: h}, count};
}

function poster(size: PosterSize, content: GuideContent, locale: string, options: LayoutOptions): TDocumentDefinitions {
  const texts = localeTexts(content, locale);
  const s = size.scale;
  const t = s * (options.textScale ?? 1);
  const width = size.widthPt - 2 * margin;
  const phone = phoneOf(content, hotlineId);
  const okitUrl = displayUrl(urlOf(content, hotlineId));
  const partner = partnerLine(texts, options.partner, 11 * s);

  const strips = tearOffStrips(phone.international, okitUrl, width, size.strip);
  const tearLabel: Content = {text: printText(texts, 'tear-off'), fontSize: 10 * s, bold: true, margin: [0, 0, 0, 4 * s]};
  const footerHeight = 10 * s * 1.25 + 4 * s + size.strip.height;

  const body: Content[] = [
    {text: printText(texts, 'headline'), fontSize: 36 * t, bold: true, lineHeight: 1.08, margin: [0, 0, 0, 8 * s]},
    {text: printText(texts, 'tagline'), fontSize: 15 * t, lineHeight: 1.2, margin: [0, 0, 0, 14 * s]},
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                {text: [badge(texts, 15 * s), '  ', {text: texts.hotline.name, bold: true}], fontSize: 13 * t, lineHeight: 1.2, margin: [0, 0, 0, 8 * s]},
                {text: printText(texts, 'call'), fontSize: 16 * t},
                hotlineNumber(content, 50 * s),
                {text: hotlineTerms(texts), fontSize: 14 * t, lineHeight: 1.25, margin: [0, 6 * s, 0, 0]},
              ],
            },
          ],
        ],
      },
      layout: {
        hLineWidth: () => 2.5 * s,
        vLineWidth: () => 2.5 * s,
        paddingLeft: () => 16 * s,
        paddingRight: () => 16 * s,
        paddingTop: () => 12 * s,
        paddingBottom: () => 12 * s,
      },
      margin: [0, 0, 0, 10 * s],
    },
    {stack: [emergencyLine(content, texts, 12 * t)], margin: [0, 0, 0, 6 * s]},
    // Space is short: the hotline section's plain-language summary, not its full text.
    {text: summaryText(content, texts, 'hotline'), fontSize: 11 * t, lineHeight: 1.2, margin: [0, 0, 0, 12 * s]},
    qrPairCentered(content, texts, s, width),
  ];
  if (partner) body.push({stack: [partner], margin: [0, 10 * s, 0, 0]});
  body.push({stack: [factsLine(content, texts, options.version, 8 * s)], margin: [0, 8 * s, 0, 0]});

  return documentFrame(content, texts, {
    pageSize: size.pageSize,
    pageOrientation: 'portrait',
    pageMargins: [margin, margin, margin, margin + footerHeight + 8 * s],
    title: `${printText(texts, 'headline')} ${phone.international}`,
    subject: `${texts.hotline.name}: ${phone.international}`,
    styles: {caption: {fontSize: 9.5 * t, lineHeight: 1.15}},
    content: body,
    footer: {stack: [tearLabel, strips.node], margin: [margin, 8 * s, margin, 0]},
  });
}

function qrPairCentered(content: GuideContent, texts: ReturnType<typeof localeTexts>, s: number, width: number): Content {
  const column = Math.min(mm(62) * s, (width - 20 * s) / 2);
  return {columns: [{width: '*', text: ''}, {width: 2 * column + 20 * s, stack: [qrPair(content, texts, mm(40) * s, column, 20 * s)]}, {width: '*', text: ''}]};
}
