/**
 * Shared helpers for the safety tests: test pages in iframes (so that a real quick exit
 * navigates the iframe, never the test runner), key presses, spies and a tiny manual clock.
 */
import type {KiutGuide} from '../../../src/kiut-guide.js';

export const pages = '/test/widget/pages';
export const exitTarget = `${pages}/exit-target.html`;
export const defaultExitUrl = 'https://www.google.com/';

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
 * Loads a page of test/widget/pages/ in an 800×600 iframe and waits until it has loaded and
 * its guide has rendered. `attributes` become the guide's (see guide-from-query.js).
 */
export async function openPage(page = 'guide.html', attributes: Record<string, string> = {}): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
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

export function pressShift(doc: Document, times = 1): void {
  for (let i = 0; i < times; i++) press(doc, 'Shift', {code: 'ShiftLeft', shiftKey: false});
}

export interface Spy<A extends unknown[]> {
  calls: A[];
  restore(): void;
}

/** Replaces `object[method]` with a recorder; `passThrough` calls the original too. */
export function spyOn<T extends object, K extends keyof T>(
  object: T,
  method: K,
  passThrough = false,
): Spy<T[K] extends (...args: infer A) => unknown ? A : never> {
  type Args = T[K] extends (...args: infer A) => unknown ? A : never;
  const original = object[method] as unknown as (...args: Args) => unknown;
  const hadOwn = Object.prototype.hasOwnProperty.call(object, method);
  const calls: Args[] = [];
  (object as Record<K, unknown>)[method] = function (this: unknown, ...args: Args) {
    calls.push(args);
    return passThrough ? original.apply(this, args) : undefined;
  };
  return {
    calls,
    restore() {
      if (hadOwn) (object as Record<K, unknown>)[method] = original;
      else delete (object as Record<K, unknown>)[method];
    },
  };
}

/**
 * A manual clock for code that reads the global setTimeout when it runs. Install it, run
 * synchronous code, `tick()`, then `uninstall()` before awaiting anything: the test runner
 * itself must keep the real timers.
 */
export class ManualClock {
  #now = 0;
  #nextId = 900_000_000;
  #timers = new Map<number, {at: number; run: () => void}>();
  readonly delays: number[] = [];
  #realSet = window.setTimeout;
  #realClear = window.clearTimeout;

  install(): this {
    const setFake = (handler: TimerHandler, delay = 0): number => {
      const id = this.#nextId++;
      this.delays.push(delay);
      this.#timers.set(id, {at: this.#now + delay, run: handler as () => void});
      return id;
    };
    const clearFake = (id?: number): void => {
      if (id !== undefined) this.#timers.delete(id);
    };
    window.setTimeout = setFake as typeof window.setTimeout;
    window.clearTimeout = clearFake as typeof window.clearTimeout;
    return this;
  }

  /** Moves time forward by `ms`, running every timer that falls due, in order. */
  tick(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      const due = [...this.#timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.#now = due[1].at;
      due[1].run();
    }
    this.#now = end;
  }

  get pending(): number {
    return this.#timers.size;
  }

  uninstall(): void {
    window.setTimeout = this.#realSet;
    window.clearTimeout = this.#realClear;
  }
}

/** True when `el` is rendered and painted (not display:none, not visibility:hidden). */
export function isShown(el: Element): boolean {
  return el.checkVisibility({checkVisibilityCSS: true, checkOpacity: true});
}
