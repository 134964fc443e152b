/**
 * `npm run build:demo` (after `npm run print`): the data behind demo/leaflets.html.
 *
 * Lists every PDF in dist/print/<locale>/<format>.pdf with its size and page count, draws a
 * thumbnail of its first page next to it (dist/print/<locale>/<format>.png, with poppler's
 * pdftoppm at 30 dpi) and writes the list to dist/demo-data/leaflets.json, which the page's
 * own script reads. Without pdftoppm the list has no thumbnails and says so; without PDFs it
 * is empty and says how to make them. It never fails the build for either.
 *
 *   tsx scripts/build-demo.ts                      all of the above
 *   KIUT_PDFTOPPM=/path/to/pdftoppm tsx …          another pdftoppm; "none" for no thumbnails
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {isMain} from './is-main.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The formats in the order a partner reads them; a format the print build adds later comes last. */
const formatNames: Record<string, string> = {
  'leaflet-a4': 'Leaflet, A4',
  'card-a6': 'Pocket card, A6',
  'wallet-card': 'Wallet card',
  'poster-a4': 'Tear-off poster, A4',
  'poster-a3': 'Tear-off poster, A3',
};
const localeOrder = ['hu', 'en', 'uk'];

export interface LeafletFile {
  format: string;
  name: string;
  describe: string;
  /** Where the page links to, e.g. /dist/print/hu/leaflet-a4.pdf. */
  href: string;
  bytes: number;
  size: string;
  pages: number | null;
  thumbnail: {src: string; width: number; height: number} | null;
}

export interface LeafletLocale {
  locale: string;
  language: string;
  files: LeafletFile[];
}

export interface LeafletData {
  /** Empty when `npm run print` has not run. */
  locales: LeafletLocale[];
  thumbnails: boolean;
  /** Why something is missing, for the page to show; empty when all is there. */
  notes: string[];
}

function byOrder(order: string[]): (a: string, b: string) => number {
  const rank = (x: string) => (order.includes(x) ? order.indexOf(x) : order.length);
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
}

export function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** The language's own name, from content/<locale>/guide.yaml (`language: Magyar`). */
function languageName(locale: string): string {
  const file = join(root, 'content', locale, 'guide.yaml');
  if (!existsSync(file)) return locale;
  const match = /^language:\s*["']?(.+?)["']?\s*$/m.exec(readFileSync(file, 'utf8'));
  return match?.[1] ?? locale;
}

/** The print build's own one-line descriptions, if print/formats.ts is there and loads. */
async function formatDescriptions(): Promise<Record<string, string>> {
  try {
    const {formats} = (await import('../print/formats.js')) as {formats: {id: string; describe: string}[]};
    return Object.fromEntries(formats.map((f) => [f.id, f.describe]));
  } catch {
    return {};
  }
}

function findTool(name: string, override: string | undefined): string | undefined {
  if (override === 'none') return undefined;
  const candidate = override ?? name;
  const probe = spawnSync(candidate, ['-v'], {encoding: 'utf8'});
  return probe.error ? undefined : candidate;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): {width: number; height: number} {
  const header = readFileSync(file).subarray(0, 24);
  return {width: header.readUInt32BE(16), height: header.readUInt32BE(20)};
}

function pageCount(pdfinfo: string | undefined, pdf: string): number | null {
  if (pdfinfo) {
    const result = spawnSync(pdfinfo, [pdf], {encoding: 'utf8'});
    const match = /^Pages:\s+(\d+)/m.exec(result.stdout ?? '');
    if (match) return Number(match[1]);
  }
  return null;
}

/** Draws the first page at 30 dpi next to the PDF; reuses a thumbnail newer than its PDF. */
function thumbnail(pdftoppm: string, pdf: string): string | undefined {
  const png = pdf.replace(/\.pdf$/, '.png');
  if (existsSync(png) && statSync(png).mtimeMs >= statSync(pdf).mtimeMs) return png;
  const prefix = png.replace(/\.png$/, `.${process.pid}.tmp`);
  const result = spawnSync(pdftoppm, ['-r', '30', '-png', '-singlefile', '-f', '1', pdf, prefix], {encoding: 'utf8'});
  if (result.status !== 0 || !existsSync(`${prefix}.png`)) {
    console.warn(`build-demo: pdftoppm failed on ${pdf}: ${result.stderr?.trim() ?? result.error?.message ?? ''}`);
    return undefined;
  }
  renameSync(`${prefix}.png`, png);
  return png;
}

export async function buildDemoData(options: {printDir?: string; pdftoppm?: string | undefined} = {}): Promise<LeafletData> {
  const printDir = options.printDir ?? join(root, 'dist', 'print');
  const pdftoppm = 'pdftoppm' in options ? options.pdftoppm : findTool('pdftoppm', process.env.KIUT_PDFTOPPM);
  const pdfinfo = findTool('pdfinfo', undefined);
  const notes: string[] = [];
  const describe = await formatDescriptions();

  if (!existsSync(printDir)) {
    notes.push('No leaflets have been built yet: run `npm run print`, then `npm run build:demo`.');
    return {locales: [], thumbnails: false, notes};
  }
  if (!pdftoppm) notes.push('pdftoppm (from poppler-utils) was not found, so the list has no thumbnails.');

  const locales: LeafletLocale[] = [];
  const localeDirs = readdirSync(printDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(entry.name))
    .map((entry) => entry.name)
    .sort(byOrder(localeOrder));
  for (const locale of localeDirs) {
    const dir = join(printDir, locale);
    const formats = readdirSync(dir)
      .filter((name) => /^[a-z0-9-]+\.pdf$/.test(name))
      .map((name) => name.replace(/\.pdf$/, ''))
      .sort(byOrder(Object.keys(formatNames)));
    const files: LeafletFile[] = [];
    for (const format of formats) {
      const pdf = join(dir, `${format}.pdf`);
      const bytes = statSync(pdf).size;
      const png = pdftoppm ? thumbnail(pdftoppm, pdf) : undefined;
      files.push({
        format,
        name: formatNames[format] ?? format,
        describe: describe[format] ?? '',
        href: `/dist/print/${locale}/${format}.pdf`,
        bytes,
        size: formatSize(bytes),
        pages: pageCount(pdfinfo, pdf),
        thumbnail: png ? {src: `/dist/print/${locale}/${format}.png`, ...pngSize(png)} : null,
      });
    }
    if (files.length > 0) locales.push({locale, language: languageName(locale), files});
  }
  if (locales.length === 0) notes.push('dist/print/ has no PDFs yet: run `npm run print`, then `npm run build:demo`.');
  return {locales, thumbnails: locales.some((l) => l.files.some((f) => f.thumbnail)), notes};
}

/** Writes dist/demo-data/leaflets.json atomically and returns what it wrote. */
export async function writeDemoData(outDir = join(root, 'dist', 'demo-data')): Promise<LeafletData> {
  const data = await buildDemoData();
  mkdirSync(outDir, {recursive: true});
  const file = join(outDir, 'leaflets.json');
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(temp, file);
  return data;
}

if (isMain(import.meta.url)) {
  const data = await writeDemoData();
  const count = data.locales.reduce((n, l) => n + l.files.length, 0);
  const thumbs = data.locales.reduce((n, l) => n + l.files.filter((f) => f.thumbnail).length, 0);
  console.log(`build-demo: ${count} PDFs in ${data.locales.length} languages, ${thumbs} thumbnails → dist/demo-data/leaflets.json`);
  for (const note of data.notes) console.log(`build-demo: ${note}`);
}
