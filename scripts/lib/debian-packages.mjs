// The Debian packages the tests need, from test/debian-packages.txt: one plain list that .ci/run
// (bash) reads without a parser, and the Node scripts and tests through this module.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {repoRoot} from './root.mjs';

const lines = readFileSync(join(repoRoot, 'test', 'debian-packages.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.trim().split(/\s+/));

/** The packages that `need` (an engine, `print`, `fonts`, `wordpress`) needs, in the list's order. */
export const debianPackages = (need) => lines.filter(([, what]) => what === need).map(([name]) => name);

/** Whether dpkg has the package installed; false where there is no dpkg. */
export const isPackageInstalled = (name) => /ok installed/.test(spawnSync('dpkg-query', ['-W', '-f=${Status}', name], {encoding: 'utf8'}).stdout ?? '');
