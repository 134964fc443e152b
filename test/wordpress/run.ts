/**
 * `npm run test:wordpress`: the plugin in a real WordPress. Installs what is missing when it
 * can (root on Debian), builds the plugin zip from dist/, starts a site (test/wordpress/env.ts),
 * runs test/wordpress/*.test.ts against it with node:test, and stops everything it started.
 *
 * When the tools are missing and cannot be installed here, it prints "not run", the reason and
 * the one command that installs them, and exits 1: a test that did not run has not passed.
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildWordpressPlugin} from '../../scripts/build-wordpress.js';
import {ensureWordpressTools, removeSite, startSite, type SiteDescription} from './env.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

const began = Date.now();
const tools = ensureWordpressTools();
if ('notRun' in tools) {
  console.error(`WordPress tests: not run: ${tools.notRun}`);
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'kiut-wordpress-plugin-'));
let code = 1;
try {
  const plugin = buildWordpressPlugin({out});
  const startedAt = Date.now();
  const site = await startSite(tools, plugin.zip);
  console.log(`WordPress 6.1 with the plugin at ${site.url} (MariaDB, PHP's server and the install took ${seconds(startedAt)})`);
  const description: SiteDescription = {posts: site.posts, url: site.url, root: site.root, scratch: site.scratch, debugLog: site.debugLog, php: tools.php};
  const files = readdirSync(here)
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => join(here, name));
  try {
    code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
        stdio: 'inherit',
        env: {...process.env, KIUT_WP_SITE: JSON.stringify(description)},
      });
      child.on('close', (status) => resolve(status ?? 1));
    });
  } finally {
    await site.stop();
    if (code === 0) removeSite(site);
    else console.error(`WordPress tests failed: the site's logs are kept in ${site.scratch}`);
  }
} catch (error) {
  console.error(`WordPress tests: ${(error as Error).message}`);
  code = 1;
} finally {
  rmSync(out, {recursive: true, force: true});
}
console.log(`WordPress tests took ${seconds(began)} in all.`);
process.exit(code);
