// Where Chromium or Chrome is on this machine: CHROME_PATH first, then Debian's chromium,
// then the usual Chrome locations. Shared by the test runner, the benchmark and the tests.
import {existsSync} from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return candidates.find((path) => existsSync(path));
}

// The network is closed here: background networking hangs, so it is switched off.
export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const installHint =
  'No Chromium or Chrome found. Install one (Debian: `sudo apt-get install -y chromium`) or set CHROME_PATH to its executable.';
