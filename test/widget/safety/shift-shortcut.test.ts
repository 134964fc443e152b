/**
 * The shortcut's rules on their own: the pure state machine in src/safety/shift-shortcut.ts,
 * fed key events by hand (no DOM, no clock).
 */
import {expect} from '@open-wc/testing';
import {initialState, onKey, onPointerDown, released, timedOut, type KeyInput, type Outcome, type ShortcutState} from '../../../src/safety/shift-shortcut.js';

type Event = Partial<KeyInput> & Pick<KeyInput, 'type' | 'key'>;
const down = (key: string, extra: Partial<KeyInput> = {}): Event => ({type: 'keydown', key, ...extra});
const up = (key: string, extra: Partial<KeyInput> = {}): Event => ({type: 'keyup', key, ...extra});
/** Shift alone, left unless `code` says otherwise. */
const shift = (code = 'ShiftLeft'): Event[] => [down('Shift', {code, shiftKey: true}), up('Shift', {code})];

/** Runs events through the machine; returns every outcome that was not 'none', and the end state. */
function run(events: Event[], state: ShortcutState = initialState): {outcomes: Outcome[]; state: ShortcutState; counts: number[]} {
  const outcomes: Outcome[] = [];
  const counts: number[] = [];
  for (const event of events) {
    const step = onKey(state, {code: '', shiftKey: false, onScreenKeyboard: false, ...event});
    state = step.state;
    if (step.outcome !== 'none') {
      outcomes.push(step.outcome);
      counts.push(state.count);
    }
  }
  return {outcomes, state, counts};
}

describe('shift-shortcut (pure)', () => {
  it('three presses of Shift alone: counted, counted, leave; the count is back to 0', () => {
    const {outcomes, counts, state} = run([...shift(), ...shift(), ...shift()]);
    expect(outcomes).to.deep.equal(['counted', 'counted', 'leave']);
    expect(counts).to.deep.equal([1, 2, 0]);
    expect(state).to.deep.equal(initialState);
  });

  it('left and right Shift count alike', () => {
    expect(run([...shift('ShiftLeft'), ...shift('ShiftRight'), ...shift('ShiftLeft')]).outcomes).to.deep.equal(['counted', 'counted', 'leave']);
  });

  it('both Shifts pressed so that they overlap are two presses (govuk-frontend #5393)', () => {
    const overlapping = [
      down('Shift', {code: 'ShiftLeft', shiftKey: true}),
      down('Shift', {code: 'ShiftRight', shiftKey: true}),
      up('Shift', {code: 'ShiftLeft', shiftKey: true}),
      up('Shift', {code: 'ShiftRight'}),
    ];
    expect(run(overlapping).outcomes).to.deep.equal(['counted', 'counted']);
    expect(run([...overlapping, ...shift()]).outcomes).to.deep.equal(['counted', 'counted', 'leave']);
  });

  it('Shift used with another key is not a press, and the other key resets the count', () => {
    const capital = [down('Shift', {code: 'ShiftLeft', shiftKey: true}), down('A', {code: 'KeyA', shiftKey: true}), up('A', {code: 'KeyA', shiftKey: true}), up('Shift', {code: 'ShiftLeft'})];
    expect(run([...capital, ...capital, ...capital]).outcomes).to.deep.equal([]);
    expect(run([...shift(), ...shift(), ...capital]).outcomes).to.deep.equal(['counted', 'counted', 'reset']);
    // After a capital letter, Shift alone counts again from 1.
    expect(run([...capital, ...shift()]).counts).to.deep.equal([1]);
  });

  it('another key between presses resets: two, a letter, one more is not three', () => {
    const {outcomes, state} = run([...shift(), ...shift(), down('a', {code: 'KeyA'}), up('a', {code: 'KeyA'}), ...shift()]);
    expect(outcomes).to.deep.equal(['counted', 'counted', 'reset', 'counted']);
    expect(state.count).to.equal(1);
  });

  it('a held Shift repeating its keydown is one press', () => {
    const held = [down('Shift', {code: 'ShiftLeft', shiftKey: true}), down('Shift', {code: 'ShiftLeft', shiftKey: true}), down('Shift', {code: 'ShiftLeft', shiftKey: true}), up('Shift', {code: 'ShiftLeft'})];
    expect(run(held).counts).to.deep.equal([1]);
  });

  it('an on-screen keyboard’s Shift is not a press (govuk-frontend #4095)', () => {
    const onScreen = (e: Event): Event => ({...e, onScreenKeyboard: true});
    expect(run([...shift(), ...shift(), ...shift()].map(onScreen)).outcomes).to.deep.equal([]);
  });

  it('Shift held for a click is a modifier', () => {
    let state = run([down('Shift', {code: 'ShiftLeft', shiftKey: true})]).state;
    state = onPointerDown(state).state;
    expect(run([up('Shift', {code: 'ShiftLeft'})], state).outcomes).to.deep.equal([]);
    // A click with no Shift held changes nothing.
    expect(onPointerDown(initialState)).to.deep.equal({state: initialState, outcome: 'none'});
  });

  it('time running out resets a count, and is silent with none', () => {
    const two = run([...shift(), ...shift()]).state;
    expect(timedOut(two)).to.deep.equal({state: {...two, count: 0}, outcome: 'reset'});
    expect(timedOut(initialState).outcome).to.equal('none');
  });

  it('a keyup with no keydown (focus came mid-press) still counts once, and a lost focus releases held keys', () => {
    expect(run([up('Shift', {code: 'ShiftRight'})]).counts).to.deep.equal([1]);
    const held = run([down('Shift', {code: 'ShiftLeft', shiftKey: true}), down('a', {shiftKey: true})]).state;
    expect(held.usedAsModifier).to.be.true;
    expect(released(held).state).to.deep.include({held: [], usedAsModifier: false});
  });
});
