/**
 * The PDF engine in Node (the CLI, the tests, the benchmark): pdfmake's browser build, the
 * very file the print studio ships, with the Roboto files read from pdfmake's package.
 * See render.ts for why Node runs the browser build.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {configurePdfMake, type FontData, type PdfMake} from './render.js';
import {fontFiles} from './styles.js';

const require = createRequire(import.meta.url);
const pdfmakeDir = dirname(require.resolve('pdfmake/package.json'));

/** pdfmake's browser build: the same file in the CLI and in the studio. */
export const pdfmakeBuild = join(pdfmakeDir, 'build', 'pdfmake.min.js');
/** Roboto, from pdfmake's own package: the same files in the CLI and in the studio. */
export const fontDir = join(pdfmakeDir, 'fonts', 'Roboto');

/** The font files as the engine takes them (base64 by file name). */
export function readFonts(): FontData {
  const data = {} as FontData;
  for (const name of Object.values(fontFiles)) data[name] = readFileSync(join(fontDir, name)).toString('base64');
  return data;
}

let engine: PdfMake | undefined;

/** The configured engine, loaded once per process. */
export function nodePdfMake(): PdfMake {
  engine ??= configurePdfMake(require(pdfmakeBuild) as PdfMake, readFonts());
  return engine;
}
