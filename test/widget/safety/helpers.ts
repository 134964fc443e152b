/**
 * Shared helpers for the safety tests: test pages in iframes (through the one harness,
 * ../frame.ts, so that a real quick exit navigates the iframe, never the test runner) and key
 * presses. Spies and fake timers come
 * from sinon.
 */
import type {KiutGuide} from '../../../src/kiut-guide.js';
import {load, type FrameWindow, type KiutLog} from '../frame.js';

export const pages = '/test/widget/pages';
export const exitTarget = `${pages}/exit-target.html`;
export const defaultExitUrl = 'https://www.google.com/webhp';

export {nextLoad, removeFrames, type FrameWindow, type KiutLog} from '../frame.js';

export interface Frame {
  iframe: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  /** The first <kiut-guide> of the page, rendered. */
  guide: KiutGuide;
  log: KiutLog;
}

/**
 * Loads a page of test/widget/pages/ (800×600 unless `size` says) through the one harness
 * (../frame.ts). `attributes` become the guide's (see guide-from-query.js).
 */
export async function openPage(page = 'guide.html', attributes: Record<string, string> = {}, size = {width: 800, height: 600}): Promise<Frame> {
  const query = new URLSearchParams(attributes).toString();
  const {frame, win, doc, guides} = await load({src: `${pages}/${page}${query ? `?${query}` : ''}`}, {width: `${size.width}px`, height: `${size.height}px`});
  return {iframe: frame, win, doc, guide: guides[0], log: win.__kiutLog};
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
