/**
 * The print half of `npm run bench` (scripts/bench.ts): builds every locale × format into a
 * temporary folder and times it. The budgets: the whole build under 5 s, each PDF at most 150 KB.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
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
