// A web-test-runner reporter for `npm test` (scripts/test.mjs): when KIUT_TEST_COUNTS names a
// file, it writes the run's counts there as JSON, from the sessions' results as wtr's own summary
// counts them (passed, failed, skipped tests), with a file that failed outside any test counted
// as one failure, and the engine marks the tests logged (test/widget/engine.ts).
import {writeFileSync} from 'node:fs';

function addUp(suite, counts) {
  for (const test of suite?.tests ?? []) counts[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed'] += 1;
  for (const inner of suite?.suites ?? []) addUp(inner, counts);
}

export function countReporter(file = process.env.KIUT_TEST_COUNTS) {
  return {
    onTestRunFinished({sessions}) {
      if (!file) return;
      const counts = {passed: 0, failed: 0, skipped: 0, marks: []};
      for (const session of sessions) {
        const failedBefore = counts.failed;
        addUp(session.testResults, counts);
        if (!session.passed && counts.failed === failedBefore) counts.failed += 1;
        for (const [first] of session.logs) {
          if (typeof first === 'string' && first.startsWith('kiut-engine-mark: ')) counts.marks.push(first.slice('kiut-engine-mark: '.length));
        }
      }
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
