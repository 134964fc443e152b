/**
 * `npm run build:studio` (the last step of `npm run build`, after the PDFs and the demo data):
 * the print studio as a self-contained folder, dist/studio/, that a partner hosts anywhere or
 * opens from disk: the page and its style from print/studio/; studio.js, the page script and the
 * layouts (rollup); pdfmake's browser build byte for byte (the CLI's engine); fonts.js, the CLI's
 * font files (print/pdfmake-node.ts); studio-data.js, the print model resolved from content/ and
 * the list of previews/ (one first page per format, as the demo build drew it); the licences.
 * Classic scripts and data in scripts, never modules or fetch: from file:// Chromium blocks both.
 * No standard tool lays such a folder out from rollup's output, pdfmake's files and the PDFs.
 */
import {copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {rollup} from 'rollup';
import {failOnWarning} from '../rollup.config.mjs';
import {loadContent} from '../content-model/load.js';
import {allFormats, defaultLanguageSets} from '../print/formats.js';
import {fontNotices} from '../print/font-notices.js';
import {pdfmakeBuild, readFonts} from '../print/pdfmake-node.js';
import {resolvePrintModel} from '../print/resolve.js';
import type {StudioData} from '../print/studio/data.js';
import {cli} from './lib/cli.js';
import {formatSize} from './lib/format-size.js';
import {packageJson, repoRoot} from './lib/root.mjs';
import {bundledPackages, packageNotice} from './lib/third-party.js';
import {readTree} from './lib/zip.js';

const pageDir = join(repoRoot, 'print', 'studio');
const printDir = join(repoRoot, 'dist', 'print');

/** studio.js: the page script and the layouts it imports, as one minified classic script. */
async function bundle(): Promise<string> {
  const build = await rollup({
    input: join(repoRoot, 'print/studio/studio.ts'),
    plugins: [
      nodeResolve({browser: true, exportConditions: ['production']}),
      typescript({tsconfig: join(repoRoot, 'tsconfig.studio.json')}),
      terser({ecma: 2020, compress: {passes: 2}, format: {comments: false}}),
    ],
    onwarn: failOnWarning,
  });
  const {output} = await build.generate({format: 'iife'});
  await build.close();
  return output[0].code;
}

/**
 * One first-page image per format, as the demo build drew it (dist/print/<folder>/<format>.png):
 * in the first language that has one (the content's order), and for the multilingual sheets
 * the one with every language, or, with more languages than one sheet takes, the first
 * default set's. One per format keeps the page light; the page loads them all at once, so
 * that changing the choice offline still shows one.
 */
function previews(locales: string[]): string[] {
  const folders = [...locales, locales.join('-'), ...defaultLanguageSets.map((set) => set.join('-'))];
  return allFormats.flatMap((format) => {
    const folder = folders.find((name) => existsSync(join(printDir, name, `${format.id}.png`)));
    return folder === undefined ? [] : [`${folder}/${format.id}`];
  });
}

function notices(): string {
  return [
    '# Third-party notices',
    '',
    'The print studio includes pdfmake (pdfmake.min.js, unchanged) and the Roboto and Noto Sans SC fonts (fonts.js). Their licences follow.',
    '',
    ...packageNotice('pdfmake'),
    '',
    `pdfmake.min.js bundles these packages, each under its own licence (see pdfmake's sources): ${bundledPackages(`${pdfmakeBuild}.map`).join(', ')}.`,
    '',
    ...fontNotices(repoRoot),
  ].join('\n');
}

/** A classic script that defines one global from JSON. */
const dataScript = (name: string, value: unknown) => `var ${name} = ${JSON.stringify(value)};\n`;

/** Builds dist/studio/ in a scratch folder, then puts it in place whole; returns its files. */
export async function buildStudio(outDir = join(repoRoot, 'dist', 'studio')): Promise<{path: string; bytes: number}[]> {
  const scratch = `${outDir}.${process.pid}.tmp`;
  rmSync(scratch, {recursive: true, force: true});
  mkdirSync(join(scratch, 'previews'), {recursive: true});
  try {
    const model = resolvePrintModel(loadContent(), packageJson.version);
    const images = previews(model.languages.map((texts) => texts.locale));
    const data: StudioData = {model, previews: images};
    for (const file of ['index.html', 'studio.css']) copyFileSync(join(pageDir, file), join(scratch, file));
    writeFileSync(join(scratch, 'studio.js'), await bundle());
    copyFileSync(pdfmakeBuild, join(scratch, 'pdfmake.min.js'));
    writeFileSync(join(scratch, 'fonts.js'), dataScript('kiutStudioFonts', await readFonts(model)));
    writeFileSync(join(scratch, 'studio-data.js'), dataScript('kiutStudio', data));
    writeFileSync(join(scratch, 'THIRD-PARTY-NOTICES.md'), notices());
    for (const key of images) {
      mkdirSync(join(scratch, 'previews', dirname(key)), {recursive: true});
      copyFileSync(join(printDir, `${key}.png`), join(scratch, 'previews', `${key}.png`));
    }
    rmSync(outDir, {recursive: true, force: true});
    renameSync(scratch, outDir);
  } catch (error) {
    rmSync(scratch, {recursive: true, force: true});
    throw error;
  }
  return readTree(outDir).map(({path, data}) => ({path, bytes: data.length}));
}

cli(import.meta.url, 'build-studio', async () => {
  const files = await buildStudio();
  const main = files.filter((file) => !file.path.startsWith('previews/'));
  const previewCount = files.length - main.length;
  console.log(
    `build-studio: dist/studio/ ${main.map((file) => `${file.path} ${formatSize(file.bytes)}`).join(', ')}; ${previewCount} previews${previewCount === 0 ? ' (run `npm run print` and `npm run build:demo` first for them)' : ''}`,
  );
});
