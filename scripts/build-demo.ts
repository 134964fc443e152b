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
 *
 * Why no standard tool: the list is the demo page's own data, glue between the print build's
 * formats, the content's languages and poppler.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {allFormats} from '../print/formats.js';
import {loadContent} from '../content-model/load.js';
import {formatSize} from './lib/format-size.js';
import {repoRoot} from './lib/root.mjs';
import {writeAtomically} from './lib/write-atomically.js';

interface LeafletFile {
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

interface LeafletLocale {
  /** The folder: a locale, or the locales of a multilingual sheet joined with "-" (`hu-en-uk`). */
  locale: string;
  /** The languages' names in themselves, joined with " · ". */
  language: string;
  /** Each language of the folder, for the page to mark with its own `lang`. */
  languages: {locale: string; language: string}[];
  files: LeafletFile[];
}

interface LeafletData {
  /** Empty when `npm run print` has not run. */
  locales: LeafletLocale[];
  thumbnails: boolean;
  /** Why something is missing, for the page to show; empty when all is there. */
  notes: string[];
}

/** Sorts in the order of `order`: the content's locales, the print build's formats; others last. */
function byOrder(order: string[]): (a: string, b: string) => number {
  const rank = (x: string) => (order.includes(x) ? order.indexOf(x) : order.length);
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
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
  // With no output name, pdftoppm writes the PNG to stdout.
  const result = spawnSync(pdftoppm, ['-r', '30', '-png', '-singlefile', '-f', '1', pdf], {maxBuffer: 64 * 1024 * 1024});
  if (result.status !== 0 || result.stdout.length === 0) {
    console.warn(`build-demo: pdftoppm failed on ${pdf}: ${result.stderr?.toString().trim() || result.error?.message || ''}`);
    return undefined;
  }
  writeAtomically(png, result.stdout);
  return png;
}

function buildDemoData(): LeafletData {
  const printDir = join(repoRoot, 'dist', 'print');
  const pdftoppm = findTool('pdftoppm', process.env.KIUT_PDFTOPPM);
  const pdfinfo = findTool('pdfinfo', undefined);
  const notes: string[] = [];
  const texts = loadContent().locales;

  if (!existsSync(printDir)) {
    notes.push('No leaflets have been built yet: run `npm run print`, then `npm run build:demo`.');
    return {locales: [], thumbnails: false, notes};
  }
  if (!pdftoppm) notes.push('pdftoppm (from poppler-utils) was not found, so the list has no thumbnails.');

  const locales: LeafletLocale[] = [];
  const localeDirs = readdirSync(printDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(entry.name))
    .map((entry) => entry.name)
    .sort(byOrder([...Object.keys(texts), Object.keys(texts).join('-')]));
  for (const locale of localeDirs) {
    const dir = join(printDir, locale);
    const built = readdirSync(dir)
      .filter((name) => /^[a-z0-9-]+\.pdf$/.test(name))
      .map((name) => name.replace(/\.pdf$/, ''))
      .sort(byOrder(allFormats.map((f) => f.id)));
    const files: LeafletFile[] = [];
    for (const format of built) {
      const pdf = join(dir, `${format}.pdf`);
      const bytes = statSync(pdf).size;
      const png = pdftoppm ? thumbnail(pdftoppm, pdf) : undefined;
      const known = allFormats.find((f) => f.id === format);
      files.push({
        format,
        name: known?.name ?? format,
        describe: known?.describe ?? '',
        href: `/dist/print/${locale}/${format}.pdf`,
        bytes,
        size: formatSize(bytes),
        pages: pageCount(pdfinfo, pdf),
        thumbnail: png ? {src: `/dist/print/${locale}/${format}.png`, ...pngSize(png)} : null,
      });
    }
    // A multilingual sheet's folder names its languages; each is shown in itself.
    const languages = (texts[locale] ? [locale] : locale.split('-')).map((code) => ({locale: code, language: texts[code]?.language ?? code}));
    if (files.length > 0) locales.push({locale, language: languages.map((l) => l.language).join(' · '), languages, files});
  }
  if (locales.length === 0) notes.push('dist/print/ has no PDFs yet: run `npm run print`, then `npm run build:demo`.');
  return {locales, thumbnails: locales.some((l) => l.files.some((f) => f.thumbnail)), notes};
}

const data = buildDemoData();
writeAtomically(join(repoRoot, 'dist', 'demo-data', 'leaflets.json'), `${JSON.stringify(data, null, 2)}\n`);
const count = data.locales.reduce((n, l) => n + l.files.length, 0);
const thumbs = data.locales.reduce((n, l) => n + l.files.filter((f) => f.thumbnail).length, 0);
console.log(
  `build-demo: ${count} PDFs in ${data.locales.length} groups (a language each, or one sheet of several), ${thumbs} thumbnails → dist/demo-data/leaflets.json`,
);
for (const note of data.notes) console.log(`build-demo: ${note}`);
