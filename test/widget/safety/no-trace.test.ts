/**
 * No trace: the guide makes no network request but its own script, touches no cookie, no
 * web storage, no IndexedDB or Cache API, writes nothing into the address or the history,
 * and brings no font, image, style or script of its own into the page.
 *
 * Each scenario runs in test/widget/pages/guide.html, in an iframe. That page's first
 * script, recorder.js, wraps every API that could leave a trace before the guide loads, and
 * logs to window.__kiutLog.
 */
import {expect} from '@open-wc/testing';
import type {KiutGuide} from '../../../src/kiut-guide.js';
import {exitTarget, nextLoad, openPage, pressShift, removeFrames, type Frame, type KiutLog} from './helpers.js';
import {allRules} from '../helpers.js';

afterEach(() => removeFrames());

/**
 * Same-origin scripts the test harness loads, not the guide: the pages' own helpers, and the
 * module the test server appends to every HTML page it serves (it reuses the parent's socket).
 */
const harness = /^\/test\/widget\/pages\/[\w.-]+\.js$|^\/__web-dev-server__web-socket\.js$/;
/** The guide's own script, and any same-origin chunk of it. */
const guideScript = /^\/dist\/[\w.-]+\.js$/;
/** The guide's own files: its script and its language files. */
const guideFile = /^\/dist\/kiut-guide(\.[\w-]+)*\.(js|json)$/;

/** A language file of the guide, beside its script (src/i18n/languages.ts). */
const languageFile = /^\/dist\/kiut-guide\.[\w-]+(\.full)?\.json$/;

/**
 * The network calls other than the guide fetching its own language files, beside its script,
 * checked against their hashes, with no cookie and no Referer.
 */
function foreignCalls({win, log}: Frame): KiutLog['network'] {
  return log.network.filter(
    (call) =>
      !(
        call.api === 'fetch' &&
        new URL(call.url, win.location.href).origin === win.location.origin &&
        languageFile.test(new URL(call.url, win.location.href).pathname) &&
        call.credentials === 'omit' &&
        call.referrerPolicy === 'no-referrer' &&
        /^sha256-[\w+/]{43}=$/.test(call.integrity ?? '')
      ),
  );
}

function expectNoRequestsButTheGuide(frame: Frame): void {
  const {win, log} = frame;
  expect(foreignCalls(frame), 'network APIs called').to.deep.equal([]);
  const entries = [...win.performance.getEntriesByType('resource').map((e) => e.name), ...log.resources];
  const foreign = entries.filter((name) => {
    const url = new URL(name);
    return url.origin !== win.location.origin || !(harness.test(url.pathname) || guideFile.test(url.pathname));
  });
  expect(foreign, 'resources other than the guide script').to.deep.equal([]);
  expect(
    entries.some((name) => guideScript.test(new URL(name).pathname)),
    'the guide script was recorded',
  ).to.be.true;
}

function expectNoStorage(log: KiutLog): void {
  expect(log.storage, 'storage APIs used').to.deep.equal([]);
  expect(log.history, 'history written').to.deep.equal([]);
  expect(log.errors, 'errors').to.deep.equal([]);
}

/**
 * Nothing in the shadow root, the adopted styles or the page that could fetch or identify.
 * `leaving`: quick exit has started, which blanks the title and sets the no-referrer policy.
 */
function expectNothingBroughtIn({doc, win, guide}: Frame, leaving = false): void {
  const root = guide.shadowRoot!;
  const fetching = root.querySelectorAll('link, img, picture, source, script, style, iframe, object, embed, video, audio, image, use, [srcset], [background]');
  expect(
    [...fetching].map((el) => el.outerHTML.slice(0, 80)),
    'fetching elements in the shadow root',
  ).to.deep.equal([]);
  const styled = [...root.querySelectorAll('[style]')].filter((el) => /url\(/i.test(el.getAttribute('style')!));
  expect(styled, 'inline styles with url()').to.deep.equal([]);
  // Every rule the guide adopted: no @font-face, no @import, no url() of any kind.
  const rules: string[] = [];
  expect(root.adoptedStyleSheets.length, 'adopted style sheets').to.be.above(0);
  for (const rule of allRules(root)) {
    rules.push(rule.cssText);
    if (rule instanceof win.CSSFontFaceRule || rule instanceof win.CSSImportRule) rules.push(`FORBIDDEN ${rule.cssText}`);
  }
  expect(
    rules.filter((r) => r.startsWith('FORBIDDEN') || /url\(/i.test(r)),
    '@font-face, @import or url() in the styles',
  ).to.deep.equal([]);
  // The page: exactly what guide.html put there, nothing added to <head> or elsewhere; on the
  // way out, a blank title and the no-referrer policy (so the next site is not told where from).
  expect([...doc.head.children].map((el) => el.outerHTML)).to.deep.equal([
    '<meta charset="utf-8">',
    leaving ? '<title>\u200b</title>' : '<title>Partner page</title>',
    '<script src="/test/widget/pages/recorder.js"></script>',
    '<script type="module" src="/dist/kiut-guide.js"></script>',
    ...(leaving ? [`<meta name="referrer" content="no-referrer">`] : []),
  ]);
  expect(doc.querySelectorAll('link, style, img, iframe, object, embed').length, 'elements added to the page').to.equal(0);
  expect(doc.adoptedStyleSheets.length, 'document.adoptedStyleSheets').to.equal(0);
  expect(doc.fonts.size, 'document.fonts').to.equal(0);
}

function expectNoTrace(frame: Frame, leaving = false): void {
  expectNoRequestsButTheGuide(frame);
  expectNoStorage(frame.log);
  expectNothingBroughtIn(frame, leaving);
}

async function click(guide: KiutGuide, selector: string): Promise<void> {
  const button = guide.shadowRoot!.querySelector<HTMLButtonElement>(selector);
  expect(button, selector).to.exist;
  button!.click();
  await guide.updateComplete;
}

describe('no trace', () => {
  it('(control) the recorder sees what it is meant to see', async () => {
    const frame = await openPage('guide.html');
    const {win, doc, log} = frame;
    const calls = log.network.length;
    void win.fetch('/test/widget/pages/exit-target.html?probe').catch(() => undefined);
    win.localStorage.getItem('probe');
    doc.cookie = 'probe=1; max-age=0';
    win.history.replaceState(null, '', win.location.href);
    const img = doc.createElement('img');
    img.src = '/test/widget/pages/exit-target.html?img';
    expect(log.network.slice(calls).map((n) => n.api)).to.deep.equal(['fetch', 'img.src']);
    expect(foreignCalls(frame).map((n) => n.api)).to.deep.equal(['fetch', 'img.src']);
    expect(log.storage.map((s) => s.api)).to.deep.equal(['localStorage', 'Storage.getItem', 'document.cookie set']);
    expect(log.history.map((h) => h.api)).to.deep.equal(['history.replaceState']);
  });

  it('full guide, as loaded', async () => {
    const frame = await openPage('guide.html');
    expect(frame.guide.shadowRoot!.querySelector('a[href="tel:+3680205520"]')).to.exist;
    expectNoTrace(frame);
  });

  it('compact layout', async () => {
    const frame = await openPage('guide.html', {layout: 'compact'});
    expect(frame.guide.shadowRoot!.querySelector('.hotline')).to.exist;
    expectNoTrace(frame);
  });

  it('language switcher: choosing each language', async () => {
    const frame = await openPage('guide.html', {'language-switcher': ''});
    const {guide} = frame;
    const codes = [...guide.shadowRoot!.querySelectorAll('[part="language-switcher"] button')].map((b) => b.getAttribute('lang')!);
    expect(codes).to.include.members(['hu', 'en', 'uk']);
    for (const code of codes) {
      await click(guide, `[part="language-switcher"] button[lang="${code}"]`);
      expect(guide.shadowRoot!.querySelector('.guide')!.getAttribute('lang')).to.equal(code);
    }
    expectNoTrace(frame);
  });

  it('finder: choosing needs and showing the whole guide again', async () => {
    const frame = await openPage('guide.html');
    const {guide} = frame;
    const needs = [...guide.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="need-button"]')];
    expect(needs.length).to.be.above(1);
    await click(guide, `[data-need="${needs[0].dataset.need}"]`);
    await click(guide, `[data-need="${needs[1].dataset.need}"]`);
    expect(guide.shadowRoot!.querySelector('.finder-result')).to.exist;
    await click(guide, '.finder .reset');
    expectNoTrace(frame);
  });

  it('remember-in-url (opt-in) writes only the fragment, in place, never a new entry', async () => {
    const frame = await openPage('guide.html', {'remember-in-url': ''});
    const {guide, win, log} = frame;
    const length = win.history.length;
    const need = guide.shadowRoot!.querySelector<HTMLButtonElement>('[part="need-button"]')!.dataset.need!;
    await click(guide, `[data-need="${need}"]`);
    expect(log.history.map((h) => h.api)).to.deep.equal(['history.replaceState']);
    expect(win.location.hash).to.equal(`#kiut-need=${need}`);
    expect(win.history.length).to.equal(length);
    expect(foreignCalls(frame)).to.deep.equal([]);
    expect(log.storage).to.deep.equal([]);
  });

  it('quick exit: nothing is sent or stored on the way out', async () => {
    const frame = await openPage('guide.html', {'exit-url': exitTarget});
    const {iframe, doc} = frame;
    const landed = nextLoad(iframe);
    pressShift(doc, 3);
    // The page is still there until the navigation commits: check it now.
    expectNoTrace(frame, true);
    await landed;
    expect(iframe.contentWindow!.location.pathname).to.equal(exitTarget);
  });

  it('quick exit by the button: nothing is sent or stored either', async () => {
    const frame = await openPage('guide.html', {'exit-url': exitTarget});
    const landed = nextLoad(frame.iframe);
    frame.guide.shadowRoot!.querySelector<HTMLButtonElement>('[part="exit-button"]')!.click();
    expectNoTrace(frame, true);
    await landed;
  });
});
