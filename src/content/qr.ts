/**
 * QR matrices, computed at build time (Node only) with `qrcode`. The widget draws them as
 * inline SVG and the PDFs as vector squares, so screen and paper carry the same code and
 * the browser never runs a QR encoder.
 */
import QRCode from 'qrcode';

/** M recovers from about 15% damage: enough for a creased, smudged poster. */
const errorCorrection = 'M';
/** The quiet zone the QR standard asks for, in modules. */
export const quietZoneModules = 4;

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

/**
 * One SVG path for all dark modules, with the quiet zone included in the coordinates:
 * the viewBox is `0 0 size+8 size+8`. Runs of dark modules in a row become one rectangle,
 * which keeps the path short.
 */
export function qrSvgPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < matrix.size; y++) {
    let x = 0;
    while (x < matrix.size) {
      if (!matrix.dark[y * matrix.size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < matrix.size && matrix.dark[y * matrix.size + x]) x++;
      parts.push(`M${start + quietZoneModules} ${y + quietZoneModules}h${x - start}v1h${start - x}z`);
    }
  }
  return parts.join('');
}
