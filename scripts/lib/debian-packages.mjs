// The Debian packages the tests need, from test/debian-packages.txt: one list that .ci/run (bash)
// and the Node scripts and tests read alike.
// Why no standard tool: a plain list that bash can read needs no parser; this is the Node side.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {repoRoot} from './root.mjs';

const lines = readFileSync(join(repoRoot, 'test', 'debian-packages.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.trim().split(/\s+/));

/** The packages that `need` (an engine, `print`, `fonts`, `wordpress`) needs, in the list's order. */
export function debianPackages(need) {
  return lines.filter(([, what]) => what === need).map(([name]) => name);
}

/** Whether dpkg has the package installed; false where there is no dpkg. */
export function isPackageInstalled(name) {
  return /ok installed/.test(spawnSync('dpkg-query', ['-W', '-f=${Status}', name], {encoding: 'utf8'}).stdout ?? '');
}
