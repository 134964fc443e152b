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

/** Each page's measurements, in a tab whose reader default is `px`. */
async function measurePages(browser, {origin, pages}, setUp) {
  const results = [];
  const tab = await browser.newPage();
  try {
    await tab.setViewport({width: 1024, height: 800});
    await setUp?.(tab);
    for (const html of pages) {
      // A page of the test server's own origin first, so the document's /src/ and
      // /node_modules/ addresses resolve to the test server.
      await tab.goto(`${origin}/test/widget/hosts/blank.html`);
      await tab.setContent(html, {waitUntil: 'load'});
      results.push(await tab.evaluate(measure));
    }
  } finally {
    await tab.close();
  }
  return results;
}

async function inChromium(session, payload) {
  const browser = session.browser.getPage(session.id).browser();
  return measurePages(browser, payload, async (tab) => {
    const cdp = await tab.createCDPSession();
    await cdp.send('Page.setFontSizes', {fontSizes: {standard: payload.px}});
  });
}

async function inFirefox(payload) {
  const browser = await puppeteerCore.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    env: scratchEnv(),
    // The size for Latin script (hu, en) and Cyrillic (uk): Firefox keeps one per script.
    extraPrefsFirefox: {...firefoxPrefs, 'font.size.variable.x-western': payload.px, 'font.size.variable.x-cyrillic': payload.px},
  });
  try {
    return await measurePages(browser, payload);
  } finally {
    await browser.close();
  }
}

export function readerDefault() {
  return {
    name: 'kiut-reader-default',
    async executeCommand({command, payload, session}) {
      if (command !== 'kiut-reader-default') return undefined;
      if (session.browser.name === engineNames.chromium) return inChromium(session, payload);
      if (session.browser.name === engineNames.firefox) return inFirefox(payload);
      throw new Error(`${session.browser.name} cannot be given another default text size here (test/widget/hosts/reader-default.mjs says why).`);
    },
  };
}
