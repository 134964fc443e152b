// Browser tests in real headless Chromium (Debian's, found by scripts/find-chrome.mjs).
// Tests under test/widget/ import either the sources or the built bundle in dist/
// (`npm test` builds first), so what ships is what is tested.
import {readFileSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {chromeArgs, findChrome, installHint} from './scripts/find-chrome.mjs';
import {cspHeaders} from './test/widget/csp-plugin.mjs';
import {demoPlugins} from './test/widget/demo/wtr-plugins.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(installHint);
  process.exit(1);
}

export default {
  files: 'test/widget/**/*.test.ts',
  nodeResolve: {exportConditions: ['development']},
  concurrency: 1,
  // Lit announces its development build once per test file; that line says nothing about the guide.
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: {config: {timeout: 10000}},
  plugins: [
    esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2021'}),
    // The built bundles are served byte for byte, as a partner serves them: esbuild would
    // otherwise rewrite them, the tests would test something that does not ship, and the
    // snippets' integrity values would not match.
    {name: 'kiut-dist-as-built', transform: (context) => (/^\/dist\/[\w.-]+\.js$/.test(context.path) ? {body: readFileSync(`.${context.path}`, 'utf8')} : undefined)},
    cspHeaders(),
    ...demoPlugins(),
  ],
  browsers: [chromeLauncher({launchOptions: {executablePath, args: chromeArgs}})],
};
