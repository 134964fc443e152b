/**
 * The PDF engine in Node (the CLI, the tests, the benchmark): pdfmake's browser build, the
 * very file the print studio ships, with the fonts made here, the files the studio's
 * fonts.js carries too: Roboto from pdfmake's package, and Noto Sans SC cut to the model's
 * characters (cjk-font.ts). See render.ts for why Node runs the browser build.
 *
 * Roboto keeps every glyph (a partner may type any letter it has) and loses its hinting:
 * instructions that steer a screen's rasteriser at small pixel sizes, which paper has no use
 * for, and some 4 KB in every PDF of each of its two weights. That is what keeps a Chinese
 * leaflet, with its two Chinese fonts, within 150 KB.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {cjkCharacters, cjkFonts} from './cjk-font.js';
import type {PrintModel} from './model.js';
import {configurePdfMake, type FontData, type PdfMake} from './render.js';
import {coverageOf} from './studio/glyphs.js';
import {fontFiles} from './styles.js';
import {subsetFont} from './subset-font.js';

const require = createRequire(import.meta.url);
const pdfmakeDir = dirname(require.resolve('pdfmake/package.json'));

/** pdfmake's browser build: the same file in the CLI and in the studio. */
export const pdfmakeBuild = join(pdfmakeDir, 'build', 'pdfmake.min.js');
/** Roboto, from pdfmake's own package. */
export const fontDir = join(pdfmakeDir, 'fonts', 'Roboto');

/** Which characters Roboto draws: its hinting goes, its character map stays. */
const robotoCoverage = Object.values(fontFiles).map((name) => coverageOf(readFileSync(join(fontDir, name)), name));

let roboto: Promise<Record<string, Buffer>> | undefined;

/** Roboto's files without their hinting, by file name, made once per process. */
function robotoFiles(): Promise<Record<string, Buffer>> {
  roboto ??= Promise.all(
    Object.values(fontFiles).map(
      async (name) =>
        [name, await subsetFont(readFileSync(join(fontDir, name)), undefined, {targetFormat: 'sfnt', keepAllGlyphs: true, noHinting: true})] as const,
    ),
  ).then(Object.fromEntries);
  return roboto;
}

/** The font files for a model as the engine takes them (base64 by file name): the studio's fonts.js carries the same. */
export async function readFonts(model: PrintModel): Promise<FontData> {
  const files = {...(await robotoFiles()), ...(await cjkFonts(model, robotoCoverage))};
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, bytes.toString('base64')])) as FontData;
}

/** The engine (one per process: pdfmake's build is one object) and the characters its CJK font was cut to. */
let engine: {pdfMake: PdfMake; key: string} | undefined;

/**
 * The engine, configured with the fonts for this model. pdfmake's build is one object with one
 * set of fonts, so a model that needs other characters reconfigures it: render one model's
 * sheets at a time (every caller renders one sheet after another).
 */
export async function nodePdfMake(model: PrintModel): Promise<PdfMake> {
  const key = [...cjkCharacters(model, robotoCoverage).keys()].join('');
  if (engine?.key !== key) {
    const fonts = await readFonts(model);
    engine = {pdfMake: configurePdfMake(require(pdfmakeBuild) as PdfMake, fonts), key};
  }
  return engine.pdfMake;
}
