import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {formatSize} from '../../scripts/lib/format-size.js';
import {budgets} from '../../scripts/lib/budgets.js';
import {measureBundles} from '../../scripts/measure-bundle.js';
import {textsByLocale} from '../../src/generated/texts.js';

// Sizes are deterministic, so they are tested here; time is not, so it is only benchmarked.
test('the widget bundle stays within its size budgets', async () => {
  assert.ok(existsSync('dist/kiut-guide.js'), 'dist/kiut-guide.js is missing: run `npm run build` first');
  const locales = Object.keys(textsByLocale);
  const sizes = await measureBundles(locales);
  assert.ok(
    sizes.base <= budgets.baseKb * 1024,
    `Lit + element + Hungarian (content and interface strings) is ${formatSize(sizes.base)} gzipped; the budget is ${budgets.baseKb} KB`,
  );
  for (const [locale, bytes] of Object.entries(sizes.perLocale)) {
    assert.ok(
      bytes <= budgets.perLocaleKb * 1024,
      `the ${locale} content and interface strings add ${formatSize(bytes)} gzipped; the budget is ${budgets.perLocaleKb} KB per language`,
    );
  }
  const allowed = (budgets.baseKb + budgets.perLocaleKb * (locales.length - 1)) * 1024;
  assert.ok(
    sizes.shipped.es <= allowed,
    `dist/kiut-guide.js is ${formatSize(sizes.shipped.es)} gzipped; with ${locales.length} languages the budget is ${formatSize(allowed)}`,
  );
  assert.ok(sizes.shipped.iife <= allowed, `dist/kiut-guide.iife.js is ${formatSize(sizes.shipped.iife)} gzipped; the budget is ${formatSize(allowed)}`);
});

test('no QR encoder ships to the browser', async () => {
  const {readFileSync} = await import('node:fs');
  for (const file of ['dist/kiut-guide.js', 'dist/kiut-guide.iife.js']) {
    const code = readFileSync(file, 'utf8');
    // qrcode's encoder carries these tables and names; the guide ships only a drawn path.
    for (const marker of ['Reed', 'getBCHDigit', 'ECC_BLOCKS', 'galois', 'qrcode']) {
      assert.ok(!code.includes(marker), `${file} contains "${marker}": a QR encoder reached the bundle`);
    }
  }
});
