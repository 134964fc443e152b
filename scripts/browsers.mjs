// The three browser engines the tests run in, as Debian ships them: where each one's programs are
// (an environment variable, else Debian's places), its version, and the oldest the tests pass in.
// The runners' launchers take a path; none finds Debian's engines or names the package to install.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {debianPackages} from './lib/debian-packages.mjs';

/** @typedef {'chromium' | 'firefox' | 'webkit'} Engine */

/**
 * Each engine's programs (the variable that overrides a path, then the places to look) and its
 * minimum version, the one Debian 12 gave when the tests were checked (December 2026). Older ones
 * fail inside the browser: Firefox ESR 140 answers puppeteer's setViewport with "Protocol error
 * (emulation.setScreenOrientationOverride): unknown command".
 */
const table = {
  chromium: {
    name: 'Chromium',
    product: 'Chromium',
    minimum: [156],
    programs: {chrome: ['CHROME_PATH', '/usr/bin/chromium', '/usr/bin/google-chrome', '/opt/google/chrome/chrome']},
  },
  firefox: {name: 'Firefox', product: 'Firefox ESR', minimum: [153], programs: {firefox: ['FIREFOX_PATH', '/usr/bin/firefox-esr', '/usr/bin/firefox']}},
  // The WebDriver server and the browser it drives, which has no headless mode: Xvfb is its display.
  webkit: {
    name: 'WebKit',
    product: 'WebKitGTK',
    minimum: [2, 50],
    programs: {
      driver: ['WEBKIT_WEBDRIVER_PATH', '/usr/bin/WebKitWebDriver'],
      miniBrowser: [
        'WEBKIT_MINIBROWSER_PATH',
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
      ],
      xvfb: ['XVFB_PATH', '/usr/bin/Xvfb'],
    },
  },
};

/** @type {readonly Engine[]} */
export const engines = ['chromium', 'firefox', 'webkit'];
/** What each engine is called in messages and in the test runner's output. */
export const engineNames = Object.fromEntries(engines.map((engine) => [engine, table[engine].name]));
export const minimumVersions = Object.fromEntries(engines.map((engine) => [engine, table[engine].minimum]));

/** The engine's programs by role, or undefined when one is missing. */
function find(engine) {
  const found = Object.entries(table[engine].programs).map(([role, [variable, ...places]]) => {
    const fromEnv = process.env[variable];
    return [role, fromEnv ? (existsSync(fromEnv) ? fromEnv : undefined) : places.find((path) => existsSync(path))];
  });
  return found.every(([, path]) => path) ? Object.fromEntries(found) : undefined;
}

export const findChrome = () => find('chromium')?.chrome;
export const findFirefox = () => find('firefox')?.firefox;
/** WebKitWebDriver, the MiniBrowser it starts, and Xvfb for its window; undefined if any is missing. */
export const findWebKit = () => find('webkit');
export const isInstalled = (engine) => find(engine) !== undefined;

/** One message that names what is missing and the one command that installs it. */
export function installHint(missing) {
  const variables = missing.map((engine) => Object.values(table[engine].programs).map(([variable]) => variable)).flat();
  return (
    `Browser tests need ${missing.map((engine) => engineNames[engine]).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not installed. ` +
    `Debian: \`sudo apt-get install -y ${missing.flatMap((engine) => debianPackages(engine)).join(' ')}\`. ` +
    `Elsewhere, point ${variables.join(', ')} at the programs.`
  );
}

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
  return `${table[engine].product} ${shown(version)} is older than ${shown(minimum)}, which the tests need: apt-get update && apt-get install ${debianPackages(engine).join(' ')}`;
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
  const asked = value?.toLowerCase().match(/[^\s,]+/g) ?? [];
  const unknown = asked.filter((name) => !engines.includes(name));
  if (unknown.length > 0)
    throw new Error(
      `KIUT_BROWSERS="${value}" names ${unknown.join(', ')}; use one or more of ${engines.join(', ')} (for example KIUT_BROWSERS=chromium,firefox).`,
    );
  return engines.filter((engine) => asked.length === 0 || asked.includes(engine));
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
