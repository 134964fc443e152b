/**
 * The studio's folder as `npm run build` leaves it (dist/studio/): self-contained, relative
 * paths only, the CLI's engine and fonts byte for byte, the checked content; and nothing of
 * it in the widget's bundle.
 */
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import vm from 'node:vm';
import {loadContent} from '../../content-model/load.js';
import {allFormats} from '../../print/formats.js';
import {pdfmakeBuild, readFonts} from '../../print/pdfmake-node.js';
import {resolvePrintModel} from '../../print/resolve.js';
import type {StudioData} from '../../print/studio/data.js';
import {cjkFontFiles, fontFiles} from '../../print/styles.js';
import {repoRoot} from '../../scripts/lib/root.mjs';
import {requireStudio, studioDir} from './helpers.js';

/** What a classic data script defines, run in an empty context (as plain data of this realm). */
function definedBy(file: string): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  vm.runInNewContext(readFileSync(join(studioDir, file), 'utf8'), context);
  return JSON.parse(JSON.stringify(context)) as Record<string, unknown>;
}

describe('the studio folder (dist/studio/)', () => {
  it('holds the page, its script, style, engine, fonts, data, notices and one preview per format', () => {
    requireStudio();
    const top = readdirSync(studioDir).sort();
    assert.deepEqual(top, ['THIRD-PARTY-NOTICES.md', 'fonts.js', 'index.html', 'pdfmake.min.js', 'previews', 'studio-data.js', 'studio.css', 'studio.js']);
    const data = definedBy('studio-data.js').kiutStudio as StudioData;
    assert.deepEqual(
      data.previews.map((key) => key.split('/')[1]),
      allFormats.map((f) => f.id),
    );
    for (const key of data.previews)
      assert.ok(
        readFileSync(join(studioDir, 'previews', `${key}.png`))
          .subarray(1, 4)
          .equals(Buffer.from('PNG')),
        key,
      );
  });

  it('the page loads only its own files, by relative paths, classic scripts in order, under the strict policy', () => {
    const page = readFileSync(join(studioDir, 'index.html'), 'utf8');
    const scripts = [...page.matchAll(/<script\b([^>]*)><\/script>/g)].map((m) => m[1].trim());
    assert.deepEqual(scripts, ['defer src="pdfmake.min.js"', 'defer src="fonts.js"', 'defer src="studio-data.js"', 'defer src="studio.js"']);
    assert.doesNotMatch(page, /type="module"|\sstyle=|<style|\son[a-z]+=/i, 'no module, no inline style or handler');
    for (const [, url] of page.matchAll(/\s(?:src|href)="([^"]*)"/g)) assert.match(url, /^(#|[a-z][\w.-]*\.(?:js|css)$)/, url);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self';/);
    assert.doesNotMatch(page, /Példa|demo-only|site\.css|favicon/, "none of the demo's own parts");
  });

  it("ships pdfmake's browser build unchanged: the file the CLI renders with", () => {
    assert.ok(readFileSync(join(studioDir, 'pdfmake.min.js')).equals(readFileSync(pdfmakeBuild)));
  });

  it("ships the CLI's fonts, byte for byte, and no others: Roboto, and Noto Sans SC cut to the print texts", async () => {
    const fonts = definedBy('fonts.js').kiutStudioFonts as Record<string, string>;
    assert.deepEqual(Object.keys(fonts).sort(), [...Object.values(fontFiles), ...Object.values(cjkFontFiles)].sort());
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {version: string}).version;
    assert.deepEqual(fonts, await readFonts(resolvePrintModel(loadContent(), version)));
  });

  it('stays within 4 MB in all; fonts.js within 1 MB, as the Chinese font is cut (one whole weight is over 1 MB)', () => {
    const files = readdirSync(studioDir, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile());
    const total = files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
    assert.ok(total <= 4 * 1024 * 1024, `dist/studio/ is ${total} bytes`);
    const fonts = statSync(join(studioDir, 'fonts.js')).size;
    assert.ok(fonts <= 1024 * 1024, `fonts.js is ${fonts} bytes`);
  });

  it('carries the print model of the checked content, with the package version', () => {
    const data = definedBy('studio-data.js').kiutStudio as StudioData;
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {version: string}).version;
    assert.deepEqual(data.model, resolvePrintModel(loadContent(), version), 'dist/studio/ is older than content/: run `npm run build`');
  });

  it("names pdfmake's, Roboto's and Noto Sans SC's licences", () => {
    const notices = readFileSync(join(studioDir, 'THIRD-PARTY-NOTICES.md'), 'utf8');
    assert.match(notices, /## pdfmake \d+\.\d+\.\d+ \(MIT\)/);
    assert.match(notices, /Permission is hereby granted/);
    assert.match(notices, /## Roboto \(Apache License 2\.0\)/);
    assert.match(notices, /TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION/);
    assert.match(notices, /## Noto Sans SC \(SIL Open Font License 1\.1\)\n\n\(c\) 2014-2021 Adobe/);
    assert.match(notices, /SIL OPEN FONT LICENSE Version 1\.1 - 26 February 2007/);
  });

  it('leaves the widget alone: nothing of the studio or pdfmake in dist/kiut-guide.js', () => {
    for (const bundle of ['kiut-guide.js', 'kiut-guide.iife.js']) {
      const code = readFileSync(join(repoRoot, 'dist', bundle), 'utf8');
      assert.doesNotMatch(code, /pdfmake|pdfMake|kiutStudio|Roboto-Regular|print studio/i, bundle);
    }
  });
});

describe('the studio page and the demo', () => {
  it('ships print/studio/index.html and studio.css as they are: the page is its own, not cut out of the demo', () => {
    for (const file of ['index.html', 'studio.css'])
      assert.ok(readFileSync(join(studioDir, file)).equals(readFileSync(join(repoRoot, 'print', 'studio', file))), `dist/studio/${file}`);
  });

  it('the demo page frames the built studio under /dist/studio/', () => {
    const page = readFileSync(join(repoRoot, 'demo', 'studio.html'), 'utf8');
    assert.match(page, /<iframe class="studio-frame" src="\/dist\/studio\/index\.html" title="Print studio"><\/iframe>/);
    assert.match(page, /<a href="studio\.html" aria-current="page">Print studio<\/a>/);
  });
});
