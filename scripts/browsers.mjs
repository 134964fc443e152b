// The three browser engines the tests run in, as Debian ships them, and where each one is on
// this machine: Chromium (CHROME_PATH, Debian's chromium, the usual Chrome locations), Firefox
// (FIREFOX_PATH, Debian's firefox-esr) and WebKitGTK (WebKitWebDriver with its MiniBrowser).
// Shared by the test runner, `npm test`, the benchmark and .ci/run.
// Why no standard tool: the test runners' launchers take an executable path; none finds Debian's three engines or names the apt package that brings a missing one.
import {existsSync} from 'node:fs';

/** @typedef {'chromium' | 'firefox' | 'webkit'} Engine */

/** @type {readonly Engine[]} */
export const engines = ['chromium', 'firefox', 'webkit'];

/** What each engine is called in messages and in the test runner's output. */
export const engineNames = {chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit'};

const chromeCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const firefoxCandidates = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

// Debian's webkit2gtk-driver: the WebDriver server, and the small browser it drives.
const webkitDriverCandidates = ['/usr/bin/WebKitWebDriver'];
const miniBrowserCandidates = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
// MiniBrowser has no headless mode: it needs an X display, which Xvfb gives it.
const xvfbCandidates = ['/usr/bin/Xvfb'];

function fromEnvOr(variable, candidates) {
  const fromEnv = process.env[variable];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

export function findChrome() {
  return fromEnvOr('CHROME_PATH', chromeCandidates);
}

export function findFirefox() {
  return fromEnvOr('FIREFOX_PATH', firefoxCandidates);
}

/** WebKitWebDriver, the MiniBrowser it starts, and Xvfb for its window; undefined if any is missing. */
export function findWebKit() {
  const driver = fromEnvOr('WEBKIT_WEBDRIVER_PATH', webkitDriverCandidates);
  const miniBrowser = fromEnvOr('WEBKIT_MINIBROWSER_PATH', miniBrowserCandidates);
  const xvfb = fromEnvOr('XVFB_PATH', xvfbCandidates);
  return driver && miniBrowser && xvfb ? {driver, miniBrowser, xvfb} : undefined;
}

/** Whether an engine's programs are all on this machine. */
export function isInstalled(engine) {
  if (engine === 'chromium') return Boolean(findChrome());
  if (engine === 'firefox') return Boolean(findFirefox());
  return Boolean(findWebKit());
}

/** The Debian packages that bring each engine. */
export const aptPackages = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

/** One message that names what is missing and the one command that installs it. */
export function installHint(missing) {
  const packages = missing.flatMap((engine) => aptPackages[engine]);
  const names = missing.map((engine) => engineNames[engine]).join(', ');
  const overrides = {
    chromium: 'CHROME_PATH',
    firefox: 'FIREFOX_PATH',
    webkit: 'WEBKIT_WEBDRIVER_PATH, WEBKIT_MINIBROWSER_PATH and XVFB_PATH',
  };
  const which = missing.map((engine) => overrides[engine]).join('; ');
  return (
    `Browser tests need ${names}, which ${missing.length === 1 ? 'is' : 'are'} not installed. ` +
    `Debian: \`sudo apt-get install -y ${packages.join(' ')}\`. ` +
    `Elsewhere, point ${which} at the programs.`
  );
}

/**
 * The engines to run: all three, or those named in KIUT_BROWSERS (comma- or space-separated),
 * for quick local runs. `npm test` always runs all three.
 * @returns {Engine[]}
 */
export function chosenEngines(value = process.env.KIUT_BROWSERS) {
  if (value === undefined || value.trim() === '') return [...engines];
  const asked = value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((name) => name.toLowerCase());
  const unknown = asked.filter((name) => !engines.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `KIUT_BROWSERS="${value}" names ${unknown.join(', ')}; use one or more of ${engines.join(', ')} (for example KIUT_BROWSERS=chromium,firefox).`,
    );
  }
  return engines.filter((engine) => asked.includes(engine));
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
