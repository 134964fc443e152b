/**
 * The page's side of the Shift shortcut: one set of listeners on the document, whatever the
 * number of guides, so that three presses leave exactly once. It feeds key and pointer events
 * to the state machine in shift-shortcut.ts, runs its 5-second timer, and tells every guide
 * that listens what happened. The first guide that listens decides where to go.
 */
import {ShiftShortcut, windowMs, type Outcome} from './shift-shortcut.js';

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
let shortcut = new ShiftShortcut();
let timer: ReturnType<typeof setTimeout> | undefined;
/** How the reader last pointed at the page: 'touch' or 'pen' means an on-screen keyboard is likely. */
let lastPointerType = '';

/** The focused element, looking into open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** An element that takes typed text, and so opens an on-screen keyboard on a touch screen. */
function takesText(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLInputElement) return !/^(button|checkbox|color|file|hidden|image|radio|range|reset|submit)$/.test(element.type);
  return element instanceof HTMLTextAreaElement || (element as HTMLElement).isContentEditable;
}

function apply(outcome: Outcome): void {
  if (outcome === 'none') return;
  clearTimeout(timer);
  timer = undefined;
  if (outcome === 'leave') {
    // Everyone's count is back to 0, silently; the first guide leaves.
    for (const listener of listeners) listener.shortcutProgress(0, 'none');
    const [first] = listeners;
    first?.shortcutLeave();
    return;
  }
  for (const listener of listeners) listener.shortcutProgress(shortcut.count, outcome);
  if (outcome === 'counted') timer = setTimeout(() => apply(shortcut.timedOut()), windowMs);
}

function onKey(event: KeyboardEvent): void {
  // Shift from an on-screen keyboard, typing into a text field the reader tapped: not a press.
  apply(shortcut.key(event, (lastPointerType === 'touch' || lastPointerType === 'pen') && takesText(deepActiveElement())));
}

function onPointer(event: PointerEvent): void {
  lastPointerType = event.pointerType;
  shortcut.pointerDown();
}

// Capture: a partner's handler that stops propagation cannot hide a press from the guide.
const handlers: [EventTarget, string, EventListener][] = [
  [document, 'keydown', onKey as EventListener],
  [document, 'keyup', onKey as EventListener],
  [document, 'pointerdown', onPointer as EventListener],
];

function listen(on: boolean): void {
  for (const [target, type, handler] of handlers) {
    if (on) target.addEventListener(type, handler, true);
    else target.removeEventListener(type, handler, true);
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
  resetShortcut();
  lastPointerType = '';
}

/** Back to no press counted, e.g. when the page comes back from the back-forward cache. */
export function resetShortcut(): void {
  clearTimeout(timer);
  timer = undefined;
  shortcut = new ShiftShortcut();
}
