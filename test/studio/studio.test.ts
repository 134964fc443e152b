/**
 * The print studio in headless Chromium, used as a reader uses it: served by the demo server
 * under its strict CSP, opened from disk (file://), and cut off from the network once loaded.
 * Every format is made and downloaded for real; each download is byte for byte the CLI's
 * file for the same choice and passes the CLI's checks. Bad partner fields get their message
 * at the field and no download. Nothing is stored, nothing goes to another origin, nothing is
 * compiled from a string.
 */
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';
import {after, before, describe, it} from 'node:test';
import {loadContent} from '../../content-model/load.js';
import {allFormats, defaultLanguageSets, localesName, type Format} from '../../print/formats.js';
import {multilingualLanguages} from '../../print/layouts/poster-multi.js';
import {checkPartnerText, maxPartnerLength} from '../../print/partner.js';
import {fileName} from '../../print/studio/data.js';
import type {BuiltFile} from '../../print/build.js';
import {pdftotext, requirePoppler, sharedBuild, testPartner} from '../print/helpers.js';
import {checkSheet} from '../print/sheet-checks.js';
import {
  keepBlobs,
  launchChromium,
  launchFirefox,
  madeBlob,
  requireStudio,
  startDemoServer,
  studioDir,
  StudioPage,
  type Choice,
  type DemoServer,
  type Session,
} from './helpers.js';

const locales = Object.keys(loadContent().locales);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: DemoServer;
let session: Session;
let cli: {dir: string; files: BuiltFile[]};
/** One tab for all the formats: a reader makes several sheets in a row. */
let studio: StudioPage;

before(async () => {
  requireStudio();
  requirePoppler();
  cli = await sharedBuild();
  server = await startDemoServer();
  session = await launchChromium();
  studio = await StudioPage.open(session, `${server.origin}/dist/studio/index.html`);
});

after(async () => {
  await session?.close();
  await server?.close();
});

/** The choice in the form that makes `format` for `sheet`, with the CLI tests' partner. */
function choiceFor(format: Format, sheet: string[]): Choice {
  const base = format.id.replace(/-large$|-discreet$/, '');
  return {format: base, locales: sheet, large: format.largePrint, discreet: format.discreet === true, partner: testPartner};
}

/** The CLI's file for the same choice (the shared build has the same partner). */
function cliFile(format: Format, sheet: string[]): Buffer {
  return readFileSync(join(cli.dir, localesName(sheet), `${format.id}.pdf`));
}

/** The default language set with the most languages a sheet takes (hu + en + uk + ru): the studio's default set and one more ticked. */
const mostLanguages = [...(defaultLanguageSets.find((set) => set.length === multilingualLanguages.max) ?? [])];

/** Each one-language format in a language of its own (in turn), the multilingual ones with four. */
const cases = allFormats.map((format, index) => ({format, sheet: format.languages === 'one' ? [locales[index % locales.length]] : mostLanguages}));

describe('print studio in Chromium, served by the demo server', () => {
  for (const {format, sheet} of cases) {
    it(`${format.id} (${localesName(sheet)}): the download is the CLI's file byte for byte, named for format and language, and passes the CLI's checks`, async () => {
      await studio.choose(choiceFor(format, sheet));
      const file = await studio.download();
      assert.equal(file.name, fileName(format.id, sheet));
      assert.match(file.name, new RegExp(`^kiut-${format.id}-${localesName(sheet)}\\.pdf$`));
      assert.ok(file.bytes.equals(cliFile(format, sheet)), `${file.name}: ${file.bytes.length} bytes, the CLI's ${cliFile(format, sheet).length}; they differ`);
      const path = join(session.downloads, file.name);
      writeFileSync(path, file.bytes);
      checkSheet(path, format, sheet, testPartner);
      assert.match(await studio.status(), new RegExp(`ready: ${file.name.replace(/\./g, '\\.')}`));
    });
  }

  it('made all of them with no CSP violation, no code compiled from a string, and no request to another origin', async () => {
    const probe = await studio.probe();
    assert.deepEqual(probe.violations, []);
    assert.deepEqual(probe.functionCalls, []);
    assert.deepEqual(studio.errors, []);
    assert.ok(studio.requests.length >= 5, `${studio.requests.length} requests`);
    for (const url of studio.requests) assert.equal(new URL(url).origin, server.origin, url);
  });

  it('stores nothing: no cookie, no web storage, no database, no cache, no service worker', async () => {
    const stored = await studio.page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    assert.deepEqual(stored, {cookie: '', local: 0, session: 0, databases: 0, caches: 0, workers: 0});
  });

  it('the probe does catch code compiled from a string (the control)', async () => {
    const page = await StudioPage.open(session, `${server.origin}/dist/studio/index.html`);
    try {
      // In a task of the page's own: code that DevTools evaluates directly is exempt from the CSP.
      await page.page.evaluate(`setTimeout(() => {
        try {
          new Function('return 1')();
        } catch (error) {
          window.__kiutBlocked = String(error);
        }
      })`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.match(String(await page.page.evaluate('window.__kiutBlocked')), /^EvalError: .*Content Security Policy/);
      const probe = await page.probe();
      assert.deepEqual(probe.functionCalls, ['return 1']);
      // One report per policy that forbids it: the server's header and the page's meta element.
      assert.ok(probe.violations.length >= 1);
      for (const violation of probe.violations) assert.deepEqual([violation.directive, violation.blocked], ['script-src', 'eval']);
    } finally {
      await page.close();
    }
  });
});

describe("partner fields in the studio: the CLI's rules, a message at the field, no download", () => {
  const hostile: [string, 'partner-name' | 'partner-contact', string][] = [
    ['only spaces', 'partner-name', '   '],
    ['over the length limit', 'partner-name', 'é'.repeat(maxPartnerLength + 1)],
    ['a right-to-left override', 'partner-name', 'Help\u202Egnp.exe'],
    ['a bidirectional isolate', 'partner-contact', 'call \u2066+36 1 555 0100\u2069'],
    ['a control character', 'partner-contact', 'a\u0007b'],
    ['a zero-width space', 'partner-name', 'Shel\u200Bter'],
    ['markup', 'partner-name', '<script>alert(1)</script>'],
    ['an image tag', 'partner-contact', '<img src=x onerror=alert(1)>'],
    ['a character reference', 'partner-contact', 'Tom &amp; Jerry'],
  ];
  const labels = {'partner-name': 'Organisation name', 'partner-contact': 'How to reach you'};

  for (const [what, field, value] of hostile) {
    it(`${what} in "${labels[field]}"`, async () => {
      await studio.choose({format: 'wallet-card', locales: [locales[0]]});
      await studio.setField(field, value);
      await studio.downloadRefused();
      const state = await studio.page.$eval(`#${field}`, (input) => ({
        invalid: input.getAttribute('aria-invalid'),
        describedBy: input.getAttribute('aria-describedby'),
        focused: document.activeElement === input,
      }));
      assert.deepEqual(state, {invalid: 'true', describedBy: `${field}-hint ${field}-error`, focused: true});
      const message = await studio.page.$eval(`#${field}-error`, (p) => ({text: p.textContent, hidden: (p as HTMLElement).hidden}));
      let expected = '';
      try {
        checkPartnerText(value, labels[field]);
      } catch (error) {
        expected = (error as Error).message;
      }
      assert.ok(expected !== '', 'the CLI refuses it too');
      assert.deepEqual(message, {text: expected, hidden: false});
      assert.match(await studio.status(), /Nothing was made/);
      // Fixed, the message goes and the sheet is made.
      await studio.setField(field, 'Példa Egyesület');
      assert.equal(await studio.page.$eval(`#${field}`, (input) => input.getAttribute('aria-invalid')), null);
      const file = await studio.download();
      assert.equal(file.name, fileName('wallet-card', [locales[0]]));
    });
  }

  it('a partner line too long for the sheet: the reason in the status, and no download', async () => {
    await studio.choose({
      // A one-page poster: the A6 card's back takes what its front cannot.
      format: 'poster-a4',
      locales: ['uk'],
      partner: {name: 'Й'.repeat(maxPartnerLength), contact: 'W'.repeat(maxPartnerLength)},
    });
    await studio.downloadRefused(4000);
    assert.match(
      await studio.status(),
      /^No PDF was made: .*uk\/poster-a4 with the partner's name and contact needs 2 pages even at 70% text size; it may have 1\. Shorten them/,
    );
    assert.equal(await studio.page.$eval('#studio-result', (result) => (result as HTMLElement).hidden), true);
  });

  it('a multilingual sheet with one language gets its message at the languages, and no download', async () => {
    await studio.choose({format: 'poster-a4-multi', locales: [locales[0]]});
    await studio.downloadRefused();
    const state = await studio.page.$eval('#languages-field', (fieldset) => ({
      invalid: fieldset.getAttribute('aria-invalid'),
      describedBy: fieldset.getAttribute('aria-describedby'),
    }));
    assert.deepEqual(state, {invalid: 'true', describedBy: 'languages-error'});
    assert.match(await studio.page.$eval('#languages-error', (p) => p.textContent ?? ''), /Choose 2 to 4 languages for one sheet; 1 is chosen/);
  });
});

describe('print studio offline and from disk', () => {
  it('keeps working with the network cut once the page has loaded: previews, and the same PDF', async () => {
    const own = await startDemoServer();
    const page = await StudioPage.open(session, `${own.origin}/dist/studio/index.html`);
    try {
      // The network goes: the server stops, and the browser is offline.
      await own.close();
      await page.page.setOfflineMode(true);
      const format = allFormats.find((f) => f.id === 'poster-a4-large') as Format;
      await page.choose(choiceFor(format, [locales[1]]));
      const preview = await page.page.$eval('#studio-preview img:not([hidden])', (img) => ({
        loaded: (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      }));
      assert.deepEqual(preview, {loaded: true});
      const file = await page.download();
      assert.ok(file.bytes.equals(cliFile(format, [locales[1]])), 'offline, the same bytes as the CLI');
      assert.deepEqual((await page.probe()).violations, []);
    } finally {
      await page.page.setOfflineMode(false);
      await page.close();
    }
  });

  it('works opened from disk (file://): classic scripts, no fetch, the same PDF', async () => {
    const url = pathToFileURL(join(studioDir, 'index.html')).href;
    const page = await StudioPage.open(session, url);
    try {
      const format = allFormats.find((f) => f.id === 'poster-a4-multi') as Format;
      await page.choose(choiceFor(format, mostLanguages));
      const file = await page.download();
      assert.ok(file.bytes.equals(cliFile(format, mostLanguages)), 'from disk, the same bytes as the CLI');
      const probe = await page.probe();
      assert.deepEqual(probe, {violations: [], functionCalls: []});
      assert.deepEqual(page.errors, []);
      for (const request of page.requests) assert.ok(request.startsWith(pathToFileURL(studioDir).href + '/'), request);
      // The demo's own parts are not in the folder's page.
      assert.equal(await page.page.$('.site-header, .demo-notice, .site-footer'), null);
    } finally {
      await page.close();
    }
  });
});

describe('print studio in Firefox ESR', () => {
  it('makes the same bytes as the CLI in another engine: the multilingual poster (Cyrillic) and large print', async () => {
    const firefox = await launchFirefox();
    try {
      const page = await firefox.browser.newPage();
      await page.goto(`${server.origin}/dist/studio/index.html`);
      await page.waitForSelector('form[data-ready="true"]', {timeout: 60_000});
      await page.evaluate(keepBlobs);
      for (const format of allFormats.filter((f) => f.id === 'poster-a4-multi' || f.id === 'leaflet-a4-large')) {
        // The multilingual poster in the studio's default languages (nothing ticked here).
        const sheet = format.languages === 'one' ? [locales.at(-1) as string] : [...defaultLanguageSets[0]];
        const choice = choiceFor(format, sheet);
        await page.click(`input[name="format"][value="${choice.format}"]`);
        if (format.largePrint) await page.click('#large-print');
        if (format.languages === 'one') await page.click(`input[name="locale"][value="${sheet[0]}"]`);
        await page.type('#partner-name', testPartner.name);
        await page.type('#partner-contact', testPartner.contact);
        await page.click('#studio-download');
        await page.waitForFunction(
          (name) => document.getElementById('studio-file')?.getAttribute('download') === name,
          {timeout: 60_000},
          fileName(format.id, sheet),
        );
        assert.ok((await madeBlob(page)).equals(cliFile(format, sheet)), `${format.id}: Firefox's bytes differ from the CLI's`);
        await page.evaluate(`document.getElementById('partner-name').value = ''; document.getElementById('partner-contact').value = ''`);
      }
    } finally {
      await firefox.close();
    }
  });
});

describe('print studio accessibility', () => {
  /** axe's WCAG 2.2 A and AA rules on the page as it is now; evaluated by DevTools, so the page's CSP does not stop it. */
  async function axeViolations(page: StudioPage): Promise<string[]> {
    await page.page.evaluate(axeSource);
    const result = (await page.page.evaluate(
      `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})`,
    )) as {violations: {id: string; nodes: {target: string[]}[]}[]; passes: unknown[]};
    assert.ok(result.passes.length > 10, 'axe checked the page');
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`no axe violation in ${scheme} mode: the form, a multilingual choice, and the field errors`, async () => {
      for (const url of [`${server.origin}/dist/studio/index.html`, pathToFileURL(join(studioDir, 'index.html')).href]) {
        const page = await StudioPage.open(session, url);
        try {
          await page.page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
          assert.deepEqual(await axeViolations(page), [], `${url}: the form`);
          await page.choose({format: 'poster-a3-multi', locales: [locales[0]]});
          await page.setField('partner-name', '<b>x</b>');
          await page.downloadRefused(300);
          assert.deepEqual(await axeViolations(page), [], `${url}: with errors`);
        } finally {
          await page.close();
        }
      }
    });
  }

  it('reflows at 320 px: nothing scrolls sideways', async () => {
    const page = await StudioPage.open(session, `${server.origin}/dist/studio/index.html`);
    try {
      await page.page.setViewport({width: 320, height: 640});
      const widths = await page.page.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}));
      assert.ok(widths.scroll <= widths.client, `${widths.scroll} px wide in a ${widths.client} px window`);
    } finally {
      await page.close();
    }
  });

  it('every control has its label, and the status is announced politely', async () => {
    const page = await StudioPage.open(session, `${server.origin}/dist/studio/index.html`);
    try {
      const unlabeled = await page.page.$$eval('input', (inputs) =>
        inputs.filter((input) => (input as HTMLInputElement).labels?.length === 0).map((input) => input.outerHTML),
      );
      assert.deepEqual(unlabeled, []);
      assert.equal(await page.page.$eval('#studio-status', (status) => status.getAttribute('role')), 'status');
      const languages = await page.page.$$eval('input[name="locale"]', (inputs) =>
        inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.querySelector('[lang]')?.getAttribute('lang')),
      );
      assert.deepEqual(languages, locales, 'each language is named in itself, marked with its lang');
    } finally {
      await page.close();
    }
  });
});

describe('the studio form (lit-html): what follows from a wrong field', () => {
  it('an invalid field is aria-invalid, described by its message, and the download is disabled; fixed, all three go', async () => {
    const page = await StudioPage.open(session, `${server.origin}/dist/studio/index.html`, ['en']);
    try {
      const state = () =>
        page.page.evaluate(() => ({
          invalid: document.getElementById('partner-contact')?.getAttribute('aria-invalid') ?? null,
          describedBy: document.getElementById('partner-contact')?.getAttribute('aria-describedby') ?? null,
          message: (document.getElementById('partner-contact-error') as HTMLElement).hidden
            ? null
            : document.getElementById('partner-contact-error')?.textContent,
          disabled: (document.getElementById('studio-download') as HTMLButtonElement).disabled,
        }));
      assert.deepEqual(await state(), {invalid: null, describedBy: 'partner-contact-hint', message: null, disabled: false});
      await page.setField('partner-contact', 'a\u0007b');
      // While typing, no message yet: it comes when the reader asks for the PDF.
      assert.deepEqual(await state(), {invalid: null, describedBy: 'partner-contact-hint', message: null, disabled: false});
      await page.downloadRefused(300);
      const refused = await state();
      assert.deepEqual(refused, {
        invalid: 'true',
        describedBy: 'partner-contact-hint partner-contact-error',
        message: refused.message,
        disabled: true,
      });
      assert.match(refused.message ?? '', /^How to reach you contains the invisible control or text-direction character U\+0007 at position 2/);
      await page.setField('partner-contact', '+36 1 555 0100');
      assert.deepEqual(await state(), {invalid: null, describedBy: 'partner-contact-hint', message: null, disabled: false});
    } finally {
      await page.close();
    }
  });

  it('lists the formats of print/formats.ts (large print and discreet as choices beside them) and the languages of the print data', async () => {
    const page = await StudioPage.open(session, `${server.origin}/dist/studio/index.html`, ['en']);
    try {
      const values = (name: string) => page.page.$$eval(`input[name="${name}"]`, (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      assert.deepEqual(
        await values('format'),
        allFormats.filter((f) => !f.largePrint && !f.discreet).map((f) => f.id),
      );
      assert.deepEqual(await values('locale'), locales);
      await page.page.click('input[name="format"][value="poster-a4-multi"]');
      assert.deepEqual(await values('locales'), locales);
    } finally {
      await page.close();
    }
  });

  it('prints the multilingual languages in the order they were ticked, and says each one its place', async () => {
    const page = await StudioPage.open(session, `${server.origin}/dist/studio/index.html`, ['en']);
    try {
      await page.page.click('input[name="format"][value="poster-a4-multi"]');
      const ticked = () => page.page.$$eval('input[name="locales"]:checked', (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      assert.deepEqual(await ticked(), [...defaultLanguageSets[0]], 'hu + en + uk by default');
      for (const locale of await ticked()) await page.page.click(`input[name="locales"][value="${locale}"]`);
      const order = [locales[2], locales[0]];
      for (const locale of order) await page.page.click(`input[name="locales"][value="${locale}"]`);
      const places = await page.page.$$eval('#languages-options .option-place', (spans) => spans.map((span) => span.textContent));
      assert.deepEqual(places, ['2.', '1.'], 'in the list order: hu is second, uk first');
      const file = await page.download();
      assert.equal(file.name, fileName('poster-a4-multi', order));
      const path = join(session.downloads, file.name);
      writeFileSync(path, file.bytes);
      const format = allFormats.find((f) => f.id === 'poster-a4-multi') as Format;
      checkSheet(path, format, order, {});
    } finally {
      await page.close();
    }
  });
});

describe("the studio's own language", () => {
  const heading = (page: StudioPage) =>
    page.page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelector('h1')?.textContent?.trim(),
      button: document.getElementById('studio-download')?.textContent?.trim(),
      pressed: document.querySelector('.studio-languages [aria-pressed="true"]')?.getAttribute('lang'),
    }));

  for (const [browser, expected] of [
    [['de-AT', 'fr'], {lang: 'hu', h1: 'Nyomtatványkészítő', button: 'PDF letöltése', pressed: 'hu'}],
    [[], {lang: 'hu', h1: 'Nyomtatványkészítő', button: 'PDF letöltése', pressed: 'hu'}],
    [['de-DE', 'uk-UA', 'en'], {lang: 'uk', h1: 'Друк матеріалів', button: 'Завантажити PDF', pressed: 'uk'}],
    [['en-GB', 'hu'], {lang: 'en', h1: 'Print studio', button: 'Download PDF', pressed: 'en'}],
    [['hu-HU'], {lang: 'hu', h1: 'Nyomtatványkészítő', button: 'PDF letöltése', pressed: 'hu'}],
  ] as const) {
    it(`a browser in ${JSON.stringify(browser)} gets ${expected.lang}`, async () => {
      const page = await StudioPage.open(session, `${server.origin}/dist/studio/index.html`, [...browser]);
      try {
        assert.deepEqual(await heading(page), expected);
      } finally {
        await page.close();
      }
    });
  }

  it('the switch changes every text at once, a shown message too, and stores nothing', async () => {
    const page = await StudioPage.open(session, `${server.origin}/dist/studio/index.html`, ['de']);
    try {
      await page.setField('partner-name', '<b>x</b>');
      await page.downloadRefused(300);
      assert.match(await page.page.$eval('#partner-name-error', (p) => p.textContent ?? ''), /^A szervezet neve: HTML-kód van benne \(„<b…”/);
      assert.match(await page.status(), /^Nem készült PDF/);
      await page.page.click('.studio-languages button[lang="uk"]');
      assert.deepEqual(await heading(page), {lang: 'uk', h1: 'Друк матеріалів', button: 'Завантажити PDF', pressed: 'uk'});
      assert.match(await page.page.$eval('#partner-name-error', (p) => p.textContent ?? ''), /^Назва організації: містить HTML-розмітку/);
      assert.match(await page.status(), /^PDF не створено/);
      assert.equal(await page.page.$eval('label[for="partner-name"]', (label) => label.textContent), 'Назва організації');
      await page.page.click('.studio-languages button[lang="en"]');
      assert.match(await page.page.$eval('#partner-name-error', (p) => p.textContent ?? ''), /^Organisation name contains markup \("<b…"\) at position 1/);
      const stored = await page.page.evaluate(() => ({cookie: document.cookie, local: localStorage.length, session: sessionStorage.length}));
      assert.deepEqual(stored, {cookie: '', local: 0, session: 0});
      assert.deepEqual(await axeViolationsOf(page), []);
    } finally {
      await page.close();
    }
  });
});

describe('characters the sheet cannot print', () => {
  const cases: [string, 'partner-name' | 'partner-contact', string, string[]][] = [
    ['Arabic', 'partner-name', 'جمعية المساعدة', ['ج', 'م', 'ع', 'ي', 'ة', 'ا', 'ل', 'س', 'د']],
    // Roboto has no ☎ either (the check names it, as it did before the Chinese font came).
    ['an emoji', 'partner-contact', '+36 1 555 0100 ☎️', ['☎', '\uFE0F']],
    ['an emoji outside the BMP', 'partner-name', 'Példa 😀', ['😀']],
    // The Chinese font holds only the characters of the print texts: 协会 is there, 鑫龍 is not.
    ['Chinese the print texts do not use', 'partner-name', '鑫龍协会 Példa', ['鑫', '龍']],
  ];
  for (const [what, field, value, characters] of cases) {
    it(`${what}: the field names the characters, and nothing is downloaded`, async () => {
      const page = await StudioPage.open(session, `${server.origin}/dist/studio/index.html`, ['en']);
      try {
        await page.setField(field, value);
        await page.downloadRefused(500);
        const state = await page.page.$eval(`#${field}`, (input) => ({
          invalid: input.getAttribute('aria-invalid'),
          describedBy: input.getAttribute('aria-describedby'),
          focused: document.activeElement === input,
        }));
        assert.deepEqual(state, {invalid: 'true', describedBy: `${field}-hint ${field}-error`, focused: true});
        const message = await page.page.$eval(`#${field}-error`, (p) => p.textContent ?? '');
        assert.match(message, /has characters that the sheet's fonts cannot print: /);
        for (const character of characters) {
          const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
          assert.ok(message.includes(`"${character}" (${code})`), `${message} names ${code}`);
        }
        const named = [...message.matchAll(/"(.+?)" \(U\+[0-9A-F]{4,}\)/gu)].map((match) => match[1]);
        assert.deepEqual(named, characters, 'only what the fonts cannot draw');
        assert.equal(await page.page.$eval('#studio-download', (button) => (button as HTMLButtonElement).disabled), true);
        assert.match(await page.status(), /Nothing was made/);
      } finally {
        await page.close();
      }
    });
  }

  it('in Hungarian too, and the letters of every language of the print data pass', async () => {
    const page = await StudioPage.open(session, `${server.origin}/dist/studio/index.html`, ['hu']);
    try {
      await page.setField('partner-name', 'Példa ✈');
      await page.downloadRefused(300);
      assert.equal(
        await page.page.$eval('#partner-name-error', (p) => p.textContent),
        'A szervezet neve: ezeket a karaktereket a lap betűtípusai nem tudják kinyomtatni: "✈" (U+2708). Írja be nélkülük, például latin betűkkel.',
      );
      await page.setField('partner-name', 'Árvíztűrő tükörfúrógép Őrség, Київ Ґанок, Smith & Co');
      assert.equal(await page.page.$eval('#partner-name', (input) => input.getAttribute('aria-invalid')), null);
      const file = await page.download();
      assert.equal(file.name, fileName(allFormats[0].id, [locales[0]]));
      // Chinese the print texts use is in the studio's Chinese font, and prints.
      await page.setField('partner-name', '受害者援助协会 Példa');
      assert.equal(await page.page.$eval('#partner-name', (input) => input.getAttribute('aria-invalid')), null);
      const chinese = await page.download();
      const path = join(session.downloads, `chinese-${chinese.name}`);
      writeFileSync(path, chinese.bytes);
      assert.ok(pdftotext(path).replace(/\s+/g, '').includes('受害者援助协会Példa'), 'the Chinese partner name is printed whole');
    } finally {
      await page.close();
    }
  });
});

/** axe's WCAG 2.2 A and AA rules on the page as it is now. */
async function axeViolationsOf(page: StudioPage): Promise<string[]> {
  await page.page.evaluate(axeSource);
  const result = (await page.page.evaluate(
    `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})`,
  )) as {violations: {id: string; nodes: {target: string[]}[]}[]};
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
