// Browser tests in three engines, as Debian ships them: Chromium, Firefox ESR and WebKitGTK
// (see test/widget/launchers.mjs). `npm test` runs all three; for quick local work choose some
// with KIUT_BROWSERS, e.g. `KIUT_BROWSERS=chromium npm run test:browser`.
// Tests under test/widget/ import either the sources or the built bundle in dist/
// (`npm test` builds first), so what ships is what is tested.
import {readFileSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chosenEngines, engineProblems} from './scripts/browsers.mjs';
import {countReporter} from './test/widget/count-reporter.mjs';
import {cspHeaders} from './test/widget/csp-plugin.mjs';
import {demoPlugins} from './test/widget/demo/wtr-plugins.mjs';
import {engineCommands} from './test/widget/engine-commands.mjs';
import {exitDestination} from './test/widget/exit-destination.mjs';
import {languageFileFaults} from './test/widget/language-file-faults.mjs';
import {readerDefault} from './test/widget/hosts/reader-default.mjs';
import {chromiumLauncher, firefoxLauncher, freePort, webkitLauncher} from './test/widget/launchers.mjs';

const chosen = chosenEngines();
// A missing engine, or one older than the tests need (which fails inside the browser), is named with the fix first.
const {lines: problems} = engineProblems(chosen);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const launchers = {chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher};

export default {
  files: 'test/widget/**/*.test.ts',
  nodeResolve: {exportConditions: ['development']},
  hostname: '127.0.0.1',
  // Ports: 8700–8759 here, 8760–8779 for the exit destination, 8780–8799 for WebKitWebDriver.
  port: await freePort(8700, 8759),
  // One test file at a time in each browser: WebKitWebDriver's launcher runs tests in iframes
  // with more, where key presses break ("Invalid frame ID"), and the key and focus tests need
  // their page to be the focused one.
  concurrency: 1,
  // Lit announces its development build once per test file; that line says nothing about the guide.
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: {config: {timeout: 10000}},
  // A whole file may take longer than the default two minutes on a loaded machine (the hostile
  // attributes and the eleven languages' pages); each test still has its 10 s.
  testsFinishTimeout: 600000,
  // The usual output, and the counts `npm test` adds up (when it asks for them).
  reporters: [defaultReporter(), countReporter()],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2021'}),
    // The built bundles are served byte for byte, as a partner serves them: esbuild would
    // otherwise rewrite them, the tests would test something that does not ship, and the
    // snippets' integrity values would not match.
    {
      name: 'kiut-dist-as-built',
      transform: (context) => (/^\/dist\/[\w.-]+\.js$/.test(context.path) ? {body: readFileSync(`.${context.path}`, 'utf8')} : undefined),
    },
    cspHeaders(),
    engineCommands(),
    exitDestination(),
    languageFileFaults(),
    readerDefault(),
    ...demoPlugins(),
  ],
  browsers: await Promise.all(chosen.map((engine) => launchers[engine]())),
};
