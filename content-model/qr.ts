/**
 * QR matrices, computed at build time (Node only) with `qrcode`. The widget draws them as
 * inline SVG and the PDFs as vector squares, so screen and paper carry the same code and
 * the browser never runs a QR encoder.
 */
import QRCode from 'qrcode';
import {qrPath} from '../src/content/qr-path.js';

/**
 * The widget's level: M recovers from about 15% damage, and keeps the code the browser draws
 * small. Paper asks for more where it has room: each printed format names its level in
 * print/formats.ts.
 */
const errorCorrection = 'M';
/** The error-correction levels, weakest first: L 7%, M 15%, Q 25%, H 30% of the codewords. */
export const qrLevels = ['L', 'M', 'Q', 'H'] as const;
export type QrLevel = (typeof qrLevels)[number];

export interface QrMatrix {
  /** What the code encodes. */
  text: string;
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Row-major; true is a dark module. */
  dark: boolean[];
}

export function qrMatrix(text: string, level: QrLevel = errorCorrection): QrMatrix {
  const code = QRCode.create(text, {errorCorrectionLevel: level});
  const size = code.modules.size;
  const dark = Array.from({length: size * size}, (_, i) => code.modules.data[i] === 1);
  return {text, size, dark};
}

/** One SVG path for all dark modules (see qr-path.ts): the PDFs draw what the widget draws. */
export function qrSvgPath(matrix: QrMatrix): string {
  return qrPath(matrix.size, (index) => matrix.dark[index]);
}
