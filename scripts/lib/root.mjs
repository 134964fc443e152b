// The repository's root folder, for Node scripts that read or write files in it.
// Why no standard tool: app-root-path and friends guess from the working directory; this file knows where it is.
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../../', import.meta.url)));
