/**
 * `tsx scripts/bench-print.ts`: builds every locale × format into a temporary folder, and
 * checks the budgets: the whole build under 5 s, each PDF at most 150 KB. Prints the time
 * and every file's size; exits non-zero when a budget is exceeded.
 */
import {mkdtempSync, realpathSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {pathToFileURL} from 'node:url';
import {buildPrint} from '../print/build.js';

/** All locales × formats in under 5 s; each PDF at most 150 KB. */
export const printBudgets = {totalMs: 5000, fileBytes: 150 * 1024};

export async function benchPrint(): Promise<{ms: number; files: {path: string; bytes: number}[]}> {
  const dir = mkdtempSync(join(tmpdir(), 'kiut-bench-print-'));
  try {
    const started = performance.now();
    const built = await buildPrint({outDir: dir});
    const ms = performance.now() - started;
    return {ms, files: built.map((file) => ({path: relative(dir, file.path), bytes: file.bytes}))};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const {ms, files} = await benchPrint();
  const problems: string[] = [];
  for (const file of files) {
    const over = file.bytes > printBudgets.fileBytes;
    console.log(`${file.path.padEnd(24)} ${(file.bytes / 1024).toFixed(1).padStart(7)} KB${over ? '  OVER BUDGET' : ''}`);
    if (over) problems.push(`${file.path} is ${file.bytes} bytes; the budget is ${printBudgets.fileBytes}`);
  }
  console.log(`${files.length} files in ${(ms / 1000).toFixed(2)} s (budget ${(printBudgets.totalMs / 1000).toFixed(0)} s)`);
  if (ms > printBudgets.totalMs) problems.push(`the build took ${Math.round(ms)} ms; the budget is ${printBudgets.totalMs} ms`);
  for (const problem of problems) console.error(`bench-print: ${problem}`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
