/**
 * `npm run build:demo` (after `npm run print`): dist/demo-data/leaflets.json, the list
 * demo/leaflets.html shows: each PDF of the print build (print/formats.ts `sheetsFor`) with its
 * size, page count and a thumbnail of its first page (dist/print/<folder>/<format>.png, pdftoppm
 * at 30 dpi). Without pdftoppm or without PDFs, the list says so in its `notes`; neither fails.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {allFormats, sheetsFor} from '../print/formats.js';
import {loadContent} from '../content-model/load.js';
import {formatSize} from './lib/format-size.js';
import {repoRoot} from './lib/root.mjs';
import {writeAtomically} from './lib/write-atomically.js';

const run = (command: string, args: string[]) => spawnSync(command, args, {maxBuffer: 64 * 1024 * 1024});
const hasPdftoppm = !run('pdftoppm', ['-v']).error;

/** The first page at 30 dpi next to the PDF, reused while it is newer than the PDF; its size from the PNG's IHDR chunk. */
function thumbnail(pdf: string, src: string): {src: string; width: number; height: number} | null {
  const png = pdf.replace(/\.pdf$/, '.png');
  if (!existsSync(png) || statSync(png).mtimeMs < statSync(pdf).mtimeMs) {
    // With no output name, pdftoppm writes the PNG to stdout.
    const drawn = run('pdftoppm', ['-r', '30', '-png', '-singlefile', '-f', '1', pdf]);
    if (drawn.status !== 0 || drawn.stdout.length === 0) {
      console.warn(`build-demo: pdftoppm failed on ${pdf}: ${drawn.stderr?.toString().trim() || drawn.error?.message || ''}`);
      return null;
    }
    writeAtomically(png, drawn.stdout);
  }
  const header = readFileSync(png).subarray(0, 24);
  return {src, width: header.readUInt32BE(16), height: header.readUInt32BE(20)};
}

const texts = loadContent().locales;
const groups = new Map<string, {locale: string; language: string; languages: {locale: string; language: string}[]; files: unknown[]}>();
for (const {format, locales, folder} of sheetsFor(allFormats, Object.keys(texts))) {
  const pdf = join(repoRoot, 'dist', 'print', folder, `${format.id}.pdf`);
  if (!existsSync(pdf)) continue;
  const pages = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]).stdout?.toString() ?? '')?.[1];
  // A multilingual sheet's folder names its languages; each is shown in itself.
  const languages = locales.map((locale) => ({locale, language: texts[locale].language}));
  const group = groups.get(folder) ?? {locale: folder, language: languages.map((l) => l.language).join(' · '), languages, files: []};
  groups.set(folder, group);
  const href = `/dist/print/${folder}/${format.id}`;
  group.files.push({
    format: format.id,
    name: format.name,
    describe: format.describe,
    href: `${href}.pdf`,
    size: formatSize(statSync(pdf).size),
    pages: pages ? Number(pages) : null,
    thumbnail: hasPdftoppm ? thumbnail(pdf, `${href}.png`) : null,
  });
}
const notes = [
  ...(groups.size === 0 ? ['No leaflets have been built yet: run `npm run print`, then `npm run build:demo`.'] : []),
  ...(hasPdftoppm ? [] : ['pdftoppm (from poppler-utils) was not found, so the list has no thumbnails.']),
];
writeAtomically(join(repoRoot, 'dist', 'demo-data', 'leaflets.json'), `${JSON.stringify({locales: [...groups.values()], notes}, null, 2)}\n`);
const count = [...groups.values()].reduce((n, g) => n + g.files.length, 0);
console.log(`build-demo: ${count} PDFs in ${groups.size} groups (a language each, or one sheet of several) → dist/demo-data/leaflets.json`);
for (const note of notes) console.log(`build-demo: ${note}`);
