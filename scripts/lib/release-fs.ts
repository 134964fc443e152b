/**
 * The two file helpers the release scripts share: where the repository is, and a write that
 * never leaves a half-written file behind (write a temporary file beside it, then rename).
 */
import {mkdirSync, renameSync, writeFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

/** The repository's root folder, found from this file's place in it (scripts/lib/). */
export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), {recursive: true});
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}
