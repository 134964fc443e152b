/**
 * A script's command line: `main` runs only when Node started this file (a test that imports it
 * runs nothing), its number is the exit code, and a failure prints as one line with the script's
 * name and no stack. Content errors print as the loader wrote them: they name the file, the
 * field and the fix.
 */
import {isMain} from '../is-main.mjs';

export function cli(moduleUrl: string, name: string, main: () => number | void | Promise<number | void>): void {
  if (!isMain(moduleUrl)) return;
  Promise.resolve()
    .then(main)
    .then(
      (code) => (process.exitCode = code ?? 0),
      (error: Error) => {
        console.error(error.name === 'ContentValidationError' ? error.message : `${name}: ${error.message}`);
        process.exitCode = 1;
      },
    );
}
