/**
 * Chromium for the WordPress tests (Debian's, through puppeteer-core): every page records what
 * it requested off 127.0.0.1 (and blocks it), its Content-Security-Policy violations and its
 * uncaught errors, so each test can say that there were none.
 */
import puppeteer, {type Browser, type BrowserContext, type Page} from 'puppeteer-core';
import {chromeArgs, findChrome, installHint} from '../../scripts/browsers.mjs';

export async function launch(): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(installHint(['chromium']));
  return puppeteer.launch({executablePath, headless: true, args: chromeArgs.filter((arg) => !arg.startsWith('--headless'))});
}

export interface Watched {
  page: Page;
  /** Requests to any host but 127.0.0.1, which were blocked. */
  offSite: string[];
  violations: string[];
  errors: string[];
}

/** A new page in `context` that records and blocks every request that leaves 127.0.0.1. */
export async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const watched: Watched = {page, offSite: [], violations: [], errors: []};
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
      watched.offSite.push(request.url());
      void request.abort('blockedbyclient');
    } else {
      void request.continue();
    }
  });
  page.on('pageerror', (error) => watched.errors.push(String((error as Error).message ?? error)));
  await page.exposeFunction('__kiutViolation', (text: string) => watched.violations.push(text));
  // Injected before any page script, and not subject to the page's policy.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as {__kiutViolation: (t: string) => void}).__kiutViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  return watched;
}

export interface GuideState {
  attributes: Record<string, string>;
  rendered: boolean;
  callHref: string | null;
  callText: string;
  locale: string | null;
  layout: 'full' | 'compact' | null;
  sections: string[];
  exitButton: boolean;
  firstHeading: string | null;
}

/** Waits for every <kiut-guide> on the page to render, and says what each shows. */
export async function guides(page: Page): Promise<GuideState[]> {
  await page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('kiut-guide')];
      return customElements.get('kiut-guide') !== undefined && all.every((el) => el.shadowRoot?.querySelector('[part="call-link"]'));
    },
    {timeout: 15000},
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('kiut-guide')].map((el) => {
      const root = el.shadowRoot!;
      const call = root.querySelector('[part="call-link"]');
      const guide = root.querySelector('[part="guide"]');
      return {
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        rendered: root.childElementCount > 0,
        callHref: call?.getAttribute('href') ?? null,
        callText: (call?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        locale: guide?.getAttribute('lang') ?? null,
        layout: (root.querySelector('[part="section"]') ? 'full' : root.querySelector('[part="hotline"]') ? 'compact' : null) as GuideState['layout'],
        sections: [...root.querySelectorAll<HTMLElement>('[part="section"]')].map((section) => section.dataset.section ?? ''),
        exitButton: root.querySelector('[part="exit-button"]') !== null,
        firstHeading: root.querySelector('h1, h2, h3, h4, h5, h6')?.tagName.toLowerCase() ?? null,
      };
    }),
  );
}

/** The guide script tags on the page: src and type. */
export async function guideScripts(page: Page): Promise<{src: string; type: string | null}[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('script[src]')]
      .filter((s) => (s.getAttribute('src') ?? '').includes('kiut-guide.js'))
      .map((s) => ({src: s.getAttribute('src')!, type: s.getAttribute('type')})),
  );
}

/** The <kiut-guide> tags as the server sent them (the element reflects its defaults once it runs). */
export async function servedGuides(url: string): Promise<{html: string; guides: Record<string, string>[]}> {
  const html = await (await fetch(url)).text();
  const decode = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const guides = [...html.matchAll(/<kiut-guide\b([^>]*)>/g)].map((tag) =>
    Object.fromEntries([...tag[1].matchAll(/\s([^\s="'>/]+)(?:="([^"]*)")?/g)].map((a) => [a[1], decode(a[2] ?? '')])),
  );
  return {html, guides};
}
