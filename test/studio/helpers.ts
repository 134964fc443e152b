/**
 * Helpers for the print studio's tests: the built folder, the demo server on a free port,
 * headless Chromium (puppeteer-core, the browser the other tests use), and a page wrapper
 * that fills the form like a reader, catches real downloads, and records every request,
 * every CSP violation and every call of the Function constructor.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer, {type Browser, type CDPSession, type Page} from 'puppeteer-core';
import {chromeArgs, findChrome, findFirefox, installHint} from '../../scripts/browsers.mjs';
import {repoRoot} from '../../scripts/lib/root.mjs';
import {startServer} from '../../scripts/serve.mjs';
import type {Partner} from '../../print/partner.js';

export const studioDir = join(repoRoot, 'dist', 'studio');

/** Fails with the fix when the studio has not been built. */
export function requireStudio(): void {
  if (!existsSync(join(studioDir, 'index.html')))
    throw new Error('dist/studio/ is not built: run `npm run build` (or `npm run build:studio` after `npm run print`).');
}

export type DemoServer = Awaited<ReturnType<typeof startServer>> & {origin: string};

/** The demo server (scripts/serve.mjs, its real headers) on the first free port of 8600-8699. */
export async function startDemoServer(): Promise<DemoServer> {
  for (let port = 8600; port <= 8699; port++) {
    try {
      const server = await startServer({port});
      return {...server, origin: `http://127.0.0.1:${port}`};
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error('no free port on 127.0.0.1 between 8600 and 8699 for the demo server');
}

export interface Session {
  browser: Browser;
  cdp: CDPSession;
  downloads: string;
  close(): Promise<void>;
}

/** Headless Chromium with downloads allowed into a scratch folder, each saved under its id. */
export async function launchChromium(): Promise<Session> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(installHint(['chromium']));
  const scratch = mkdtempSync(join(tmpdir(), 'kiut-studio-'));
  const browser = await puppeteer.launch({executablePath, args: chromeArgs, headless: true, userDataDir: join(scratch, 'profile')});
  const cdp = await browser.target().createCDPSession();
  const downloads = join(scratch, 'downloads');
  await cdp.send('Browser.setDownloadBehavior', {behavior: 'allowAndName', downloadPath: downloads, eventsEnabled: true});
  return {
    browser,
    cdp,
    downloads,
    close: async () => {
      await browser.close();
      rmSync(scratch, {recursive: true, force: true});
    },
  };
}

/**
 * Headless Firefox ESR over WebDriver BiDi, with its caches in a scratch home. Its downloads
 * are not reachable from here: `madeBlob` reads the file the studio hands the browser.
 */
export async function launchFirefox(): Promise<{browser: Browser; close(): Promise<void>}> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(installHint(['firefox']));
  const scratch = mkdtempSync(join(tmpdir(), 'kiut-studio-firefox-'));
  const env = {...process.env, HOME: scratch, XDG_CACHE_HOME: join(scratch, 'cache'), XDG_CONFIG_HOME: join(scratch, 'config')};
  const browser = await puppeteer.launch({browser: 'firefox', executablePath, headless: true, userDataDir: join(scratch, 'profile'), env});
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(scratch, {recursive: true, force: true});
    },
  };
}

/** Keeps each Blob the page turns into a URL, so that a test can read the PDF the studio made. */
export const keepBlobs = `(() => {
  window.__kiutBlobs = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob) => (window.__kiutBlobs.push(blob), create(blob));
})();`;

/** The bytes of the last Blob the page made a URL of (see `keepBlobs`). */
export async function madeBlob(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(`(async () => {
    const bytes = new Uint8Array(await window.__kiutBlobs.at(-1).arrayBuffer());
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text);
  })()`);
  return Buffer.from(String(base64), 'base64');
}

/** What a page's probe saw: CSP violations and calls of the Function constructor. */
export interface Probe {
  violations: {directive: string; blocked: string; source: string; line: number; sample: string}[];
  functionCalls: string[];
}

declare global {
  interface Window {
    __kiutProbe?: Probe;
  }
}

/**
 * Runs before any of the page's scripts. A string, not a function: tsx would add its own
 * helpers to a function's source, which do not exist in the page.
 */
const probeScript = `(() => {
  const probe = {violations: [], functionCalls: []};
  window.__kiutProbe = probe;
  document.addEventListener('securitypolicyviolation', (event) => {
    probe.violations.push({directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile, line: event.lineNumber, sample: event.sample});
  });
  // Code compiled from a string goes through the Function constructor (or eval, which the CSP
  // reports): record every call, even one inside a try/catch.
  const record = (args) => probe.functionCalls.push(args.map(String).join(', '));
  window.Function = new Proxy(Function, {
    apply: (target, self, args) => (record(args), Reflect.apply(target, self, args)),
    construct: (target, args) => (record(args), Reflect.construct(target, args)),
  });
})();`;

/** A reader's choice in the studio's form. */
export interface Choice {
  /** A format of the list (not a large-print or discreet id: those are `large` and `discreet`). */
  format: string;
  /** One locale, or those of a multilingual sheet. */
  locales: string[];
  large?: boolean;
  discreet?: boolean;
  partner?: Partner;
}

export interface Download {
  name: string;
  bytes: Buffer;
}

export class StudioPage {
  readonly requests: string[] = [];
  readonly errors: string[] = [];

  private constructor(
    readonly page: Page,
    private readonly session: Session,
  ) {}

  /**
   * A new tab with the probe installed before any of the page's scripts run; `languages` are
   * the browser's languages the page sees (`navigator.languages`), the browser's own if not given.
   */
  static async open(session: Session, url: string, languages?: string[]): Promise<StudioPage> {
    const page = await session.browser.newPage();
    const studio = new StudioPage(page, session);
    page.on('request', (request) => studio.requests.push(request.url()));
    page.on('pageerror', (error) => studio.errors.push(String(error)));
    await page.evaluateOnNewDocument(probeScript);
    if (languages) await page.evaluateOnNewDocument(`Object.defineProperty(Navigator.prototype, 'languages', {get: () => ${JSON.stringify(languages)}});`);
    await page.goto(url);
    await page.waitForSelector('form[data-ready="true"]', {timeout: 30_000});
    return studio;
  }

  async probe(): Promise<Probe> {
    return (
      (await this.page.evaluate(() => window.__kiutProbe)) ?? {
        violations: [{directive: 'the probe did not run', blocked: '', source: '', line: 0, sample: ''}],
        functionCalls: [],
      }
    );
  }

  /** Sets a text field as a paste would, control characters included, and tells the page. */
  async setField(id: string, value: string): Promise<void> {
    await this.page.$eval(
      `#${id}`,
      (input, text) => {
        (input as HTMLInputElement).value = text;
        input.dispatchEvent(new Event('input', {bubbles: true}));
      },
      value,
    );
  }

  /** Chooses like a reader: clicks the format, large print, the language(s), and types the partner. */
  async choose(choice: Choice): Promise<void> {
    await this.page.click(`input[name="format"][value="${choice.format}"]`);
    const large = await this.page.$eval('#large-print', (box) => (box as HTMLInputElement).checked);
    if (large !== Boolean(choice.large)) await this.page.click('#large-print');
    const discreet = await this.page.$eval('#discreet', (box) => (box as HTMLInputElement).checked);
    if (discreet !== Boolean(choice.discreet)) await this.page.click('#discreet');
    const multilingual = await this.page.$eval('#languages-field', (field) => !(field as HTMLFieldSetElement).hidden);
    if (multilingual) {
      for (const box of await this.page.$$('input[name="locales"]')) {
        const [value, checked] = await box.evaluate((input) => [(input as HTMLInputElement).value, (input as HTMLInputElement).checked] as const);
        if (checked !== choice.locales.includes(value)) await box.click();
      }
    } else {
      await this.page.click(`input[name="locale"][value="${choice.locales[0]}"]`);
    }
    for (const [id, value] of [
      ['partner-name', choice.partner?.name],
      ['partner-contact', choice.partner?.contact],
    ] as const) {
      await this.setField(id, '');
      if (value !== undefined) await this.page.type(`#${id}`, value);
    }
  }

  /** Clicks Download PDF and waits for the file the browser saves. */
  async download(): Promise<Download> {
    const {cdp, downloads} = this.session;
    const started = new Promise<{guid: string; suggestedFilename: string}>((resolve) => cdp.once('Browser.downloadWillBegin', resolve));
    const finished = new Promise<void>((resolve, reject) => {
      const listener = (event: {state: string}) => {
        if (event.state === 'inProgress') return;
        cdp.off('Browser.downloadProgress', listener);
        if (event.state === 'completed') resolve();
        else reject(new Error(`the download was ${event.state}`));
      };
      cdp.on('Browser.downloadProgress', listener);
    });
    await this.page.click('#studio-download');
    const {guid, suggestedFilename} = await withTimeout(started, 30_000, async () => `no download began; the studio says: ${await this.status()}`);
    await withTimeout(finished, 30_000, async () => 'the download did not finish');
    return {name: suggestedFilename, bytes: readFileSync(join(downloads, guid))};
  }

  /** Clicks Download PDF and proves that no download begins. */
  async downloadRefused(waitMs = 1500): Promise<void> {
    let began = false;
    const listener = () => (began = true);
    this.session.cdp.on('Browser.downloadWillBegin', listener);
    await this.page.click('#studio-download');
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    this.session.cdp.off('Browser.downloadWillBegin', listener);
    if (began) throw new Error(`a download began; the studio says: ${await this.status()}`);
  }

  status(): Promise<string> {
    return this.page.$eval('#studio-status', (status) => status.textContent ?? '');
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: () => Promise<string>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => void message().then((text) => reject(new Error(text)), reject), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
