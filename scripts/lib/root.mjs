// The repository's root folder, for Node scripts that read or write files in it, and its
// package.json, read once here.
// Why no standard tool: app-root-path and friends guess from the working directory; this file knows where it is.
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** @type {{version: string, [field: string]: unknown}} */
export const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
