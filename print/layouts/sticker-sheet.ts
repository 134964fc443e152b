/**
 * Sticker sheets: the same label over and over on a sheet of self-adhesive labels, to stick
 * where a person under control may be alone for a minute (inside a toilet stall, on the back
 * of a door, beside a mirror). Each label carries the hotline's number, large, "0-24", OKIT's
 * name, that it is free from Hungary, and a code to okit.hu; the ordinary label adds whom the
 * line is for ("For victims of human trafficking"), the discreet one leaves that out and says
 * only what the seed's own hotline card says, for places where someone else reads it too.
 *
 * The sheet's geometry (page, first label, pitch, label size, safe margin) and the code's size
 * are the format's (formats.ts); this module reads them and draws nothing of its own size.
 * The labels are the cells of one table with fixed row heights, so text that does not fit a
 * label makes its row taller, which pushes the last row onto a second page: the build then
 * shrinks the text or fails with the reason (render.ts), and nothing is ever cut by a label's
 * edge. The codes are placed absolutely, each in its label's bottom right corner (their white
 * quiet zone may reach into the safe margin; no ink does).
 */
import type {Content, ContentSvg, TableCell, TDocumentDefinitions} from 'pdfmake/interfaces';
import type {PrintFacts, PrintTexts} from '../model.js';
import type {FormatInfo} from '../formats.js';
import type {DrawOptions} from '../partner.js';
import {badgeAndName, documentFrame, factsLine, hotlineNumber, mm, partnerLine} from '../parts.js';
import {placeQr, qrNode} from '../qr.js';

/** A sheet of labels in a regular grid, in millimetres from the page's top left corner. */
export interface LabelSheet {
  columns: number;
  rows: number;
  /** One label: width, height. */
  labelMm: [number, number];
  /** The first label's top left corner: from the page's left edge, from its top edge. */
  originMm: [number, number];
  /** From one label's corner to the next one's: across, down (the label plus the gap). */
  pitchMm: [number, number];
  /** No ink closer than this to a label's edge: a label may sit a little off where the printer puts the page. */
  safeMm: number;
}

/** The number's size: as large as the label's width allows, at most this (its line must stay above the code). */
const numberMaxPt = 18;
const badgePt = 7.5;
/** The number's width in ems in Roboto Medium ("+36 80 20 55 20": ten digits of 0.56, a plus, four spaces), with room to spare. */
const numberEms = 7.4;
const numberSpacingPt = 0.5;

/** Each label's top left corner on the page, in points, row by row. */
export function labelCorners(sheet: LabelSheet): {x: number; y: number}[] {
  const corners: {x: number; y: number}[] = [];
  for (let row = 0; row < sheet.rows; row++) {
    for (let column = 0; column < sheet.columns; column++) {
      corners.push({x: mm(sheet.originMm[0] + column * sheet.pitchMm[0]), y: mm(sheet.originMm[1] + row * sheet.pitchMm[1])});
    }
  }
  return corners;
}

export function stickerSheet(facts: PrintFacts, [texts]: PrintTexts[], format: FormatInfo, options: DrawOptions = {}): TDocumentDefinitions {
  if (!format.labels) throw new Error(`${format.id} has no label geometry; give it labels: in print/formats.ts`);
  const {labels: sheet} = format;
  const t = options.textScale ?? 1;
  const [labelW, labelH] = [mm(sheet.labelMm[0]), mm(sheet.labelMm[1])];
  const [pitchX, pitchY] = [mm(sheet.pitchMm[0]), mm(sheet.pitchMm[1])];
  const safe = mm(sheet.safeMm);
  const qr = placeQr(facts.codes.okit, mm(format.qr.symbolMm));
  // The white quiet zone may reach into the safe margin, the symbol may not; and the white
  // stays half a millimetre off the edge, for a label cut a little off, stuck on a dark door.
  const qrInset = Math.max(mm(0.5), safe - qr.quietPt);
  const textWidth = labelW - safe - qrInset - qr.outerPt;
  const numberPt = Math.min(numberMaxPt, (labelW - 2 * safe - 15 * numberSpacingPt) / numberEms);

  const partner = partnerLine(texts.partner, options.partner);
  const lines: Content[] = [
    ...(format.discreet ? [] : [{text: texts.sticker, style: 'sticker'}]),
    // pdfmake sets a line's leading space left of the margin, and the badge's black bar with
    // it: a quarter em (Roboto's space) of margin keeps the bar off the safe margin.
    {text: badgeAndName(texts, texts.hotline.short), style: 'badgeLine', margin: [0.25 * badgePt * t, 0, 0, 0.5]},
    {text: texts.hotline.name, style: 'name'},
    {text: texts.hotline.free, style: 'free'},
    ...(partner ? [partner] : []),
    factsLine(facts, texts),
  ];
  // A fresh node for every label: pdfmake writes its measurements into the nodes it lays out.
  const label = (): TableCell => ({
    stack: [
      {...hotlineNumber(facts), fontSize: numberPt, margin: [safe, safe, safe, 0]},
      // The right margin keeps the text off the code's box; the bottom one keeps it off the label's edge.
      {stack: structuredClone(lines), margin: [safe, 0.5, labelW - safe - textWidth + mm(1), safe]},
    ],
  });

  const gapX = pitchX - labelW;
  const gapY = pitchY - labelH;
  const widths: number[] = [];
  for (let column = 0; column < sheet.columns; column++) widths.push(...(column > 0 && gapX > 0 ? [gapX] : []), labelW);
  const body: TableCell[][] = [];
  const heights: number[] = [];
  for (let row = 0; row < sheet.rows; row++) {
    if (row > 0 && gapY > 0) {
      body.push(widths.map(() => ''));
      heights.push(gapY);
    }
    body.push(widths.map((width) => (width === labelW ? label() : '')));
    heights.push(labelH);
  }

  const [left, top] = [mm(sheet.originMm[0]), mm(sheet.originMm[1])];
  const [pageW, pageH] = format.pagePt;
  const right = pageW - left - (sheet.columns - 1) * pitchX - labelW;
  // A hair of room under the last row, so that rounding alone never pushes it onto a new page.
  const bottom = pageH - top - (sheet.rows - 1) * pitchY - labelH - 0.1;

  const codes: ContentSvg[] = labelCorners(sheet).map((corner) => ({
    ...qrNode(qr, qr.outerPt),
    absolutePosition: {x: corner.x + labelW - qrInset - qr.outerPt, y: corner.y + labelH - qrInset - qr.outerPt},
  }));

  return documentFrame(facts, texts.locale, format, {
    pageMargins: [left, top, right, bottom],
    // Discreet or not, the file's properties name the line and its number, nothing more.
    title: `${texts.hotline.short}: ${facts.phone.international}`,
    subject: format.discreet ? texts.hotline.name : `${texts.sticker}: ${texts.hotline.name}`,
    content: [
      {
        table: {widths, heights, body, dontBreakRows: true},
        layout: {hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0},
      },
      ...codes,
    ],
    styles: {
      sticker: {fontSize: 6.5 * t, bold: true, lineHeight: 1.05, margin: [0, 0, 0, 1]},
      badgeLine: {fontSize: badgePt * t, lineHeight: 1.15},
      badge: {fontSize: badgePt * t},
      name: {fontSize: 5.5 * t, lineHeight: 1.05, margin: [0, 0, 0, 1]},
      free: {fontSize: 6.5 * t, bold: true, lineHeight: 1.05},
      partner: {fontSize: 5 * t, lineHeight: 1.1, margin: [0, 1.5, 0, 0]},
      factsLine: {fontSize: 4.5 * t, margin: [0, 1.5, 0, 0]},
    },
  });
}
