/**
 * The rollup step that drops msg() descriptions from the widget bundle: descriptions are for
 * translators, and every reader would download them.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {stripMsgDesc} from '../../scripts/lib/strip-msg-desc.mjs';
import {repoRoot} from '../../scripts/lib/root.mjs';

test('drops the description of a msg() call in every form TypeScript emits', () => {
  const forms = [
    ["msg('Leave', {desc: 'Quick-exit button.'})", "msg('Leave')"],
    ['msg("Leave", { desc: "Quick-exit button, it\'s short." })', 'msg("Leave")'],
    ["msg('More', {\n            desc: 'Opens the full text.',\n        })", "msg('More')"],
    ['msg(str`OKIT first: ${count}.`, { desc: `Placeholder: a number.` })', 'msg(str`OKIT first: ${count}.`)'],
    ["msg('a', {desc: 'it says \\'b\\', {c}'})", "msg('a')"],
  ];
  for (const [before, after] of forms) assert.equal(stripMsgDesc(before), after, before);
});

test('leaves everything else alone: other options, other objects, descriptions that are not the last argument', () => {
  const untouched = [
    "msg('Leave', {id: 'leave', desc: 'Button.'})",
    "const o = {desc: 'kept'};",
    "f({desc: 'kept'}, 1)",
    'msg(`x`, {desc: `a ${value} in a template is not a plain string`})',
  ];
  for (const code of untouched) assert.equal(stripMsgDesc(code), code, code);
});

test('the shipped bundles carry no description, and every interface message is still there', () => {
  for (const file of ['dist/kiut-guide.js', 'dist/kiut-guide.iife.js']) {
    const code = readFileSync(join(repoRoot, file), 'utf8');
    assert.ok(!/desc:/.test(code), `${file} still carries a msg() description`);
    for (const message of ['Press Shift 2 more times to leave', 'Leaving the page', 'More', 'Show the whole guide']) {
      assert.ok(code.includes(message), `${file} lost the message "${message}"`);
    }
  }
});
