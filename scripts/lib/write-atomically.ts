/**
 * Writing a file so that a reader sees the old file or the new one, never half of one.
 * Why no standard tool: write-file-atomic would do it; this is ten lines with no dependency.
 */
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';

/** Writes next to the target under a temporary name, then renames over it. */
export function writeAtomically(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), {recursive: true});
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, {force: true});
    throw error;
  }
}
