// `npm test`: every check, in order, each counted: content, types, lint, the build
// (the tests run against the built bundle and PDFs too), i18n completeness, the browser
// tests, the Node tests, the release and npm package, and the WordPress plugin in a real WordPress. Ends with one plain line: `N passed, N failed`.
import {spawn} from 'node:child_process';
import {ensureTools} from './ensure-tools.mjs';

const {chrome} = ensureTools();
process.env.CHROME_PATH = chrome;

/** Runs an npm script, echoing its output, and returns its exit code and output. */
function run(script) {
  return new Promise((resolve) => {
    console.log(`\n── npm run ${script}`);
    const child = spawn('npm', ['run', '--silent', script], {env: process.env, stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    const take = (stream, sink) =>
      stream.on('data', (chunk) => {
        output += chunk;
        sink.write(chunk);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code) => resolve({code: code ?? 1, output}));
  });
}

// Strips colour codes and progress-bar rewrites before reading a runner's counts.
// eslint-disable-next-line no-control-regex -- ANSI escapes start with the ESC control character.
const plain = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

/** node:test's closing counts (spec or TAP reporter). */
const nodeTestCount = (out) => {
  const pass = plain(out).match(/^ℹ pass (\d+)$/m) ?? plain(out).match(/^# pass (\d+)$/m);
  const fail = plain(out).match(/^ℹ fail (\d+)$/m) ?? plain(out).match(/^# fail (\d+)$/m);
  return pass && fail ? {passed: Number(pass[1]), failed: Number(fail[1])} : undefined;
};

const steps = [
  {script: 'check:content'},
  // The type check and lint read src/generated/, which a clean checkout does not have yet.
  {script: 'generate'},
  {script: 'typecheck'},
  {script: 'lint'},
  {script: 'build'},
  {script: 'docs:check'},
  {script: 'i18n:check'},
  {
    script: 'test:browser',
    count: (out) => {
      const all = [...plain(out).matchAll(/(\d+) passed, (\d+) failed/g)];
      const last = all.at(-1);
      return last ? {passed: Number(last[1]), failed: Number(last[2])} : undefined;
    },
  },
  {script: 'test:node', count: nodeTestCount},
  {script: 'test:release', count: nodeTestCount},
  {script: 'test:wordpress', count: nodeTestCount},
];

let passed = 0;
let failed = 0;
const failures = [];
for (const step of steps) {
  const {code, output} = await run(step.script);
  const counted = step.count?.(output);
  if (counted) {
    passed += counted.passed;
    failed += counted.failed;
    // A runner that crashed before counting still fails the run.
    if (code !== 0 && counted.failed === 0) failed += 1;
  } else if (code === 0) {
    passed += 1;
  } else {
    failed += 1;
  }
  if (code !== 0) failures.push(step.script);
}

console.log('');
if (failures.length > 0) console.log(`failed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);
