/**
 * The shortcut's rules on their own: src/safety/shift-shortcut.ts, fed key events by hand
 * (no DOM, no clock).
 */
import {expect} from '@open-wc/testing';
import {ShiftShortcut, type KeyInput, type Outcome} from '../../../src/safety/shift-shortcut.js';

type Key = Partial<KeyInput> & Pick<KeyInput, 'type' | 'key'> & {onScreenKeyboard?: boolean};
const down = (key: string, extra: Partial<Key> = {}): Key => ({type: 'keydown', key, ...extra});
const up = (key: string, extra: Partial<Key> = {}): Key => ({type: 'keyup', key, ...extra});
/** Shift alone, left unless `code` says otherwise. */
const shift = (code = 'ShiftLeft'): Key[] => [down('Shift', {code, shiftKey: true}), up('Shift', {code})];
const capital = [
  down('Shift', {code: 'ShiftLeft', shiftKey: true}),
  down('A', {code: 'KeyA', shiftKey: true}),
  up('A', {code: 'KeyA', shiftKey: true}),
  up('Shift', {code: 'ShiftLeft'}),
];

/** Feeds keys to the machine; returns every outcome that was not 'none', with the count after it. */
function run(keys: Key[], shortcut = new ShiftShortcut()): {outcomes: Outcome[]; counts: number[]; shortcut: ShiftShortcut} {
  const outcomes: Outcome[] = [];
  const counts: number[] = [];
  for (const {onScreenKeyboard, ...key} of keys) {
    const outcome = shortcut.key({code: '', shiftKey: false, ...key}, onScreenKeyboard);
    if (outcome !== 'none') {
      outcomes.push(outcome);
      counts.push(shortcut.count);
    }
  }
  return {outcomes, counts, shortcut};
}

describe('shift-shortcut (the rules alone)', () => {
  it('three presses of Shift alone: counted, counted, leave; the count is back to 0', () => {
    const {outcomes, counts, shortcut} = run([...shift(), ...shift(), ...shift()]);
    expect(outcomes).to.deep.equal(['counted', 'counted', 'leave']);
    expect(counts).to.deep.equal([1, 2, 0]);
    expect(shortcut.held.size).to.equal(0);
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
    expect(run([...capital, ...capital, ...capital]).outcomes).to.deep.equal([]);
    expect(run([...shift(), ...shift(), ...capital]).outcomes).to.deep.equal(['counted', 'counted', 'reset']);
    // After a capital letter, Shift alone counts again from 1.
    expect(run([...capital, ...shift()]).counts).to.deep.equal([1]);
  });

  it('another key between presses resets: two, a letter, one more is not three', () => {
    const {outcomes, shortcut} = run([...shift(), ...shift(), down('a', {code: 'KeyA'}), up('a', {code: 'KeyA'}), ...shift()]);
    expect(outcomes).to.deep.equal(['counted', 'counted', 'reset', 'counted']);
    expect(shortcut.count).to.equal(1);
  });

  it('a held Shift repeating its keydown is one press', () => {
    const held = [
      down('Shift', {code: 'ShiftLeft', shiftKey: true}),
      down('Shift', {code: 'ShiftLeft', shiftKey: true}),
      down('Shift', {code: 'ShiftLeft', shiftKey: true}),
      up('Shift', {code: 'ShiftLeft'}),
    ];
    expect(run(held).counts).to.deep.equal([1]);
  });

  it('an on-screen keyboard’s Shift is not a press (govuk-frontend #4095)', () => {
    expect(run([...shift(), ...shift(), ...shift()].map((key) => ({...key, onScreenKeyboard: true}))).outcomes).to.deep.equal([]);
  });

  it('Shift held for a click is a modifier; a click with no Shift held changes nothing', () => {
    const shortcut = new ShiftShortcut();
    run([down('Shift', {code: 'ShiftLeft', shiftKey: true})], shortcut);
    shortcut.pointerDown();
    expect(run([up('Shift', {code: 'ShiftLeft'})], shortcut).outcomes).to.deep.equal([]);
    shortcut.pointerDown();
    expect(run(shift(), shortcut).counts).to.deep.equal([1]);
  });

  it('time running out resets a count, and is silent with none', () => {
    const {shortcut} = run([...shift(), ...shift()]);
    expect(shortcut.timedOut()).to.equal('reset');
    expect(shortcut.count).to.equal(0);
    expect(shortcut.timedOut()).to.equal('none');
  });

  it('a keyup with no keydown (focus came mid-press) counts once and releases what was held', () => {
    expect(run([up('Shift', {code: 'ShiftRight'})]).counts).to.deep.equal([1]);
    const {shortcut} = run([down('Shift', {code: 'ShiftLeft', shiftKey: true}), down('a', {shiftKey: true})]);
    expect(shortcut.modifier).to.be.true;
    // The Shift that was a modifier comes up under another code: not a press, and nothing stays held.
    expect(run([up('Shift', {code: 'ShiftRight'})], shortcut).outcomes).to.deep.equal([]);
    expect([shortcut.held.size, shortcut.modifier]).to.deep.equal([0, false]);
  });
});
