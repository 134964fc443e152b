/**
 * `npm run build:notices` (part of `npm run build:widget`): dist/THIRD-PARTY-NOTICES.md, the
 * licences of the packages inside the bundles, for the npm package. The release and the
 * WordPress plugin write the same file from the same source maps.
 *
 * Why no standard tool: rollup-plugin-license writes notices during a bundle's build; the npm package, the release and the plugin need the same file, read afterwards from the built source maps (scripts/lib/third-party.ts).
 */
import {join} from 'node:path';
import {partnerScripts} from './integrity.js';
import {isMain} from './is-main.mjs';
import {repoRoot} from './lib/root.mjs';
import {writeAtomically} from './lib/write-atomically.js';
import {bundledPackages, thirdPartyNotices} from './lib/third-party.js';

if (isMain(import.meta.url)) {
  const maps = partnerScripts.map((script) => join(repoRoot, 'dist', `${script}.map`));
  try {
    writeAtomically(join(repoRoot, 'dist', 'THIRD-PARTY-NOTICES.md'), thirdPartyNotices(maps));
    console.log(`notices: ${bundledPackages(maps[0]).join(', ')} → dist/THIRD-PARTY-NOTICES.md`);
  } catch (error) {
    console.error(`notices: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
