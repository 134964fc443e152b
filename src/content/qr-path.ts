/** The quiet zone the QR standard asks for around a code, in modules: screen and paper keep it. */
export const quietZoneModules = 4;

/**
 * A QR code's dark modules as one SVG path, with the quiet zone included in the coordinates:
 * the viewBox is `0 0 size+8 size+8`. Runs of dark modules in a row become one
 * rectangle, which keeps the path short. Pure, so the widget (in the browser, from the bits
 * computed at build time) and the PDFs (in Node) draw the very same path.
 */
export function qrPath(size: number, dark: (index: number) => boolean): string {
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size;) {
      if (!dark(y * size + x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && dark(y * size + x)) x++;
      path += `M${start + quietZoneModules} ${y + quietZoneModules}h${x - start}v1h${start - x}z`;
    }
  }
  return path;
}

/** The dark modules, row-major, as hexadecimal digits (4 modules a digit): 111 characters for okit.hu. */
export function qrBits(dark: readonly boolean[]): string {
  let hex = '';
  for (let i = 0; i < dark.length; i += 4) hex += ((dark[i] ? 8 : 0) | (dark[i + 1] ? 4 : 0) | (dark[i + 2] ? 2 : 0) | (dark[i + 3] ? 1 : 0)).toString(16);
  return hex;
}

/** Whether module `index` is dark, read from `qrBits`' digits. */
export function bitAt(hex: string, index: number): boolean {
  return ((parseInt(hex[index >> 2], 16) >> (3 - (index & 3))) & 1) === 1;
}
