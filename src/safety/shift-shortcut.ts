/**
 * The "Shift three times" shortcut's rules: key events in, what they mean out. No DOM and no
 * clock here; shortcut-listener.ts feeds it the page's events and owns the 5-second timer,
 * which ends in `timedOut()`.
 *
 * The rules (after GOV.UK's Exit this page, and its open issues):
 *  - three presses of Shift alone, with no other key in between, leave;
 *  - left and right Shift count alike, also when one is still held as the other goes down
 *    (govuk-frontend #5393: a press of both at once is two presses, not a modifier);
 *  - Shift used as a modifier (Shift+A, Shift+click) is not a press;
 *  - any other key resets the count;
 *  - a Shift from an on-screen keyboard while typing in a text field is not a press
 *    (govuk-frontend #4095: the iOS keyboard's Shift fires key events too).
 */

export const pressesNeeded = 3;
/** Each press must come within this time of the last one. */
export const windowMs = 5000;

export interface KeyInput {
  readonly type: string;
  /** KeyboardEvent.key */
  readonly key: string;
  /** KeyboardEvent.code; synthetic events may leave it empty. */
  readonly code: string;
  /** KeyboardEvent.shiftKey: whether a Shift was held during this event. */
  readonly shiftKey: boolean;
}

/**
 * What an event means for the reader: nothing, one more press counted (`count` says how
 * many), the count went back to 0 (`reset`), or the third press (`leave`).
 */
export type Outcome = 'none' | 'counted' | 'reset' | 'leave';

export class ShiftShortcut {
  /** Presses counted towards the shortcut: 0, 1 or 2. */
  count = 0;
  /** The Shift keys held down now, by `code` (ShiftLeft, ShiftRight). */
  readonly held = new Set<string>();
  /** Another key (or a click) came while Shift was held: that Shift was a modifier. */
  modifier = false;

  /**
   * One keydown or keyup. `onScreenKeyboard`: focus is in a text field the reader reached by
   * touch, so a Shift comes from an on-screen keyboard.
   */
  key(input: KeyInput, onScreenKeyboard = false): Outcome {
    const code = input.code || 'Shift';
    if (input.key !== 'Shift') {
      if (input.type !== 'keydown') return 'none';
      if (this.held.size > 0 || input.shiftKey) this.modifier = true;
      return this.timedOut();
    }
    if (input.type === 'keydown') {
      // The first Shift to go down starts afresh; a second one (the other Shift) is a press of
      // its own, not a modifier of the first. A held key repeats its keydown: the same press.
      if (this.held.size === 0) this.modifier = false;
      this.held.add(code);
      return 'none';
    }
    const modifier = this.modifier;
    // A keyup without its keydown (focus came from elsewhere mid-press) releases everything.
    if (!this.held.delete(code)) this.held.clear();
    if (this.held.size === 0) this.modifier = false;
    if (modifier || onScreenKeyboard) return 'none';
    if (++this.count < pressesNeeded) return 'counted';
    this.count = 0;
    return 'leave';
  }

  /** A click or tap: with Shift held, that Shift is a modifier (Shift+click selects text). */
  pointerDown(): void {
    if (this.held.size > 0) this.modifier = true;
  }

  /** The time for the next press ran out (or another key came): back to 0. */
  timedOut(): Outcome {
    const had = this.count > 0;
    this.count = 0;
    return had ? 'reset' : 'none';
  }
}
