// `npm test`: every check in order, each counted, once the system tools are here and new enough
// (ensure-tools.mjs): content, types, lint, the build (the tests run against the built bundle and
// PDFs too), the derived files, i18n, the browser tests per engine, the Node tests, the release
// and the package, and the plugin in a real WordPress. The runners count through their
// machine-readable reporters (node:test's TAP in a file, test/widget/count-reporter.mjs's JSON),
// which npm-run-all could not add up. Prints each step's time (CI's limit is for the whole run),
// and ends with the one plain line CI reads: `N passed, N failed`.
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {engineNames, engines} from './browsers.mjs';
import {ensureTools} from './ensure-tools.mjs';

process.env.CHROME_PATH = ensureTools().chrome;
const scratch = mkdtempSync(join(tmpdir(), 'kiut-test-counts-'));
process.once('exit', () => rmSync(scratch, {recursive: true, force: true}));

/** node:test's TAP summary (`# pass N`, `# fail N`), written to `file` by the step's runner. */
const nodeTests = (file) => ({
  env: {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=${file}`,
  },
  count: () => {
    const tap = readFileSync(file, 'utf8');
    const total = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? NaN);
    return {passed: total('pass'), failed: total('fail'), skipped: total('skipped')};
  },
});

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
  ...engines.map((engine) => {
    const file = join(scratch, `${engine}.json`);
    return {script: 'test:browser', engine, env: {KIUT_BROWSERS: engine, KIUT_TEST_COUNTS: file}, count: () => JSON.parse(readFileSync(file, 'utf8'))};
  }),
  ...['test:node', 'test:release', 'test:wordpress'].map((script) => ({script, ...nodeTests(join(scratch, `${script.replace(':', '-')}.tap`))})),
];

let passed = 0;
let failed = 0;
const failures = [];
const browserRuns = [];
const times = [];
for (const step of steps) {
  const name = step.engine ? `${step.script} (${engineNames[step.engine]})` : step.script;
  console.log(`\n── ${step.engine ? `KIUT_BROWSERS=${step.engine} ` : ''}npm run ${step.script}`);
  const started = Date.now();
  const code = await new Promise((resolve) =>
    spawn('npm', ['run', '--silent', step.script], {env: {...process.env, ...step.env}, stdio: 'inherit'}).on('close', (exit) => resolve(exit ?? 1)),
  );
  const seconds = (Date.now() - started) / 1000;
  times.push([name, seconds]);
  // A runner that crashed before reporting, or a step without a runner, counts as one check.
  let counted;
  try {
    counted = step.count?.();
  } catch {
    counted = undefined;
  }
  const ok = Number.isFinite(counted?.passed) && Number.isFinite(counted?.failed);
  passed += ok ? counted.passed : code === 0 ? 1 : 0;
  failed += (ok ? counted.failed : 0) + (code !== 0 && !(ok && counted.failed > 0) ? 1 : 0);
  if (step.engine) browserRuns.push({engine: step.engine, seconds, passed: 0, failed: 0, skipped: 0, marks: [], ...counted});
  if (code !== 0) failures.push(name);
}

console.log('\nBrowser tests per engine:');
for (const r of browserRuns) {
  console.log(
    `  ${engineNames[r.engine].padEnd(9)} ${String(r.passed).padStart(4)} passed, ${r.failed} failed, ${r.skipped} marked (skipped), ${r.seconds.toFixed(0)} s`,
  );
}
const marks = [...new Set(browserRuns.flatMap((r) => r.marks))].sort();
if (marks.length > 0) console.log(['Marked per engine (not run there, for a reason in that engine):', ...marks].join('\n  '));
console.log('\nTime per step:');
for (const [name, seconds] of [...times, ['all', times.reduce((sum, [, s]) => sum + s, 0)]])
  console.log(`  ${name.padEnd(28)} ${seconds.toFixed(0).padStart(4)} s`);
console.log('');
if (failures.length > 0) console.log(`failed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);
