/**
 * QR placement rules for paper.
 *
 * The codes are drawn from the same matrices as the widget's (`content-model/qr.ts`, error
 * correction M), carried in the print model as one vector SVG path, so screen and paper carry
 * the same code. On paper a code must be at least 2 cm across (a phone camera focuses on it at
 * arm's length) and must keep 4 modules of white around it; both are enforced here, not left
 * to each layout.
 */
import type {Column, Content, ContentSvg} from 'pdfmake/interfaces';
import type {PrintQr} from './model.js';
import {ink, paper} from './styles.js';
import {quietZoneModules} from '../src/content/qr-path.js';

const pointsPerCm = 72 / 2.54;
/** The smallest printed symbol (without its quiet zone): 2 cm. */
export const minSymbolPt = 2 * pointsPerCm;
/** The quiet zone, in modules (src/content/qr-path.ts): the model's paths include it. */
export {quietZoneModules};

export interface QrPlacement {
  code: PrintQr;
  /** Width of one module, in points. */
  modulePt: number;
  /** The symbol alone (the dark modules' square), in points. */
  symbolPt: number;
  /** The white margin on each side, in points: `quietZoneModules` modules. */
  quietPt: number;
  /** Symbol plus quiet zone on both sides: the room the code takes on the page. */
  outerPt: number;
}

/**
 * Sizes a code so that its symbol is `symbolPt` wide (at least 2 cm) with the full quiet
 * zone around it. Throws if a layout asks for less: a code too small to scan is worse than
 * none, because a reader trusts it.
 */
export function placeQr(code: PrintQr, symbolPt: number): QrPlacement {
  if (!(symbolPt >= minSymbolPt)) {
    throw new RangeError(`a printed QR code must be at least 2 cm (${minSymbolPt.toFixed(1)} pt) wide; the layout asked for ${symbolPt.toFixed(1)} pt`);
  }
  const modulePt = symbolPt / code.size;
  const quietPt = quietZoneModules * modulePt;
  return {code, modulePt, symbolPt, quietPt, outerPt: symbolPt + 2 * quietPt};
}

/** Marks the SVG of a code so that tests can find every code in a document definition. */
export const qrMarker = 'data-kiut-qr';

/**
 * The code as an SVG node `boxPt` wide (at least `outerPt`): a white square (the quiet zone,
 * explicit so that nothing can be drawn under it, widened when codes side by side share one
 * box size) and the dark modules as one path. It links to its URL in the PDF, for readers
 * who open the file on a screen.
 */
export function qrNode(placement: QrPlacement, boxPt: number): ContentSvg {
  const {code, modulePt, outerPt} = placement;
  const box = Math.max(boxPt, outerPt);
  const side = box / modulePt;
  const shift = (side - code.size - 2 * quietZoneModules) / 2;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" ${qrMarker}="${code.size}" viewBox="0 0 ${side} ${side}" width="${box}" height="${box}">` +
    `<rect x="0" y="0" width="${side}" height="${side}" fill="${paper}"/>` +
    `<path transform="translate(${shift} ${shift})" d="${code.path}" fill="${ink}"/>` +
    `</svg>`;
  return {svg, width: box, height: box, link: code.url};
}

/** A code with its caption under it, centred in a column `width` wide (default: the code's box). */
export function qrWithCaption(placement: QrPlacement, caption: Content[], width?: number, boxPt?: number): Column {
  const box = Math.max(boxPt ?? 0, placement.outerPt);
  return {
    width: Math.max(width ?? 0, box),
    stack: [
      {...qrNode(placement, box), alignment: 'center'},
      // The box ends where the quiet zone does; Vietnamese stacks marks above a line's ascent (ủ, ố).
      {stack: caption, style: 'caption', alignment: 'center', margin: [0, 2, 0, 0]},
    ],
  };
}
