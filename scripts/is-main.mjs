// Whether a module is the script Node was started with (`node x.mjs`, `tsx x.ts`), not imported:
// `import.meta.main` arrives only in Node 24. Compared through realpath, so that a symlink or an
// odd character in the path cannot make a script skip its own main block.
import {realpathSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

/** @param {string} moduleUrl the caller's `import.meta.url` */
export function isMain(moduleUrl) {
  try {
    return pathToFileURL(realpathSync(process.argv[1])).href === moduleUrl;
  } catch {
    return false;
  }
}
