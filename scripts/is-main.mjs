// Whether a module is the script Node was started with (`node x.mjs`, `tsx x.ts`), as opposed
// to imported by another. Compared through realpath, so symlinks and odd characters in paths
// cannot make a script skip its own main block.
// Why not a standard tool: `import.meta.main` arrives in Node 24; kiut supports Node 20.
import {realpathSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

/** @param {string} moduleUrl the caller's `import.meta.url` */
export function isMain(moduleUrl) {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === moduleUrl;
  } catch {
    return false;
  }
}
