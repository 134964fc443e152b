/**
 * The WordPress tests' own set-up, without WordPress: what is missing is named with the one
 * command that installs it, and the tests then count as not run, never as passed.
 */
import {test} from 'node:test';
import {existsSync} from 'node:fs';
import assert from 'node:assert/strict';
import {aptPackages, ensureWordpressTools, findWordpressTools, freePort, installCommand} from '../wordpress/env.js';
import {repoRoot, run, scratch, tsx} from './helpers.js';

test('missing tools are named as Debian packages, and without apt the tests are "not run" with the install command', () => {
  const nowhere = scratch('no-tools');
  try {
    const found = findWordpressTools({path: nowhere.dir, wordpress: nowhere.dir});
    assert.equal(found.tools, undefined);
    assert.deepEqual(found.missing.sort(), ['mariadb-server', 'php-cli', 'wordpress', 'wordpress-theme-twentytwentythree']);
    const result = ensureWordpressTools({path: nowhere.dir, wordpress: nowhere.dir, canApt: false});
    assert.ok('notRun' in result);
    assert.match(result.notRun, /the WordPress tests need .*php-cli.*wordpress.*which are not installed/);
    assert.ok(result.notRun.endsWith(installCommand));
    assert.equal(installCommand, `sudo apt-get install -y --no-install-recommends ${aptPackages.join(' ')}`);
  } finally {
    nowhere.remove();
  }
});

const setpriv = '/usr/bin/setpriv';
const asAnotherUser = process.getuid?.() === 0 && existsSync(setpriv);

test('the WordPress test runner, without its tools and without apt, says "not run" and fails', {skip: !asAnotherUser && 'needs root and setpriv (util-linux) to run as an unprivileged user'}, () => {
  // As an unprivileged user with an empty PATH: no php, no MariaDB, and apt-get is not allowed.
  const runner = run(setpriv, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, tsx.replace(/\.bin\/tsx$/, 'tsx/dist/cli.mjs'), 'test/wordpress/run.ts'], {cwd: repoRoot, env: {PATH: '/nonexistent', HOME: '/tmp'}});
  assert.equal(runner.error, undefined);
  assert.equal(runner.status, 1, runner.stdout + runner.stderr);
  assert.match(runner.stderr, /WordPress tests: not run: the WordPress tests need .*php-cli.*Install them \(Debian\/Ubuntu\): sudo apt-get install -y --no-install-recommends wordpress php-cli php-mysql mariadb-server/);
  assert.doesNotMatch(runner.stdout + runner.stderr, /# pass/);
});

test('a free port is picked in 8800-8899 on 127.0.0.1', async () => {
  const port = await freePort();
  assert.ok(port >= 8800 && port <= 8899, String(port));
});
