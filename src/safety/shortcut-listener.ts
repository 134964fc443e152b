/**
 * The page's side of the Shift shortcut: one set of listeners on the document, whatever the
 * number of guides, so that three presses leave exactly once. It feeds key and pointer events
 * to the state machine in shift-shortcut.ts, runs its 5-second timer, and tells every guide
 * that listens what happened. The first guide that listens decides where to go.
 */
import {initialState, onKey, onPointerDown, released, timedOut, windowMs, type Outcome, type Step} from './shift-shortcut.js';

export interface ShortcutListener {
  /**
   * A press was counted (`counted`, count 1 or 2), the count went back to 0 because time ran
   * out or another key came (`reset`), or it went back to 0 because the page is leaving (`none`).
   */
  shortcutProgress(count: number, outcome: Exclude<Outcome, 'leave'>): void;
  /** The third press. Called on the first listener only. */
  shortcutLeave(): void;
}

const listeners = new Set<ShortcutListener>();
let state = initialState;
let timer: ReturnType<typeof setTimeout> | undefined;
/** How the reader last pointed at the page: 'touch' or 'pen' means an on-screen keyboard is likely. */
let lastPointerType = '';

/** The focused element, looking into open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const nonTextInputs = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/** An element that takes typed text, and so opens an on-screen keyboard on a touch screen. */
function takesText(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !nonTextInputs.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

function apply(step: Step): void {
  state = step.state;
  if (step.outcome === 'none') return;
  clearTimeout(timer);
  timer = undefined;
  if (step.outcome === 'leave') {
    // Everyone's count is back to 0, silently; the first guide leaves.
    for (const listener of listeners) listener.shortcutProgress(0, 'none');
    const [first] = listeners;
    first?.shortcutLeave();
    return;
  }
  for (const listener of listeners) listener.shortcutProgress(state.count, step.outcome);
  if (step.outcome === 'counted') timer = setTimeout(() => apply(timedOut(state)), windowMs);
}

function onKeyEvent(event: KeyboardEvent): void {
  // Shift from an on-screen keyboard, typing into a text field the reader tapped: not a press.
  const onScreenKeyboard = (lastPointerType === 'touch' || lastPointerType === 'pen') && takesText(deepActiveElement());
  apply(onKey(state, {type: event.type as 'keydown' | 'keyup', key: event.key, code: event.code, shiftKey: event.shiftKey, onScreenKeyboard}));
}

function onPointer(event: PointerEvent): void {
  lastPointerType = event.pointerType;
  apply(onPointerDown(state));
}

function onBlur(event: FocusEvent): void {
  // Only the window itself losing focus; focus moving inside the page also fires blur.
  if (event.target === window) apply(released(state));
}

function listen(on: boolean): void {
  // Capture: a partner's handler that stops propagation cannot hide a press from the guide.
  if (on) {
    document.addEventListener('keydown', onKeyEvent, true);
    document.addEventListener('keyup', onKeyEvent, true);
    document.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('blur', onBlur, true);
  } else {
    document.removeEventListener('keydown', onKeyEvent, true);
    document.removeEventListener('keyup', onKeyEvent, true);
    document.removeEventListener('pointerdown', onPointer, true);
    window.removeEventListener('blur', onBlur, true);
  }
}

export function addShortcutListener(listener: ShortcutListener): void {
  if (listeners.has(listener)) return;
  if (listeners.size === 0) listen(true);
  listeners.add(listener);
}

export function removeShortcutListener(listener: ShortcutListener): void {
  if (!listeners.delete(listener)) return;
  if (listeners.size > 0) return;
  listen(false);
  clearTimeout(timer);
  timer = undefined;
  state = initialState;
  lastPointerType = '';
}

/** Back to no press counted, e.g. when the page comes back from the back-forward cache. */
export function resetShortcut(): void {
  clearTimeout(timer);
  timer = undefined;
  state = initialState;
}
