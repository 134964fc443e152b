/**
 * The "Shift three times" shortcut, as a pure state machine: key events in, what happened out.
 * No DOM and no clock here; shortcut-listener.ts feeds it the page's events and owns the
 * 5-second timer, which ends in `timedOut()`.
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

export interface ShortcutState {
  /** Presses counted towards the shortcut: 0, 1 or 2. */
  readonly count: number;
  /** The Shift keys held down now, by `code` (ShiftLeft, ShiftRight). */
  readonly held: readonly string[];
  /** Another key (or a click) came while Shift was held: that Shift was a modifier. */
  readonly usedAsModifier: boolean;
}

export interface KeyInput {
  readonly type: 'keydown' | 'keyup';
  /** KeyboardEvent.key */
  readonly key: string;
  /** KeyboardEvent.code; synthetic events may leave it empty. */
  readonly code: string;
  /** KeyboardEvent.shiftKey: whether a Shift was held during this event. */
  readonly shiftKey: boolean;
  /** Focus is in a text field the reader reached by touch: this key came from an on-screen keyboard. */
  readonly onScreenKeyboard: boolean;
}

/**
 * What a step means for the reader: nothing, one more press counted (`count` says how many),
 * the count went back to 0 (`reset`), or the third press (`leave`).
 */
export type Outcome = 'none' | 'counted' | 'reset' | 'leave';

export interface Step {
  readonly state: ShortcutState;
  readonly outcome: Outcome;
}

export const initialState: ShortcutState = {count: 0, held: [], usedAsModifier: false};

const isShift = (input: KeyInput): boolean => input.key === 'Shift';
/** Which physical Shift: its code, or one name for both when the event does not say. */
const shiftCode = (input: KeyInput): string => input.code || 'Shift';

function reset(state: ShortcutState): Step {
  return {state: {...state, count: 0}, outcome: state.count > 0 ? 'reset' : 'none'};
}

export function onKey(state: ShortcutState, input: KeyInput): Step {
  if (input.type === 'keydown') return isShift(input) ? shiftDown(state, input) : otherKeyDown(state, input);
  return isShift(input) ? shiftUp(state, input) : {state, outcome: 'none'};
}

function shiftDown(state: ShortcutState, input: KeyInput): Step {
  const code = shiftCode(input);
  // A held key repeats its keydown: that is still the same press.
  if (state.held.includes(code)) return {state, outcome: 'none'};
  // The first Shift to go down starts afresh; a second one (the other Shift) is a press of its
  // own, not a modifier of the first.
  const usedAsModifier = state.held.length === 0 ? false : state.usedAsModifier;
  return {state: {...state, held: [...state.held, code], usedAsModifier}, outcome: 'none'};
}

function otherKeyDown(state: ShortcutState, input: KeyInput): Step {
  const held = state.held.length > 0 || input.shiftKey;
  return reset({...state, usedAsModifier: state.usedAsModifier || held});
}

function shiftUp(state: ShortcutState, input: KeyInput): Step {
  const code = shiftCode(input);
  // A keyup without its keydown (focus came from elsewhere mid-press) releases whatever is held.
  const held = state.held.includes(code) ? state.held.filter((c) => c !== code) : [];
  const usedAsModifier = held.length === 0 ? false : state.usedAsModifier;
  const next = {...state, held, usedAsModifier};
  if (state.usedAsModifier || input.onScreenKeyboard) return {state: next, outcome: 'none'};
  const count = state.count + 1;
  if (count >= pressesNeeded) return {state: {...next, count: 0}, outcome: 'leave'};
  return {state: {...next, count}, outcome: 'counted'};
}

/** A click or tap: with Shift held, that Shift is a modifier (Shift+click selects text). */
export function onPointerDown(state: ShortcutState): Step {
  if (state.held.length === 0) return {state, outcome: 'none'};
  return {state: {...state, usedAsModifier: true}, outcome: 'none'};
}

/** The time for the next press ran out. */
export function timedOut(state: ShortcutState): Step {
  return reset(state);
}

/** The page lost focus (another window, another tab): keys held now will never come up here. */
export function released(state: ShortcutState): Step {
  return {state: {...state, held: [], usedAsModifier: false}, outcome: 'none'};
}
