/**
 * `npm run print`: renders every printed format for every locale into dist/print/<locale>/<format>.pdf,
 * and the multilingual posters once, with every locale, into dist/print/<locales>/<format>.pdf.
 *
 *   npm run print -- --locale en --format poster-a3      a subset (repeat, or separate with commas)
 *   npm run print -- --format poster-a4-multi            each default language set (formats.ts) on a sheet: dist/print/hu-en-uk/, …
 *   npm run print -- --out /tmp/print                     another output folder
 *   npm run print -- --content path/to/content            another content folder
 *   npm run print -- --partner-name "…" --partner-contact "…"
 *
 * Everything is checked and rendered in memory before the first byte is written, and each
 * file is written to a temporary name in its folder and then renamed: an error never leaves
 * a half-written PDF or a half-updated set behind.
 */
import {readFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {ContentValidationError, defaultContentDir, loadContent} from '../content-model/load.js';
import {allFormatIds, allFormats, defaultLanguageSets, sheetsFor, type Format, type Sheet} from './formats.js';
import {multilingualLanguages} from './layouts/poster-multi.js';
import {checkPartner, PartnerError, type Partner} from './partner.js';
import {nodePdfMake} from './pdfmake-node.js';
import {renderSheet, SheetTooLongError} from './render.js';
import {resolvePrintModel} from './resolve.js';
import {isMain} from '../scripts/is-main.mjs';
import {formatSize} from '../scripts/lib/format-size.js';
import {repoRoot} from '../scripts/lib/root.mjs';
import {writeAtomically} from '../scripts/lib/write-atomically.js';

const defaultOutDir = join(repoRoot, 'dist', 'print');

export interface BuildOptions {
  contentDir?: string;
  outDir?: string;
  /** Default: every locale the content has. Multilingual sheets carry all of them, in this order. */
  locales?: string[];
  /** Default: every format (the multilingual ones when two to four locales are chosen, or the default language sets when none are). */
  formats?: string[];
  partner?: Partner;
  /** The kiut version printed on every sheet; default: package.json's. */
  version?: string;
  /** Receives one line per file, then a summary. Default: silent. */
  log?: (line: string) => void;
}

export interface BuiltFile {
  /** The folder: the locale, or the locales of a multilingual sheet joined with "-" (`hu-en-uk`). */
  locale: string;
  locales: string[];
  format: string;
  path: string;
  bytes: number;
  pages: number;
  textScale: number;
}

/** A request the build cannot serve: an unknown locale, format or option. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function pick(requested: string[] | undefined, valid: string[], what: string): string[] {
  if (requested === undefined || requested.length === 0) return valid;
  const unknown = requested.filter((item) => !valid.includes(item));
  if (unknown.length > 0) {
    throw new UsageError(`unknown ${what} ${unknown.map((u) => `"${u}"`).join(', ')}; valid ${what}s: ${valid.join(', ')}`);
  }
  return valid.filter((item) => requested.includes(item));
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {version: string}).version;
}

/**
 * The sheets to render; a multilingual format asked for by name needs two to four locales.
 * With no locales chosen and more in the content than fit one sheet, the multilingual formats
 * are made once for each of the default language sets instead.
 */
function plan(chosenFormats: Format[], chosenLocales: string[], explicit: boolean): Sheet[] {
  const {min, max} = multilingualLanguages;
  const sheets = sheetsFor(chosenFormats, chosenLocales);
  const skipped = chosenFormats.find((format) => !sheets.some((sheet) => sheet.format === format));
  if (skipped && explicit) {
    throw new UsageError(
      `${skipped.id} carries ${min} to ${max} languages; ${chosenLocales.length === 1 ? 'one was' : `${chosenLocales.length} were`} chosen (${chosenLocales.join(', ')}). Choose them with --locale, e.g. --locale hu,en,uk`,
    );
  }
  return sheets;
}

/** Checks everything, renders every requested file in memory, then writes them all. */
export async function buildPrint(options: BuildOptions = {}): Promise<BuiltFile[]> {
  const log = options.log ?? (() => undefined);
  const outDir = resolve(options.outDir ?? defaultOutDir);
  const partner = checkPartner(options.partner ?? {});
  const chosenFormats = pick(options.formats, allFormatIds, 'format').map((id) => allFormats.find((f) => f.id === id) as Format);
  const content = loadContent(options.contentDir ?? defaultContentDir);
  const chosenLocales = pick(options.locales, Object.keys(content.locales), 'locale');
  const sheets = plan(chosenFormats, chosenLocales, options.formats !== undefined && options.formats.length > 0);
  const model = resolvePrintModel(content, options.version ?? packageVersion());
  const pdfMake = await nodePdfMake(model);

  const started = performance.now();
  const rendered: (BuiltFile & {data: Uint8Array})[] = [];
  for (const {format, locales, folder} of sheets) {
    const fileStarted = performance.now();
    const result = await renderSheet(pdfMake, format, model, locales, {partner});
    const path = join(outDir, folder, `${format.id}.pdf`);
    rendered.push({
      locale: folder,
      locales,
      format: format.id,
      path,
      bytes: result.bytes.length,
      pages: result.pages,
      textScale: result.textScale,
      data: result.bytes,
    });
    const scaleNote = result.textScale === 1 ? '' : `  (text at ${Math.round(result.textScale * 100)}% to fit)`;
    log(
      `[${String(rendered.length).padStart(String(sheets.length).length)}/${sheets.length}] ${folder}/${format.id}.pdf  ${result.pages} ${result.pages === 1 ? 'page ' : 'pages'}  ${formatSize(result.bytes.length).padStart(8)}  ${Math.round(performance.now() - fileStarted)} ms${scaleNote}`,
    );
  }
  for (const file of rendered) writeAtomically(file.path, file.data);

  const bytes = rendered.reduce((sum, file) => sum + file.bytes, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const fromHere = relative(process.cwd(), outDir);
  const shownDir = fromHere === '' ? '.' : fromHere.startsWith('..') ? outDir : fromHere;
  log(`${rendered.length} ${rendered.length === 1 ? 'file' : 'files'}, ${formatSize(bytes)} in total, written to ${shownDir} in ${seconds} s`);
  return rendered.map(({data: _data, ...file}) => file);
}

const usage = `usage: npm run print -- [options]
  --locale L        a locale to print (repeat, or separate with commas); default: all
                    multilingual formats put all the chosen locales (${multilingualLanguages.min} to ${multilingualLanguages.max}) on one sheet;
                    with none chosen: ${defaultLanguageSets.map((set) => set.join('+')).join(', ')}
  --format F        a format to print (repeat, or separate with commas); default: all
                    formats: ${allFormatIds.join(', ')}
  --out DIR         output folder; default: dist/print
  --content DIR     content folder; default: content
  --partner-name N  the handing-out organisation's name, printed on every format
  --partner-contact C  its contact line (phone, address, web), printed on every format
  --help            this text`;

const cliOptions = {
  locale: {type: 'string', multiple: true},
  format: {type: 'string', multiple: true},
  out: {type: 'string'},
  content: {type: 'string'},
  'partner-name': {type: 'string'},
  'partner-contact': {type: 'string'},
  help: {type: 'boolean'},
} as const;

function list(values: string[] | undefined): string[] | undefined {
  return values
    ?.flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({args: argv, options: cliOptions, strict: true, allowPositionals: false}).values;
  } catch (error) {
    const valid = Object.keys(cliOptions)
      .map((name) => `--${name}`)
      .join(', ');
    console.error(`print: ${(error as Error).message}\nvalid options: ${valid}\n\n${usage}`);
    return 2;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  const partner: Partner = {};
  if (args['partner-name'] !== undefined) partner.name = args['partner-name'];
  if (args['partner-contact'] !== undefined) partner.contact = args['partner-contact'];
  try {
    await buildPrint({
      contentDir: args.content,
      outDir: args.out,
      locales: list(args.locale),
      formats: list(args.format),
      partner,
      log: (line) => console.log(line),
    });
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof PartnerError) {
      console.error(`print: ${error.message}\nNothing was written.`);
      return 2;
    }
    if (error instanceof ContentValidationError || error instanceof SheetTooLongError) {
      console.error(`print: ${error.message}\nNothing was written.`);
      return 1;
    }
    throw error;
  }
}

if (isMain(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
