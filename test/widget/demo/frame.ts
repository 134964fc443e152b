// Loads a demo page (or a pasted snippet) in an iframe of the test page and waits until
// every guide on it has rendered.
import type {KiutGuide} from '../../../src/kiut-guide.js';

export interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

export type FrameWindow = Window & typeof globalThis & {__kiutCspViolations?: Violation[]};

export interface Loaded {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
}

const frames: HTMLIFrameElement[] = [];

/** Removes every frame a test made. */
export function removeFrames(): void {
  for (const frame of frames.splice(0)) frame.remove();
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

/** Loads `src` (a URL) or `srcdoc` (a whole document) in a new iframe. */
export async function load(page: {src?: string; srcdoc?: string}, size: {width?: string; height?: string} = {}): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.style.display = 'block';
  frame.style.border = '0';
  frame.style.width = size.width ?? '1024px';
  frame.style.height = size.height ?? '800px';
  frames.push(frame);
  // The address goes in before the frame is attached: attaching an empty frame fires `load`
  // for about:blank at once.
  if (page.srcdoc !== undefined) frame.srcdoc = page.srcdoc;
  else frame.src = page.src ?? 'about:blank';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), {once: true}));
  document.body.append(frame);
  // WebKit runs no animation frames in an iframe that is out of view, and guidesReady() waits
  // for two: a second frame below the first must be scrolled to.
  frame.scrollIntoView({block: 'start'});
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  await guidesReady(win, doc);
  return {frame, win, doc};
}
