/**
 * The "Shift three times" shortcut, as in the GOV.UK Design System's Exit this page:
 * three presses of Shift, each within 5 seconds of the last and with no other key in
 * between, count as a request to leave. It works wherever focus is on the page.
 * One listener serves every guide on the page, so three presses leave exactly once.
 */

const pressesNeeded = 3;
const windowMs = 5000;

export interface ShortcutTarget {
  /** Called with how many presses have been counted (1–2), or 0 when the count resets. */
  progress(count: number): void;
  leave(): void;
}

const targets = new Set<ShortcutTarget>();
let count = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Another key went down while Shift was held (Shift+A): that Shift was typing, not a press. */
let shiftWasModifier = false;

function reset(): void {
  count = 0;
  clearTimeout(timer);
  for (const target of targets) target.progress(0);
}

function onKeyUp(event: KeyboardEvent): void {
  if (event.key !== 'Shift') return;
  if (shiftWasModifier) {
    shiftWasModifier = false;
    return;
  }
  count++;
  clearTimeout(timer);
  if (count >= pressesNeeded) {
    count = 0;
    // The first guide registered on the page decides where to go.
    const [first] = targets;
    for (const target of targets) target.progress(0);
    first?.leave();
    return;
  }
  for (const target of targets) target.progress(count);
  timer = setTimeout(reset, windowMs);
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key === 'Shift') {
    shiftWasModifier = false;
    return;
  }
  // Typing a capital letter is Shift plus another key: that is not the shortcut, and the
  // Shift it was typed with does not count as a press either (as in GOV.UK's Exit this page).
  if (event.shiftKey) shiftWasModifier = true;
  if (count > 0) reset();
}

export function listenForShortcut(target: ShortcutTarget): void {
  if (targets.size === 0) {
    document.addEventListener('keyup', onKeyUp, true);
    document.addEventListener('keydown', onKeyDown, true);
  }
  targets.add(target);
}

export function stopListening(target: ShortcutTarget): void {
  targets.delete(target);
  if (targets.size === 0) {
    document.removeEventListener('keyup', onKeyUp, true);
    document.removeEventListener('keydown', onKeyDown, true);
    reset();
  }
}
