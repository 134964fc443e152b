// The repository's root folder and its package.json, read once. This file knows where it is,
// which app-root-path and friends can only guess from the working directory.
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** @type {{version: string, [field: string]: unknown}} */
export const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
