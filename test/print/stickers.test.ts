/**
 * The sticker sheets, label by label: every sheet built in every locale (without and with a
 * partner line), and each of its labels read back from the PDF against the format's own
 * geometry (formats.ts): the text runs' boxes (pdftohtml) and every dark pixel (pdftoppm) inside
 * the label less its safe margin, the code decoded in each label, at least 2 cm, its quiet
 * zone white and inside the label, and each label's words (pdftotext, cropped to the label):
 * the seed's hotline card and nothing more, plus whom the line is for on the ordinary sheet only.
 */
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {loadContent} from '../../content-model/load.js';
import {factsUpdated} from '../../content-model/types.js';
import {buildPrint} from '../../print/build.js';
import {formats, minModuleMm, moduleMm, type Format} from '../../print/formats.js';
import {labelCorners, type LabelSheet} from '../../print/layouts/sticker-sheet.js';
import {nodePdfMake} from '../../print/pdfmake-node.js';
import {quietZoneModules} from '../../print/qr.js';
import {renderSheet, SheetTooLongError} from '../../print/render.js';
import {resolvePrintModel} from '../../print/resolve.js';
import {repoRoot} from '../../scripts/lib/root.mjs';
import {decodeLabel, flat, measureCode, pdfinfo, renderPages, requirePoppler, testPartner, textBoxes, type Page} from './helpers.js';

const content = loadContent();
const locales = Object.keys(content.locales);
const model = resolvePrintModel(content);
const okit = content.facts.services.find((s) => s.id === 'okit');
const okitUrl = okit?.url ?? '?';
const phone = okit?.phone?.international ?? '?';
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {version: string}).version;
const stickerFormats = formats.filter((format): format is Format & {labels: LabelSheet} => format.labels !== undefined);
const pt = (mm: number) => (mm * 72) / 25.4;
const dpi = 150;
const px = (points: number) => (points * dpi) / 72;

let scratch: string;
/** Without a partner, and with the partner line the CLI tests use (the fullest label). */
const builds = {plain: '', partner: ''};

before(async () => {
  requirePoppler();
  scratch = mkdtempSync(join(tmpdir(), 'kiut-stickers-'));
  const ids = stickerFormats.map((format) => format.id);
  builds.plain = join(scratch, 'plain');
  builds.partner = join(scratch, 'partner');
  await buildPrint({outDir: builds.plain, formats: ids});
  await buildPrint({outDir: builds.partner, formats: ids, partner: testPartner});
});
after(() => rmSync(scratch, {recursive: true, force: true}));

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Each label's rectangle and its safe area, in points. */
function labelBoxes(sheet: LabelSheet): {label: Box; safe: Box}[] {
  const [w, h] = sheet.labelMm.map(pt);
  const safe = pt(sheet.safeMm);
  return labelCorners(sheet).map(({x, y}) => ({
    label: {left: x, top: y, right: x + w, bottom: y + h},
    safe: {left: x + safe, top: y + safe, right: x + w - safe, bottom: y + h - safe},
  }));
}

const inside = (inner: Box, outer: Box, slack = 0) =>
  inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;

/** The text pdftotext reads inside a rectangle (points) of page 1. */
function textIn(path: string, box: Box): string {
  const args = ['-r', '72', '-x', String(Math.floor(box.left)), '-y', String(Math.floor(box.top))];
  args.push('-W', String(Math.ceil(box.right - box.left)), '-H', String(Math.ceil(box.bottom - box.top)));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', ...args, path, '-'], {encoding: 'utf8'});
}

/** The darkest-first dark pixels of a page region that lie outside every allowed box (pixels). */
function inkOutside(page: Page, area: Box, allowed: Box[]): {x: number; y: number}[] {
  const found: {x: number; y: number}[] = [];
  for (let y = Math.max(0, Math.floor(area.top)); y < Math.min(page.height, Math.ceil(area.bottom)); y++) {
    for (let x = Math.max(0, Math.floor(area.left)); x < Math.min(page.width, Math.ceil(area.right)); x++) {
      const i = (y * page.width + x) * 4;
      const luma = 0.299 * page.data[i] + 0.587 * page.data[i + 1] + 0.114 * page.data[i + 2];
      if (luma >= 128) continue;
      // A pixel is allowed when its centre lies in an allowed box.
      if (allowed.some((b) => x + 0.5 >= b.left && x + 0.5 <= b.right && y + 0.5 >= b.top && y + 0.5 <= b.bottom)) continue;
      found.push({x, y});
      if (found.length > 5) return found;
    }
  }
  return found;
}

const scaleBox = (box: Box, by: (v: number) => number): Box => ({left: by(box.left), top: by(box.top), right: by(box.right), bottom: by(box.bottom)});

describe('sticker sheets', () => {
  it('come in two layouts named by their labels, each ordinary and discreet, in every locale', () => {
    assert.deepEqual(
      stickerFormats.map((f) => f.id),
      ['stickers-70x37', 'stickers-70x37-discreet', 'stickers-63x38', 'stickers-63x38-discreet'],
    );
    for (const format of stickerFormats) {
      assert.equal(format.discreet === true, format.id.endsWith('-discreet'), format.id);
      for (const locale of locales) assert.equal(pdfinfo(join(builds.plain, locale, `${format.id}.pdf`)).Pages, '1', `${locale}/${format.id}`);
    }
  });

  it("the formats' geometry is the products': labels on the page, apart, the safe margin ≥ 2 mm, a code of ≥ 2 cm at H in each", () => {
    const expected: Record<string, Omit<LabelSheet, 'safeMm'>> = {
      'stickers-70x37': {columns: 3, rows: 8, labelMm: [70, 37], originMm: [0, 0.5], pitchMm: [70, 37]},
      'stickers-63x38': {columns: 3, rows: 7, labelMm: [63.5, 38.1], originMm: [7.21, 15.15], pitchMm: [66.04, 38.1]},
    };
    for (const format of stickerFormats) {
      const sheet = format.labels;
      const {safeMm, ...grid} = sheet;
      const want = expected[format.id.replace(/-discreet$/, '')];
      assert.deepEqual({...grid, originMm: grid.originMm.map((v) => Math.round(v * 100) / 100)}, want, format.id);
      assert.ok(safeMm >= 2, `${format.id}: safe margin ${safeMm} mm`);
      assert.ok(sheet.pitchMm[0] >= sheet.labelMm[0] && sheet.pitchMm[1] >= sheet.labelMm[1], `${format.id}: labels overlap`);
      const [pageW, pageH] = format.pagePt;
      const lastRight = pt(sheet.originMm[0] + (sheet.columns - 1) * sheet.pitchMm[0] + sheet.labelMm[0]);
      const lastBottom = pt(sheet.originMm[1] + (sheet.rows - 1) * sheet.pitchMm[1] + sheet.labelMm[1]);
      assert.ok(lastRight <= pageW + 1e-6 && lastBottom <= pageH + 1e-6, `${format.id}: labels run off the page`);
      // Symmetric on the sheet, as the products are.
      assert.ok(Math.abs(pageW - lastRight - pt(sheet.originMm[0])) < 0.05, `${format.id}: side margins differ`);
      assert.ok(Math.abs(pageH - lastBottom - pt(sheet.originMm[1])) < 0.05, `${format.id}: top and bottom margins differ`);
      assert.ok(format.qr.symbolMm >= 20, `${format.id}: code ${format.qr.symbolMm} mm`);
      assert.equal(format.qr.level, 'H', `${format.id}: level`);
      assert.ok(moduleMm(format, model.facts) >= minModuleMm, `${format.id}: module ${moduleMm(format, model.facts)} mm`);
      const quiet = (format.qr.symbolMm / model.facts.codesAt.H.okit.size) * quietZoneModules;
      assert.ok(
        format.qr.symbolMm + 2 * quiet <= Math.min(...sheet.labelMm) - 2 * Math.max(0, safeMm - quiet),
        `${format.id}: the code's box is larger than a label`,
      );
    }
  });

  for (const format of stickerFormats) {
    for (const [build, dir] of Object.entries(builds)) {
      it(`${format.id} (${build}): every text run and every dark pixel inside its label less ${format.labels.safeMm} mm; one code per label, decoded, ≥ 2 cm, quiet zone white and inside the label`, () => {
        const boxes = labelBoxes(format.labels);
        const quietModules = quietZoneModules;
        for (const locale of locales) {
          const where = `${build} ${locale}/${format.id}`;
          const path = join(dir, locale, `${format.id}.pdf`);
          const info = pdfinfo(path);
          assert.equal(info.Pages, '1', `${where}: pages`);
          assert.match(info['Page size'] ?? '', new RegExp(`^${format.pagePt[0]} x ${format.pagePt[1]} pts`), `${where}: page size`);

          // The codes first: where each one is tells where the text may not be.
          const [page] = renderPages(path, dpi);
          const codeBoxes: Box[] = [];
          for (const [index, {label, safe}] of boxes.entries()) {
            const height = label.bottom - label.top;
            // The text-run checks below keep the text off the code.
            const code = decodeLabel(page, {x: px(label.left), y: px(label.top), width: px(label.right - label.left), height: px(height)});
            assert.ok(code, `${where}: label ${index + 1} has no code that decodes`);
            assert.equal(code.data, okitUrl, `${where}: label ${index + 1}`);
            const geometry = measureCode(page, code, dpi, quietModules);
            assert.ok(geometry.symbolCm >= 2 * 0.985, `${where}: label ${index + 1}: code ${geometry.symbolCm.toFixed(2)} cm`);
            assert.ok(geometry.quietZoneDarkest >= 160, `${where}: label ${index + 1}: quiet zone not white (${geometry.quietZoneDarkest})`);
            const side = geometry.modules * geometry.modulePx;
            const symbol = {left: code.topLeft.x - 3.5 * geometry.modulePx, top: code.topLeft.y - 3.5 * geometry.modulePx};
            const symbolBox = {left: symbol.left, top: symbol.top, right: symbol.left + side, bottom: symbol.top + side};
            const quiet = quietModules * geometry.modulePx;
            const outer = {left: symbolBox.left - quiet, top: symbolBox.top - quiet, right: symbolBox.right + quiet, bottom: symbolBox.bottom + quiet};
            // Half a module of slack for measuring between finder centres on the raster.
            const slack = geometry.modulePx / 2;
            assert.ok(inside(symbolBox, scaleBox(safe, px), slack), `${where}: label ${index + 1}: the code reaches into the safe margin`);
            assert.ok(inside(outer, scaleBox(label, px), slack), `${where}: label ${index + 1}: the quiet zone runs off the label`);
            codeBoxes.push(scaleBox(outer, (v) => (v * 72) / dpi));
          }

          // Every run of text inside one label's safe area, and off its code's white box.
          const runs = textBoxes(path).filter((run) => run.text.trim() !== '');
          assert.ok(runs.length >= boxes.length * 4, `${where}: ${runs.length} text runs`);
          for (const run of runs) {
            const box = {left: run.left, top: run.top, right: run.left + run.width, bottom: run.top + run.height};
            const home = boxes.findIndex(({label}) => inside(box, label, 1));
            assert.ok(home >= 0, `${where}: "${run.text}" is in no label`);
            // pdftohtml rounds to a third of a point; a run that opens with a space (the badge) may start a space early.
            assert.ok(inside(box, boxes[home].safe, 2), `${where}: "${run.text}" at ${JSON.stringify(box)} is in label ${home + 1}'s safe margin`);
            const code = codeBoxes[home];
            const overlaps = box.left < code.right && box.right > code.left && box.top < code.bottom && box.bottom > code.top;
            assert.ok(!overlaps, `${where}: "${run.text}" overlaps the code of label ${home + 1}`);
          }

          // No ink at all in a safe margin, nor between or around the labels.
          const allowed = boxes.map(({safe}) => scaleBox(safe, px));
          const stray = inkOutside(page, {left: 0, top: 0, right: page.width, bottom: page.height}, allowed);
          assert.deepEqual(stray, [], `${where}: ink outside the labels' safe areas (pixels at ${dpi} dpi)`);
        }
      });
    }
  }

  it("each label says the seed's hotline card in its language and nothing more; the ordinary one adds whom the line is for", () => {
    for (const format of stickerFormats) {
      for (const locale of locales) {
        const texts = content.locales[locale];
        const path = join(builds.plain, locale, `${format.id}.pdf`);
        for (const [index, {label}] of labelBoxes(format.labels).entries()) {
          const where = `${locale}/${format.id} label ${index + 1}`;
          let text = flat(textIn(path, label)).trim();
          const pieces = [
            phone,
            ...(format.discreet ? [] : [texts.print.sticker]),
            texts.hotline.badge,
            texts.hotline.short,
            texts.hotline.name,
            texts.hotline.free,
            `${texts.about.updated} ${factsUpdated(content.facts)} · kiut ${version}`,
          ];
          for (const piece of pieces) {
            const at = text.indexOf(flat(piece));
            assert.ok(at >= 0, `${where}: no "${piece}" in "${text}"`);
            text = `${text.slice(0, at)} ${text.slice(at + flat(piece).length)}`;
          }
          assert.equal(text.trim(), '', `${where}: words beyond the hotline card`);
        }
      }
    }
  });

  it('the discreet sheets name no trafficking in any language, in the page or the file; the ordinary ones do', () => {
    // The word for trafficking in every language of the content (a test that knew four would pass the others unread).
    const giveaways = /emberkeresked|traffick|trafic|trafik|торгівл|торговл|трафик|трговин|trgovin|mua bán người|贩运|贩卖|наймаа/i;
    for (const locale of locales) assert.match(content.locales[locale].print.sticker, giveaways, `${locale}: print.sticker names whom the line is for`);
    for (const format of stickerFormats) {
      for (const locale of locales) {
        for (const dir of Object.values(builds)) {
          const path = join(dir, locale, `${format.id}.pdf`);
          const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], {encoding: 'utf8'});
          const info = pdfinfo(path);
          if (format.discreet) {
            assert.doesNotMatch(text, giveaways, `${locale}/${format.id} text`);
            assert.doesNotMatch(`${info.Title} ${info.Subject}`, giveaways, `${locale}/${format.id} metadata`);
          } else {
            const count = text.split(flat(content.locales[locale].print.sticker).split(' ')[0]).length - 1;
            assert.ok(count >= format.labels.columns * format.labels.rows, `${locale}/${format.id}: whom it is for on ${count} labels`);
          }
        }
      }
    }
  });

  it('a text too long for a label shrinks, then fails with the reason, and is never cut by the edge', async () => {
    const long = structuredClone(model);
    long.languages[0].hotline.name = `${long.languages[0].hotline.name} `.repeat(15);
    const [format] = stickerFormats;
    await assert.rejects(renderSheet(await nodePdfMake(long), format, long, [long.languages[0].locale]), (error: Error) => {
      assert.ok(error instanceof SheetTooLongError);
      assert.match(
        error.message,
        new RegExp(`${format.id} needs 2 pages even at 80% text size; it may have 1. Shorten the texts of content/${long.languages[0].locale}/guide.yaml`),
      );
      return true;
    });
  });
});
