/**
 * The one iframe harness of the browser tests: a page (a URL, or a whole document such as a
 * pasted snippet) in an iframe of the test page, so that a real quick exit navigates the iframe
 * and never the test runner. Every page it loads runs test/widget/pages/recorder.js first (the
 * test pages name it, and the demo pages get it from test/widget/demo/wtr-plugins.mjs), so a
 * test can read what the page did in `win.__kiutLog`: requests, storage, history, CSP violations,
 * errors and warnings.
 */
import type {KiutGuide} from '../../src/kiut-guide.js';

/** What test/widget/pages/recorder.js records in a page. */
export interface KiutLog {
  network: {api: string; url: string; credentials?: string; referrerPolicy?: string; integrity?: string}[];
  resources: string[];
  storage: {api: string; detail?: string}[];
  history: {api: string; url: string}[];
  violations: {directive: string; blocked: string; sample: string}[];
  errors: string[];
  warnings: string[];
}

export type FrameWindow = Window & typeof globalThis & {__kiutLog: KiutLog; __pwned?: unknown};

export interface Loaded {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  /** Every <kiut-guide> of the page, rendered. */
  guides: KiutGuide[];
}

const frames = new Set<HTMLIFrameElement>();

/** Removes every iframe this harness made. Call it in afterEach. */
export function removeFrames(): void {
  for (const frame of frames) frame.remove();
  frames.clear();
}

/** Resolves on the iframe's next load event. */
export function nextLoad(iframe: HTMLIFrameElement): Promise<Event> {
  return new Promise((resolve) => iframe.addEventListener('load', resolve, {once: true}));
}

function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => resolve()));
}

/** Waits for the custom element to be defined and every instance on the page to render. */
export async function guidesReady(win: FrameWindow, doc: Document): Promise<KiutGuide[]> {
  if (doc.querySelector('kiut-guide') === null) return [];
  await Promise.race([
    win.customElements.whenDefined('kiut-guide'),
    new Promise((_, reject) => setTimeout(() => reject(new Error('kiut-guide was never defined')), 8000)),
  ]);
  const guides = [...doc.querySelectorAll('kiut-guide')] as KiutGuide[];
  await Promise.all(guides.map((guide) => guide.updateComplete));
  await doc.fonts.ready;
  await nextFrame(win);
  await nextFrame(win);
  return guides;
}

/** How the iframe element is drawn. */
export interface FrameStyle {
  width?: string;
  height?: string;
  /** The iframe element's `color-scheme`: Chromium and Firefox take the page's `prefers-color-scheme` from it. */
  colorScheme?: 'light' | 'dark';
}

/** Loads `src` (a URL) or `srcdoc` (a whole document) in a new iframe, 1024 × 800 unless `style` says. */
export async function load(page: {src?: string; srcdoc?: string}, style: FrameStyle = {}): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.style.display = 'block';
  frame.style.border = '0';
  frame.style.width = style.width ?? '1024px';
  frame.style.height = style.height ?? '800px';
  if (style.colorScheme) frame.style.colorScheme = style.colorScheme;
  frames.add(frame);
  // The address goes in before the frame is attached: attaching an empty frame fires `load`
  // for about:blank at once.
  if (page.srcdoc !== undefined) frame.srcdoc = page.srcdoc;
  else frame.src = page.src ?? 'about:blank';
  const loaded = nextLoad(frame);
  document.body.append(frame);
  // WebKit runs no animation frames in an iframe that is out of view, and guidesReady() waits
  // for two: a second frame below the first must be scrolled to.
  frame.scrollIntoView({block: 'start'});
  await loaded;
  // One task more for a page the tests may navigate: until the load event has finished,
  // Chromium turns any navigation of the iframe into a replacement, and the history checks
  // would prove nothing.
  if (page.src !== undefined) await new Promise((resolve) => setTimeout(resolve, 0));
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  const guides = await guidesReady(win, doc);
  return {frame, win, doc, guides};
}
