// Plugins the demo tests need, loaded by web-test-runner.config.mjs:
// - demo/*.html is served with the demo server's own strict policy
//   (scripts/lib/security-headers.mjs), and the tests' recorder (test/widget/pages/recorder.js)
//   is put first in <head> to record every CSP violation, request and use of storage;
// - visual regression, with the baselines in test/widget/demo/screenshots/baseline/.
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';
import {securityHeaders} from '../../../scripts/lib/security-headers.mjs';

// The same recorder as the test pages: CSP violations, requests, storage (test/widget/frame.ts).
const probePath = '/test/widget/pages/recorder.js';

function demoCsp() {
  return {
    name: 'kiut-demo-csp',
    transform(context) {
      if (!/^\/demo\/([\w-]+\.html)?$/.test(context.path)) return undefined;
      for (const [name, value] of Object.entries(securityHeaders)) context.set(name, value);
      if (typeof context.body !== 'string') return undefined;
      // A classic, synchronous, same-origin script: it runs before anything else on the page.
      return {body: context.body.replace(/<head>/i, `<head><script src="${probePath}"></script>`)};
    },
  };
}

function demoVisualRegression() {
  return visualRegressionPlugin({
    update: process.argv.includes('--update-visual-baseline'),
    baseDir: 'test/widget/demo/screenshots',
    getBaselineName: ({name}) => `baseline/${name}`,
    getDiffName: ({name}) => `failed/${name}-diff`,
    getFailedName: ({name}) => `failed/${name}`,
    // Anti-aliasing noise stays under this; a moved column or an overflowing card does not.
    failureThreshold: 0.3,
    failureThresholdType: 'percent',
  });
}

export function demoPlugins() {
  return [demoCsp(), demoVisualRegression()];
}
