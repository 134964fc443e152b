/**
 * QR matrices, computed at build time (Node only) with `qrcode`. The widget draws them as
 * inline SVG and the PDFs as vector squares, so screen and paper carry the same code and
 * the browser never runs a QR encoder.
 */
import QRCode from 'qrcode';
import {qrPath} from '../src/content/qr-path.js';

/** M recovers from about 15% damage: enough for a creased, smudged poster. */
const errorCorrection = 'M';

export interface QrMatrix {
  /** What the code encodes. */
  text: string;
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Row-major; true is a dark module. */
  dark: boolean[];
}

export function qrMatrix(text: string): QrMatrix {
  const code = QRCode.create(text, {errorCorrectionLevel: errorCorrection});
  const size = code.modules.size;
  const dark = Array.from({length: size * size}, (_, i) => code.modules.data[i] === 1);
  return {text, size, dark};
}

/** One SVG path for all dark modules (see qr-path.ts): the PDFs draw what the widget draws. */
export function qrSvgPath(matrix: QrMatrix): string {
  return qrPath(matrix.size, (index) => matrix.dark[index]);
}
