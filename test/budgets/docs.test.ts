/**
 * The budgets as the README and PARTNERS.md promise them are budgets.ts's, which the size tests
 * and the bench check: prose cannot import a module, so this test ties the two. The README's
 * budget line once described a bundle that had changed, and nothing failed.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {budgets, printBudgets, timeBudgets} from '../../scripts/lib/budgets.js';
import {repoRoot} from '../../scripts/lib/root.mjs';

const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8');

test("the README's budget line gives every budget as budgets.ts sets it", () => {
  const line = read('README.md')
    .split('\n')
    .find((l) => l.startsWith('- **Budgets.**'));
  assert.ok(line, 'README.md has a "- **Budgets.**" line under "Rules that hold everywhere"');
  const promises: [string, string][] = [
    ['the script', `script (Lit, the element, the interface strings and Hungarian's hotline) at most ${budgets.baseKb} KB`],
    ['the pictograms', `pictograms at most ${budgets.pictogramsKb} KB`],
    ['each language file', `each language file (a first screen, or the full texts behind "More") at most ${budgets.perLocaleKb} KB`],
    ["a reader's first download", `(the script and that language's first file) at most ${budgets.readerKb} KB`],
    ['each PDF', `Every PDF at most ${printBudgets.fileBytes / 1024} KB`],
    ['the quick exit', `within ${timeBudgets.quickExitMs} ms of the third Shift press`],
    ['the studio', `within ${timeBudgets.studioMs / 1000} s of the click`],
  ];
  for (const [what, words] of promises) assert.ok(line.includes(words), `README.md's budget line should say, for ${what}: "${words}"`);
  // "A third of a second on average, the rate of 15 PDFs in 5 s."
  assert.equal(printBudgets.averageMs, 5000 / 15);
  assert.ok(line.includes('built in a third of a second on average (the rate of the first promise, 15 PDFs in 5 s)'), 'the print time, as budgets.ts sets it');
});

test("PARTNERS.md's download sizes stay within the budget of a reader's first download", () => {
  const partners = read('PARTNERS.md');
  assert.ok(partners.includes(`at most ${budgets.readerKb} KB in any language`), `PARTNERS.md says a reader's first screen is at most ${budgets.readerKb} KB`);
});
