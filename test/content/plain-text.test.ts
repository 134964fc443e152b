/** The one rule for hidden characters and length, which content, partner strings and attributes share. */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {plainTextProblem} from '../../src/content/plain-text.js';

test('plain text passes, in any script', () => {
  for (const text of ['Kiút – segítség', 'Допомога є.', 'Example Association · +36 1 234 5678'])
    assert.equal(plainTextProblem(text, {maxLength: 100, oneLine: true}), undefined, text);
});

test('hidden characters are named with their code point and position', () => {
  const cases: [string, string][] = [
    ['a\u202eb', 'U+202E'],
    ['a\u2066b', 'U+2066'],
    ['a\u200bb', 'U+200B'],
    ['a\u0000b', 'U+0000'],
    ['a\u009bb', 'U+009B'],
    ['a\u2028b', 'U+2028'],
    ['a\u2029b', 'U+2029'],
    ['a\ufeffb', 'U+FEFF'],
  ];
  for (const [text, code] of cases) assert.deepEqual(plainTextProblem(text, {maxLength: 100}), {kind: 'character', codePoint: code, position: 2}, code);
  // Positions count code points, so a character outside the BMP counts once.
  assert.deepEqual(plainTextProblem('😀\u202e', {maxLength: 100}), {kind: 'character', codePoint: 'U+202E', position: 2});
});

test('line breaks and tabs are allowed in a text, not in a one-line text', () => {
  assert.equal(plainTextProblem('one\ntwo\tthree', {maxLength: 100}), undefined);
  assert.deepEqual(plainTextProblem('one\ntwo', {maxLength: 100, oneLine: true}), {kind: 'character', codePoint: 'U+000A', position: 4});
});

test('length counts code points', () => {
  assert.equal(plainTextProblem('é'.repeat(10), {maxLength: 10}), undefined);
  assert.deepEqual(plainTextProblem('é'.repeat(11), {maxLength: 10}), {kind: 'length', length: 11, max: 10});
});
