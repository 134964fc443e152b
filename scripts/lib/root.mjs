// The repository's root folder and its package.json, read once (this file knows where it is,
// which app-root-path and friends can only guess from the working directory), and the one way
// to read what the build writes.
import {existsSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** @type {{version: string, [field: string]: unknown}} */
export const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

/** A file the build writes, or an error naming it and the fix. */
export function readBuilt(file, fix = 'run `npm run build:widget` first.') {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${fix}`);
  return readFileSync(file);
}
