/**
 * `npm pack`, tested as a developer gets it: outside the repository, the tarball installed into
 * a new project, the element imported and bundled with rollup, typed with TypeScript, and the
 * classic script loaded on a page; both rendered in Chromium. The tarball holds only what a
 * user needs; its one dependency, Lit, is there for the typings (the bundles carry their own).
 */
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, createReadStream, existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname, join, normalize} from 'node:path';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import puppeteer, {type Browser} from 'puppeteer-core';
import {rollup} from 'rollup';
import {chromeArgs, findChrome, installHint} from '../../scripts/browsers.mjs';
import {repoRoot, requireBuild, run, scratch} from './helpers.js';

requireBuild();
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {name: string; version: string};
const work = scratch('pack');
const app = join(work.dir, 'app');
let tarball = '';
let packed: {files: {path: string}[]; size: number; unpackedSize: number}[] = [];
let browser: Browser;
let server: Server;
let origin = '';

before(async () => {
  const pack = run('npm', ['pack', '--json', '--pack-destination', work.dir]);
  assert.equal(pack.status, 0, pack.stderr);
  packed = JSON.parse(pack.stdout);
  tarball = join(work.dir, (packed[0] as unknown as {filename: string}).filename);
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'partner-app', version: '1.0.0', private: true, type: 'module'}));
  // Lit comes from the registry (or npm's cache) for the typings only: the bundles carry their own.
  const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], {cwd: app});
  assert.equal(install.status, 0, install.stdout + install.stderr);

  const executablePath = findChrome();
  if (!executablePath) throw new Error(installHint(['chromium']));
  browser = await puppeteer.launch({executablePath, headless: true, args: chromeArgs.filter((arg) => !arg.startsWith('--headless'))});
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(app, path);
    if (!file.startsWith(app) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json'}[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, {'Content-Type': `${type}; charset=utf-8`, 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'"});
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  work.remove();
});

test('the tarball holds the entries, bundles, typings, manifest and docs, and nothing else', () => {
  const files = packed[0].files.map((f) => f.path).sort();
  for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'PARTNERS.md', 'dist/npm/index.js', 'dist/npm/element.js', 'dist/kiut-guide.js', 'dist/kiut-guide.iife.js', 'dist/custom-elements.json', 'dist/THIRD-PARTY-NOTICES.md', 'dist/types/index.d.ts', 'dist/types/element.d.ts']) {
    assert.ok(files.includes(file), `the tarball has ${file}`);
  }
  const outside = files.filter((f) => !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|PARTNERS\.md|dist\/(npm|types)\/.+|dist\/kiut-guide(\.iife)?\.js(\.map)?|dist\/kiut-guide\.[\w-]+(\.full)?\.json|dist\/custom-elements\.json|dist\/THIRD-PARTY-NOTICES\.md)$/.test(f));
  assert.deepEqual(outside, [], 'no sources, tests, content, PDFs or demo');
  assert.ok(packed[0].size < 400 * 1024, `the tarball is ${packed[0].size} bytes`);
  const installed = JSON.parse(readFileSync(join(app, 'node_modules', manifest.name, 'package.json'), 'utf8'));
  assert.deepEqual(Object.keys(installed.dependencies ?? {}), ['lit'], 'only Lit, whose types the typings name');
});

test('TypeScript resolves the types of both entries (bundler and node16 resolution)', () => {
  writeFileSync(
    join(app, 'main.ts'),
    [
      `import {KiutGuide, defineKiutGuide, KiutGuideExitEvent} from '${manifest.name}/element';`,
      `import * as selfDefining from '${manifest.name}';`,
      'const guide: KiutGuide = document.createElement(\'kiut-guide\');',
      'const locale: string = guide.locale;',
      'const same: boolean = selfDefining.KiutGuide === KiutGuide;',
      'const define: (name?: string) => typeof KiutGuide = defineKiutGuide;',
      'document.addEventListener(\'kiut-guide-exit\', (event) => console.log((event as KiutGuideExitEvent).url, locale, same, define));',
      '',
    ].join('\n'),
  );
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const resolution of [['--module', 'esnext', '--moduleResolution', 'bundler'], ['--module', 'node16', '--moduleResolution', 'node16']]) {
    const checked = run(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--skipLibCheck', 'false', ...resolution, 'main.ts'], {cwd: app});
    assert.equal(checked.status, 0, `${resolution.join(' ')}:\n${checked.stdout}${checked.stderr}`);
  }
});

test('rollup bundles the element from the package; the element entry alone has no side effects', async () => {
  writeFileSync(
    join(app, 'main.js'),
    [
      `import {KiutGuide, defineKiutGuide} from '${manifest.name}/element';`,
      `import * as selfDefining from '${manifest.name}';`,
      'window.__result = {same: selfDefining.KiutGuide === KiutGuide, defined: customElements.get(\'kiut-guide\') === KiutGuide};',
      'defineKiutGuide(\'help-guide\');',
      '',
    ].join('\n'),
  );
  writeFileSync(join(app, 'unused.js'), `import '${manifest.name}/element';\n`);
  writeFileSync(join(app, 'self.js'), `import '${manifest.name}';\n`);
  const bundle = async (input: string, file: string) => {
    const build = await rollup({input: join(app, input), plugins: [nodeResolve({rootDir: app})], onwarn: (warning) => warning.code === 'EMPTY_BUNDLE' || assert.fail(`rollup: ${warning.message}`)});
    const {output} = await build.write({file: join(app, file), format: 'es'});
    await build.close();
    return output[0].code;
  };
  const main = await bundle('main.js', 'bundle.js');
  // As PARTNERS.md says: the language files go beside the bundle, which fetches them from its own folder.
  const npmDist = join(app, 'node_modules', manifest.name, 'dist', 'npm');
  for (const file of readdirSync(npmDist).filter((name) => name.endsWith('.json'))) copyFileSync(join(npmDist, file), join(app, file));
  assert.ok(main.length > 50_000, 'the element is in the bundle');
  const element = readFileSync(join(app, 'node_modules', manifest.name, 'dist', 'npm', 'element.js'), 'utf8');
  assert.ok(main.length < element.length * 1.2, `both entries share one copy of the element and Lit (${main.length} bytes for ${element.length})`);
  assert.equal((await bundle('unused.js', 'unused-bundle.js')).trim(), '', 'an unused import of the class entry is dropped whole');
  assert.ok((await bundle('self.js', 'self-bundle.js')).length > 50_000, 'the self-defining entry is kept');

  writeFileSync(join(app, 'module.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title><script type="module" src="/bundle.js"></script></head><body><kiut-guide></kiut-guide><help-guide lang="uk" layout="compact"></help-guide></body></html>');
  const page = await browser.newPage();
  const offSite: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) offSite.push(request.url());
  });
  await page.goto(`${origin}/module.html`, {waitUntil: 'load'});
  await page.waitForFunction(() => ['kiut-guide', 'help-guide'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part="guide"]:not([lang="hu"]) [part="call-link"]')));
  const seen = await page.evaluate(() => ({
    result: (window as unknown as {__result: unknown}).__result,
    calls: ['kiut-guide', 'help-guide'].map((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[part="call-link"]')!.getAttribute('href')),
    locales: ['kiut-guide', 'help-guide'].map((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[part="guide"]')!.getAttribute('lang')),
  }));
  assert.deepEqual(seen, {result: {same: true, defined: true}, calls: ['tel:+3680205520', 'tel:+3680205520'], locales: ['en', 'uk']});
  assert.deepEqual(offSite, []);
  await page.close();
});

test('the classic script from the package renders the guide on a page without modules', async () => {
  writeFileSync(join(app, 'classic.html'), `<!doctype html><html lang="hu"><head><meta charset="utf-8"><title>Classic</title><script src="/node_modules/${manifest.name}/dist/kiut-guide.iife.js" defer></script></head><body><kiut-guide layout="compact"></kiut-guide></body></html>`);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${origin}/classic.html`, {waitUntil: 'load'});
  await page.waitForFunction(() => document.querySelector('kiut-guide')?.shadowRoot?.querySelector('[part="call-link"]'));
  const seen = await page.evaluate(() => ({
    call: document.querySelector('kiut-guide')!.shadowRoot!.querySelector('[part="call-link"]')!.getAttribute('href'),
    api: typeof (window as unknown as {kiut?: {defineKiutGuide?: unknown}}).kiut?.defineKiutGuide,
  }));
  assert.deepEqual(seen, {call: 'tel:+3680205520', api: 'function'});
  assert.deepEqual(errors, []);
  await page.close();
});
