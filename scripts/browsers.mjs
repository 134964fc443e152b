// The three browser engines the tests run in, as Debian ships them, and where each one is on
// this machine: Chromium (CHROME_PATH, Debian's chromium, the usual Chrome locations), Firefox
// (FIREFOX_PATH, Debian's firefox-esr) and WebKitGTK (WebKitWebDriver with its MiniBrowser).
// Shared by the test runner, `npm test`, the benchmark and .ci/run.
// Why no standard tool: the test runners' launchers take an executable path; none finds Debian's three engines or names the apt package that brings a missing one.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {debianPackages} from './lib/debian-packages.mjs';

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

/** One message that names what is missing and the one command that installs it. */
export function installHint(missing) {
  const packages = missing.flatMap((engine) => debianPackages(engine));
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
 * The oldest version of each engine the tests are known to pass in: the versions Debian 12
 * gave when they were checked (December 2026). Older ones fail inside the browser, not in a
 * test: Firefox ESR 140 (Debian 12 without `apt-get update`) answers puppeteer's setViewport
 * with "Protocol error (emulation.setScreenOrientationOverride): unknown command".
 */
export const minimumVersions = {chromium: [156], firefox: [153], webkit: [2, 50]};
const productNames = {chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKitGTK'};

/** `[major, minor]` from a program's or package's version text, or undefined. */
export function parseVersion(text) {
  const match = /(\d+)\.(\d+)/.exec(text ?? '');
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** The installed engine's version: Chromium and Firefox say it; WebKitWebDriver does not, so its Debian package does. */
export function engineVersion(engine) {
  const [command, args] =
    engine === 'webkit' ? ['dpkg-query', ['-W', '-f=${Version}', 'webkit2gtk-driver']] : [engine === 'chromium' ? findChrome() : findFirefox(), ['--version']];
  return command ? parseVersion(spawnSync(command, args, {encoding: 'utf8', timeout: 30_000}).stdout) : undefined;
}

/** One line naming an engine older than the tests need and the command that updates it, or undefined (new enough, or the version is unknown). */
export function tooOld(engine, version) {
  const minimum = minimumVersions[engine];
  const differs = version ? minimum.findIndex((part, i) => version[i] !== part) : -1;
  if (differs === -1 || version[differs] > minimum[differs]) return undefined;
  const shown = (parts) => parts.slice(0, minimum.length).join('.');
  return `${productNames[engine]} ${shown(version)} is older than ${shown(minimum)}, which the tests need: apt-get update && apt-get install ${debianPackages(engine).join(' ')}`;
}

/** What stops the browser tests in `chosen`: one line for those missing, one for each too old, and the engines to install. */
export function engineProblems(chosen = engines) {
  const missing = chosen.filter((engine) => !isInstalled(engine));
  const old = chosen.flatMap((engine) => (missing.includes(engine) ? [] : [[engine, tooOld(engine, engineVersion(engine))]])).filter(([, line]) => line);
  return {
    engines: [...missing, ...old.map(([engine]) => engine)],
    lines: [...(missing.length > 0 ? [installHint(missing)] : []), ...old.map(([, line]) => line)],
  };
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
