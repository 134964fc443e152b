import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {formatSize} from '../../scripts/lib/format-size.js';
import {budgets} from '../../scripts/lib/budgets.js';
import {measureBundles} from '../../scripts/measure-bundle.js';
import {bundledPackages} from '../../scripts/lib/third-party.js';
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
  assert.ok(
    sizes.pictograms <= budgets.pictogramsKb * 1024,
    `the pictograms (path data and template) add ${formatSize(sizes.pictograms)} gzipped to the base; the budget is ${budgets.pictogramsKb} KB`,
  );
  const allowed = (budgets.baseKb + budgets.perLocaleKb * (locales.length - 1)) * 1024;
  assert.ok(
    sizes.shipped.es <= allowed,
    `dist/kiut-guide.js is ${formatSize(sizes.shipped.es)} gzipped; with ${locales.length} languages the budget is ${formatSize(allowed)}`,
  );
  assert.ok(sizes.shipped.iife <= allowed, `dist/kiut-guide.iife.js is ${formatSize(sizes.shipped.iife)} gzipped; the budget is ${formatSize(allowed)}`);
});

test('no QR encoder ships to the browser: the bundles hold Lit and @lit/localize, nothing else', () => {
  for (const file of ['dist/kiut-guide.js', 'dist/kiut-guide.iife.js']) {
    // The packages inside, from the bundle's source map. The guide draws each QR code from a
    // matrix computed at build time: qrcode (and dijkstrajs, its dependency) must not be here.
    const packages = bundledPackages(`${file}.map`);
    for (const encoder of ['qrcode', 'dijkstrajs']) assert.ok(!packages.includes(encoder), `${file} bundles ${encoder}: a QR encoder reached the bundle`);
    assert.deepEqual(packages, ['@lit/localize', '@lit/reactive-element', 'lit-element', 'lit-html'], `${file} bundles ${packages.join(', ')}`);
  }
});
