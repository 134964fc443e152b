// The demo tests on their own, until web-test-runner.config.mjs includes demoPlugins():
//   npx web-test-runner --config test/widget/demo/wtr-visual.config.mjs
//   … --update-visual-baseline      to accept new screenshots
// The same setup as web-test-runner.config.mjs, plus the demo's plugins.
import baseConfig from '../../../web-test-runner.config.mjs';
import {demoPlugins} from './wtr-plugins.mjs';

export default {
  ...baseConfig,
  files: 'test/widget/demo/**/*.test.ts',
  plugins: [...baseConfig.plugins, ...demoPlugins()],
};
