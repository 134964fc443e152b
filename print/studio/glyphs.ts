/**
 * Which characters a font can draw, read from the font file itself: its `cmap` table, the map
 * from code points to glyphs that pdfmake's font engine uses too. A character the font maps to
 * no glyph prints as an empty box, so the studio refuses it at the field (studio.ts) instead.
 * It reads any TrueType or OpenType file in the studio's fonts, whatever scripts it covers.
 * The print build reads Roboto's with it too, to give what Roboto lacks to the CJK font.
 */

/** The code point ranges a font maps to a glyph, sorted by start; `[first, last]` inclusive. */
export type Coverage = [number, number][];

const tag = (bytes: DataView, at: number) => String.fromCharCode(...[0, 1, 2, 3].map((i) => bytes.getUint8(at + i)));

/** Reads the font's cmap: a format 12 subtable (every plane) if it has one, else format 4 (the BMP). */
export function coverageOf(font: Uint8Array, name = 'the font'): Coverage {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) if (tag(view, 12 + 16 * i) === 'cmap') cmap = view.getUint32(12 + 16 * i + 8);
  if (cmap < 0) throw new Error(`${name} has no cmap table: it is not a TrueType or OpenType font`);
  const subtables = Array.from({length: view.getUint16(cmap + 2)}, (_, i) => cmap + view.getUint32(cmap + 4 + 8 * i + 4));
  const format12 = subtables.find((at) => view.getUint16(at) === 12);
  if (format12 !== undefined) {
    return Array.from({length: view.getUint32(format12 + 12)}, (_, i): [number, number] => {
      const group = format12 + 16 + 12 * i;
      // A group that starts at glyph 0 maps its first code point to "no glyph".
      const first = view.getUint32(group) + (view.getUint32(group + 8) === 0 ? 1 : 0);
      return [first, view.getUint32(group + 4)];
    }).filter(([first, last]) => first <= last);
  }
  const format4 = subtables.find((at) => view.getUint16(at) === 4);
  if (format4 === undefined) throw new Error(`${name}'s cmap has no Unicode subtable of format 4 or 12`);
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const ranges: Coverage = [];
  for (let s = 0; s < segments; s++) {
    const start = view.getUint16(starts + 2 * s);
    const end = view.getUint16(ends + 2 * s);
    const delta = view.getUint16(deltas + 2 * s);
    const rangeOffset = view.getUint16(rangeOffsets + 2 * s);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      const index = rangeOffset === 0 ? code : view.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
      const glyph = index === 0 && rangeOffset !== 0 ? 0 : (index + delta) & 0xffff;
      if (glyph === 0) continue;
      const last = ranges.at(-1);
      if (last && last[1] === code - 1) last[1] = code;
      else ranges.push([code, code]);
    }
  }
  return ranges;
}

export function covers(coverage: Coverage, codePoint: number): boolean {
  return coverage.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/**
 * The distinct characters of `text` that no family of fonts can draw, in the order they come.
 * A family (Roboto, Noto Sans SC) draws a character when each of its files (regular, bold)
 * has it: the sheet may set it in either weight.
 */
export function undrawable(text: string, families: Coverage[][]): string[] {
  const drawn = (code: number) => families.some((files) => files.every((file) => covers(file, code)));
  return [...new Set(text)].filter((character) => !drawn(character.codePointAt(0) ?? 0));
}

/** A base64 font file (as fonts.js carries it) as bytes. */
export function fromBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}
