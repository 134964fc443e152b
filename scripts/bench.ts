/**
 * `npm run bench`: the numbers the budgets are about, measured on this machine.
 *  - gzipped sizes of the widget (base, per language, shipped files);
 *  - time from script start to the first rendered guide in headless Chromium (median of runs);
 *  - time to build every PDF, and each PDF's size.
 * Exits non-zero when a budget is exceeded. Timing is only reported here, never asserted in
 * tests: these machines are noisy.
 */
import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromeArgs, findChrome, installHint} from './browsers.mjs';
import {budgets, measureBundles} from './measure-bundle.js';
import {benchPrint, printBudgets} from './bench-print.js';
import {textsByLocale} from '../src/generated/texts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = 7;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let failed = false;

function check(ok: boolean, line: string): void {
  console.log(`${ok ? '  ok  ' : '  OVER'} ${line}`);
  if (!ok) failed = true;
}

/** One cold page load: a mark before the script, the guide's first render (with layout) after. */
function startupMs(chrome: string, dir: string): number {
  const dom = execFileSync(chrome, [...chromeArgs, `--user-data-dir=${join(dir, 'profile')}`, '--dump-dom', `file://${join(dir, 'page.html')}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 60_000,
  });
  const match = dom.match(/data-kiut-ms="([\d.]+)"/);
  if (!match) throw new Error('the benchmark page did not report a time; is dist/kiut-guide.iife.js built?');
  return Number(match[1]);
}

async function main(): Promise<void> {
  console.log('Widget size (gzip -9)');
  const locales = Object.keys(textsByLocale);
  const sizes = await measureBundles(locales);
  check(sizes.base <= budgets.baseKb * 1024, `base (Lit, element, all interface strings, Hungarian content): ${kb(sizes.base)} of ${budgets.baseKb} KB`);
  for (const [locale, bytes] of Object.entries(sizes.perLocale)) check(bytes <= budgets.perLocaleKb * 1024, `+ ${locale}: ${kb(bytes)} of ${budgets.perLocaleKb} KB`);
  console.log(`       shipped: dist/kiut-guide.js ${kb(sizes.shipped.es)}, dist/kiut-guide.iife.js ${kb(sizes.shipped.iife)} (all ${locales.length} languages)`);

  console.log(`\nStartup in headless Chromium (script start → first rendered guide, median of ${runs} cold loads)`);
  const chrome = findChrome();
  if (!chrome) throw new Error(installHint(['chromium']));
  const dir = mkdtempSync(join(tmpdir(), 'kiut-bench-'));
  try {
    copyFileSync(join(root, 'dist/kiut-guide.iife.js'), join(dir, 'kiut-guide.iife.js'));
    writeFileSync(join(dir, 'mark.js'), 'window.kiutStart = performance.now();\n');
    writeFileSync(
      join(dir, 'measure.js'),
      `const guide = document.querySelector('kiut-guide');
guide.updateComplete.then(() => {
  guide.shadowRoot.querySelector('[part="call-link"]').getBoundingClientRect();
  document.body.setAttribute('data-kiut-ms', String(performance.now() - window.kiutStart));
});\n`,
    );
    writeFileSync(
      join(dir, 'page.html'),
      '<!doctype html><html lang="hu"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body>' +
        '<script src="mark.js"></script><kiut-guide></kiut-guide><script src="kiut-guide.iife.js"></script><script src="measure.js"></script></body></html>',
    );
    const times = Array.from({length: runs}, () => startupMs(chrome, dir));
    console.log(`       median ${median(times).toFixed(1)} ms (runs: ${times.map((t) => t.toFixed(1)).join(', ')})`);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }

  console.log('\nPrint (all locales × all formats)');
  const print = await benchPrint();
  check(print.ms <= printBudgets.totalMs, `built ${print.files.length} PDFs in ${(print.ms / 1000).toFixed(2)} s (budget ${printBudgets.totalMs / 1000} s)`);
  const largest = print.files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  check(largest.bytes <= printBudgets.fileBytes, `largest PDF ${largest.path}: ${kb(largest.bytes)} (budget ${kb(printBudgets.fileBytes)} each)`);
  for (const file of print.files) console.log(`       ${file.path.padEnd(28)} ${kb(file.bytes).padStart(9)}`);

  if (failed) {
    console.error('\nA budget is exceeded.');
    process.exit(1);
  }
}

await main();
