// The reader's own default text size, set the way a reader sets it, for
// reader-default.test.ts: the `kiut-reader-default` command renders pages in a browser of the
// test's engine whose default text size is `px`, and returns what the guide measured there.
//   - Chromium: its font-size setting ("Appearance › Font size", WebPreferences'
//     default_font_size), set for a new tab of the same browser with CDP's Page.setFontSizes.
//   - Firefox: its "Fonts › Size" setting, the prefs font.size.variable.<script>, which a running
//     Firefox's WebDriver BiDi cannot change: a second Firefox is started with them.
//   - WebKitGTK: MiniBrowser takes WebKitSettings on its command line only for string and boolean
//     properties (default-font-size is an integer, see `MiniBrowser --help-websettings`) and
//     WebKitWebDriver has no command for settings, so this engine cannot be tested here.
import {puppeteerCore} from '@web/test-runner-chrome';
import {engineNames, findFirefox} from '../../../scripts/browsers.mjs';
import {firefoxPrefs, scratchEnv} from '../launchers.mjs';

/**
 * Runs in the page: waits for the guide, then reads the reader's default size (what
 * `font-size: medium` gives), the page root's size and the guide's sizes. Self-contained,
 * because the driver sends it to the page as source text.
 */
async function measure() {
  await customElements.whenDefined('kiut-guide');
  const guide = document.querySelector('kiut-guide');
  await guide.updateComplete;
  await document.fonts.ready;
  const root = guide.shadowRoot;
  const size = (el) => parseFloat(getComputedStyle(el).fontSize);
  const probe = document.createElement('span');
  probe.style.cssText = 'all: initial; font-size: medium';
  document.body.append(probe);
  const box = (el) => {
    const {width, height} = el.getBoundingClientRect();
    return {width, height};
  };
  return {
    readerDefault: size(probe),
    pageRoot: size(document.documentElement),
    guide: size(root.querySelector('.guide')),
    need: size(root.querySelector('.need')),
    qr: root.querySelector('.qr') ? box(root.querySelector('.qr')) : undefined,
    targets: [...root.querySelectorAll('.call, .exit-button, .need')].map(box),
  };
}

/** `html`'s measurements, in a new tab of `browser`, prepared by `setUp`. */
async function measurePage(browser, {origin, html}, setUp) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport({width: 1024, height: 800});
    await setUp?.(tab);
    // A page of the test server's own origin first, so the document's /src/ and /node_modules/
    // addresses resolve to the test server.
    await tab.goto(`${origin}/test/widget/hosts/blank.html`);
    await tab.setContent(html, {waitUntil: 'load'});
    return await tab.evaluate(measure);
  } finally {
    await tab.close();
  }
}

async function inChromium(session, {origin, pages, px}) {
  const browser = session.browser.getPage(session.id).browser();
  const results = [];
  for (const html of pages) {
    results.push(
      await measurePage(browser, {origin, html}, async (tab) => {
        const cdp = await tab.createCDPSession();
        await cdp.send('Page.setFontSizes', {fontSizes: {standard: px}});
      }),
    );
  }
  return results;
}

async function inFirefox({origin, pages, px}) {
  const browser = await puppeteerCore.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    env: scratchEnv(),
    // The size for Latin script (hu, en) and Cyrillic (uk): Firefox keeps one per script.
    extraPrefsFirefox: {...firefoxPrefs, 'font.size.variable.x-western': px, 'font.size.variable.x-cyrillic': px},
  });
  try {
    const results = [];
    for (const html of pages) results.push(await measurePage(browser, {origin, html}));
    return results;
  } finally {
    await browser.close();
  }
}

/**
 * A test runner command must answer within 20 s, and on a busy machine starting Firefox alone
 * can take longer: `kiut-reader-default` starts the work and answers with its id at once,
 * `kiut-reader-default-result` answers with {done, results} or the work's error.
 */
const jobs = new Map();
let lastJob = 0;

export function readerDefault() {
  return {
    name: 'kiut-reader-default',
    async executeCommand({command, payload, session}) {
      if (command === 'kiut-reader-default') {
        let work;
        if (session.browser.name === engineNames.chromium) work = inChromium(session, payload);
        else if (session.browser.name === engineNames.firefox) work = inFirefox(payload);
        else throw new Error(`${session.browser.name} cannot be given another default text size here (test/widget/hosts/reader-default.mjs says why).`);
        const id = ++lastJob;
        const job = {done: false};
        jobs.set(id, job);
        work.then(
          (results) => Object.assign(job, {done: true, results}),
          (error) => Object.assign(job, {done: true, error}),
        );
        return id;
      }
      if (command === 'kiut-reader-default-result') {
        const job = jobs.get(payload.id);
        if (!job) throw new Error(`no kiut-reader-default work with id ${payload.id}`);
        if (!job.done) return {done: false};
        jobs.delete(payload.id);
        if (job.error) throw job.error;
        return {done: true, results: job.results};
      }
      return undefined;
    },
  };
}
