// The demo tests on their own:
//   npx web-test-runner --config test/widget/demo/wtr-visual.config.mjs
//   … --update-visual-baseline      to accept new screenshots (Chromium's: the screenshot tests
//   are marked for the other engines), e.g. with KIUT_BROWSERS=chromium
// The same setup as web-test-runner.config.mjs, which already has the demo's plugins.
import baseConfig from '../../../web-test-runner.config.mjs';

export default {
  ...baseConfig,
  files: 'test/widget/demo/**/*.test.ts',
};
