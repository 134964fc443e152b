/**
 * Noto Sans SC for print (Node: the CLI, the studio's build, the tests), cut to the characters
 * of the print model that Roboto cannot draw. The whole Chinese font is over a megabyte a
 * weight; the print texts use some five hundred characters, about 120 KB a weight, which keeps
 * each PDF and the studio's fonts.js small. The source is @fontsource/noto-sans-sc's
 * "chinese-simplified" file (SIL Open Font License 1.1), the one of its files that holds the
 * common Simplified Chinese characters whole (the others are slices for browsers).
 *
 * The studio carries these very files (its fonts.js), so it makes the CLI's bytes.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {PrintModel} from './model.js';
import {coverageOf, covers, type Coverage} from './studio/glyphs.js';
import {cjkFontFiles} from './styles.js';
import {subsetFont} from './subset-font.js';

const require = createRequire(import.meta.url);

/** The font's weight for each of pdfmake's variants (styles.ts says why Medium is the bold). */
const weights: Record<keyof typeof cjkFontFiles, number> = {normal: 400, bold: 500};

/** The source file of a weight, in @fontsource/noto-sans-sc. */
export const cjkSourceFile = (weight: number) => require.resolve(`@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-${weight}-normal.woff2`);

const codePoint = (character: string) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Every character of a language's print texts, from its JSON: keys and structure are ASCII, which Roboto draws. */
const charactersOf = (value: unknown) => new Set(JSON.stringify(value));

/**
 * The characters of the model that Roboto cannot draw, sorted by code point (the same set
 * gives the same files), with the languages each one comes from.
 */
export function cjkCharacters(model: PrintModel, roboto: Coverage[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const texts of model.languages) {
    for (const character of charactersOf(texts)) {
      const code = character.codePointAt(0) ?? 0;
      if (code < 0x20 || roboto.every((file) => covers(file, code))) continue;
      found.set(character, [...(found.get(character) ?? []), texts.locale]);
    }
  }
  return new Map([...found].sort(([a], [b]) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)));
}

/**
 * The CJK font files for a model, by file name. A character neither Roboto nor Noto Sans SC
 * draws would print as nothing, so it stops the build, naming its language's file.
 */
export async function cjkFonts(model: PrintModel, roboto: Coverage[]): Promise<Record<string, Buffer>> {
  const characters = cjkCharacters(model, roboto);
  const text = [...characters.keys()].join('');
  const files: Record<string, Buffer> = {};
  for (const [variant, name] of Object.entries(cjkFontFiles) as [keyof typeof cjkFontFiles, string][]) {
    const font = await subsetFont(readFileSync(cjkSourceFile(weights[variant])), text, {targetFormat: 'sfnt'});
    const coverage = coverageOf(font, name);
    const missing = [...characters].filter(([character]) => !covers(coverage, character.codePointAt(0) ?? 0));
    if (missing.length > 0) {
      const where = [...new Set(missing.flatMap(([, locales]) => locales))].map((locale) => `content/${locale}/guide.yaml`);
      throw new Error(
        `${where.join(', ')}: ${missing.map(([c]) => `"${c}" (${codePoint(c)})`).join(', ')} is in neither print font (Roboto, Noto Sans SC) and would print as nothing. Write it with other characters`,
      );
    }
    files[name] = font;
  }
  return files;
}
