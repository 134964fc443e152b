/**
 * Shared helpers for the safety tests: test pages in iframes (so that a real quick exit
 * navigates the iframe, never the test runner) and key presses. Spies and fake timers come
 * from sinon.
 */
import type {KiutGuide} from '../../../src/kiut-guide.js';

export const pages = '/test/widget/pages';
export const exitTarget = `${pages}/exit-target.html`;
export const defaultExitUrl = 'https://www.google.com/webhp';

/** What test/widget/pages/recorder.js records in a page. */
export interface KiutLog {
  network: {api: string; url: string}[];
  resources: string[];
  storage: {api: string; detail?: string}[];
  history: {api: string; url: string}[];
  violations: {directive: string; blocked: string; sample: string}[];
  errors: string[];
  warnings: string[];
}

export type FrameWindow = Window & typeof globalThis & {__kiutLog: KiutLog; __pwned?: unknown};

export interface Frame {
  iframe: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  /** The first <kiut-guide> of the page, rendered. */
  guide: KiutGuide;
  log: KiutLog;
}

const frames = new Set<HTMLIFrameElement>();

/** Resolves on the iframe's next load event. */
export function nextLoad(iframe: HTMLIFrameElement): Promise<Event> {
  return new Promise((resolve) => iframe.addEventListener('load', resolve, {once: true}));
}

/**
 * Loads a page of test/widget/pages/ in an iframe (800×600 unless `size` says) and waits until it has loaded and
 * its guide has rendered. `attributes` become the guide's (see guide-from-query.js).
 */
export async function openPage(page = 'guide.html', attributes: Record<string, string> = {}, size = {width: 800, height: 600}): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${size.width}px; height: ${size.height}px; border: 0; display: block`;
  const query = new URLSearchParams(attributes).toString();
  iframe.src = `${pages}/${page}${query ? `?${query}` : ''}`;
  frames.add(iframe);
  const loaded = nextLoad(iframe);
  document.body.append(iframe);
  await loaded;
  // One task more: until the load event has finished, Chromium turns any navigation of the
  // iframe into a replacement, and the history checks would prove nothing.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const win = iframe.contentWindow as FrameWindow;
  await win.customElements.whenDefined('kiut-guide');
  const guide = win.document.querySelector('kiut-guide') as KiutGuide;
  await guide.updateComplete;
  return {iframe, win, doc: win.document, guide, log: win.__kiutLog};
}

/** Removes every iframe that openPage made. Call it in afterEach. */
export function removeFrames(): void {
  for (const iframe of frames) iframe.remove();
  frames.clear();
}

/** One key press (keydown, then keyup) dispatched in `doc`, as a keyboard would send it. */
export function press(doc: Document, key: string, init: KeyboardEventInit = {}): void {
  const view = doc.defaultView as FrameWindow;
  const target = doc.activeElement ?? doc.body;
  for (const type of ['keydown', 'keyup']) {
    target.dispatchEvent(new view.KeyboardEvent(type, {key, bubbles: true, composed: true, cancelable: true, ...init}));
  }
}

/**
 * Shift pressed alone, `times` times, as a keyboard sends it: keydown with shiftKey set (the
 * key is now held), keyup without. `code` picks the left or the right Shift.
 */
export function pressShift(doc: Document, times = 1, code: 'ShiftLeft' | 'ShiftRight' = 'ShiftLeft'): void {
  const view = doc.defaultView as FrameWindow;
  for (let i = 0; i < times; i++) {
    const target = doc.activeElement ?? doc.body;
    target.dispatchEvent(new view.KeyboardEvent('keydown', {key: 'Shift', code, shiftKey: true, bubbles: true, composed: true, cancelable: true}));
    target.dispatchEvent(new view.KeyboardEvent('keyup', {key: 'Shift', code, shiftKey: false, bubbles: true, composed: true, cancelable: true}));
  }
}

/** One key event of one kind, for sequences that press and release keys out of order. */
export function key(doc: Document, type: 'keydown' | 'keyup', init: KeyboardEventInit): void {
  const view = doc.defaultView as FrameWindow;
  (doc.activeElement ?? doc.body).dispatchEvent(new view.KeyboardEvent(type, {bubbles: true, composed: true, cancelable: true, ...init}));
}

/** True when `el` is rendered and painted (not display:none, not visibility:hidden). */
export function isShown(el: Element): boolean {
  return el.checkVisibility({checkVisibilityCSS: true, checkOpacity: true});
}
