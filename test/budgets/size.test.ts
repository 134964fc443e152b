import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {formatSize} from '../../scripts/lib/format-size.js';
import {budgets} from '../../scripts/lib/budgets.js';
import {measureBundles} from '../../scripts/measure-bundle.js';
import {bundledPackages} from '../../scripts/lib/third-party.js';
import {everyLocale} from '../../src/generated/every-locale.js';
import {actionPictograms, needPictograms, sectionPictograms, type PictogramName} from '../../src/content/pictograms.js';
import {pictogramPaths} from '../../src/content/pictogram-paths.js';

// Sizes are deterministic, so they are tested here; time is not, so it is only benchmarked.
test('the scripts, each language file and each reader stay within their size budgets', async () => {
  assert.ok(existsSync('dist/kiut-guide.js'), 'dist/kiut-guide.js is missing: run `npm run build` first');
  const sizes = await measureBundles();
  for (const [script, bytes] of Object.entries({'dist/kiut-guide.js': sizes.shipped.es, 'dist/kiut-guide.iife.js': sizes.shipped.iife})) {
    assert.ok(
      bytes <= budgets.baseKb * 1024,
      `${script} (Lit, the element, the interface strings and Hungarian) is ${formatSize(bytes)} gzipped; the budget is ${budgets.baseKb} KB`,
    );
  }
  assert.deepEqual(Object.keys(sizes.perLocale).sort(), Object.keys(everyLocale).sort(), 'every language has its files beside the scripts');
  for (const [locale, {first, full}] of Object.entries(sizes.perLocale)) {
    for (const [file, bytes] of [
      [`kiut-guide.${locale}.json`, first],
      [`kiut-guide.${locale}.full.json`, full],
    ] as const) {
      assert.ok(bytes <= budgets.perLocaleKb * 1024, `dist/${file} is ${formatSize(bytes)} gzipped; the budget is ${budgets.perLocaleKb} KB per file`);
    }
    assert.ok(
      sizes.base + first <= budgets.readerKb * 1024,
      `a reader of ${locale} downloads ${formatSize(sizes.base + first)} gzipped for the guide; the budget is ${budgets.readerKb} KB`,
    );
  }
  assert.ok(
    sizes.pictograms <= budgets.pictogramsKb * 1024,
    `the pictograms (path data and template) add ${formatSize(sizes.pictograms)} gzipped to the script; the budget is ${budgets.pictogramsKb} KB`,
  );
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

test('the script draws only the actions; each language’s first file brings the sections’ and the needs’ drawings', () => {
  // The call, exit and listen pictograms never wait for a file; the others are drawn only by the
  // full guide, which waits for its language's first file anyway.
  const actions: PictogramName[] = Object.values(actionPictograms);
  const others = [...new Set([...Object.values(sectionPictograms), ...Object.values(needPictograms)])];
  for (const script of ['dist/kiut-guide.js', 'dist/kiut-guide.iife.js']) {
    const code = readFileSync(script, 'utf8');
    for (const name of actions) assert.ok(code.includes(pictogramPaths[name]), `${script} lacks the ${name} drawing`);
    for (const name of others.filter((n) => !actions.includes(n))) assert.ok(!code.includes(pictogramPaths[name]), `${script} carries the ${name} drawing`);
  }
  for (const locale of Object.keys(everyLocale)) {
    const file = `dist/kiut-guide.${locale}.json`;
    const {texts} = JSON.parse(readFileSync(file, 'utf8')) as {texts: {pictograms?: Record<string, string>}};
    assert.deepEqual(texts.pictograms, Object.fromEntries(others.map((name) => [name, pictogramPaths[name]])), `${file}: the drawings`);
  }
});
