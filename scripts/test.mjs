// `npm test`: every check, in order, each counted: content, types, lint, the build
// (the tests run against the built bundle and PDFs too), i18n completeness, the browser
// tests in each of the three engines (Chromium, Firefox, WebKit), the Node tests, the release and
// the npm package, and the WordPress plugin in a real WordPress. Prints how long each step took
// (CI's time limit is for the whole run), and ends with one plain line: `N passed, N failed`.
// Why no standard tool: npm-run-all runs scripts in order, but cannot add each runner's counts up into the one closing line CI reads.
import {spawn} from 'node:child_process';
import {engineNames, engines} from './browsers.mjs';
import {ensureTools} from './ensure-tools.mjs';

const {chrome} = ensureTools();
process.env.CHROME_PATH = chrome;

/** Runs an npm script, echoing its output, and returns its exit code and output. */
function run(script, env = {}) {
  return new Promise((resolve) => {
    const label = Object.entries(env)
      .map(([name, value]) => `${name}=${value} `)
      .join('');
    console.log(`\n── ${label}npm run ${script}`);
    const child = spawn('npm', ['run', '--silent', script], {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
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
  {script: 'build:generated'},
  {script: 'typecheck'},
  {script: 'lint'},
  {script: 'build'},
  // Every derived file, committed or built, is what its sources make now (scripts/generate.ts).
  {script: 'generate:check'},
  {script: 'i18n:check'},
  // One run per engine, so that each one's time and count are its own.
  ...engines.map((engine) => ({
    script: 'test:browser',
    engine,
    env: {KIUT_BROWSERS: engine},
    count: (out) => {
      const all = [...plain(out).matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)];
      const last = all.at(-1);
      return last ? {passed: Number(last[1]), failed: Number(last[2]), skipped: Number(last[3] ?? 0)} : undefined;
    },
  })),
  {script: 'test:node', count: nodeTestCount},
  {script: 'test:release', count: nodeTestCount},
  {script: 'test:wordpress', count: nodeTestCount},
];

let passed = 0;
let failed = 0;
const failures = [];
const browserRuns = [];
const marks = new Set();
const times = [];
for (const step of steps) {
  const started = Date.now();
  const {code, output} = await run(step.script, step.env);
  const seconds = (Date.now() - started) / 1000;
  times.push({name: step.engine ? `${step.script} (${engineNames[step.engine]})` : step.script, seconds});
  const counted = step.count?.(output);
  if (step.engine) {
    browserRuns.push({engine: step.engine, seconds, ...(counted ?? {passed: 0, failed: 0, skipped: 0})});
    // Tests marked for an engine say so in the browser's log (test/widget/engine.ts).
    for (const match of plain(output).matchAll(/kiut-engine-mark: (.+)$/gm)) marks.add(match[1]);
  }
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
  if (code !== 0) failures.push(step.engine ? `${step.script} (${engineNames[step.engine]})` : step.script);
}

console.log('\nBrowser tests per engine:');
for (const r of browserRuns) {
  console.log(
    `  ${engineNames[r.engine].padEnd(9)} ${String(r.passed).padStart(4)} passed, ${r.failed} failed, ${r.skipped} marked (skipped), ${r.seconds.toFixed(0)} s`,
  );
}
if (marks.size > 0) {
  console.log('Marked per engine (not run there, for a reason in that engine):');
  for (const mark of [...marks].sort()) console.log(`  ${mark}`);
}

console.log('\nTime per step:');
for (const t of times) console.log(`  ${t.name.padEnd(28)} ${t.seconds.toFixed(0).padStart(4)} s`);
const total = times.reduce((sum, t) => sum + t.seconds, 0);
console.log(`  ${'all'.padEnd(28)} ${total.toFixed(0).padStart(4)} s`);

console.log('');
if (failures.length > 0) console.log(`failed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);
