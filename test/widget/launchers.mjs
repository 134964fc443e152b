// @web/test-runner launchers for the three engines, as Debian ships them (test/debian-packages.txt;
// scripts/browsers.mjs finds the programs and checks their versions):
//   - Chromium through puppeteer (CDP), as @web/test-runner-chrome does by default;
//   - Firefox ESR through puppeteer-core over WebDriver BiDi, with the same launcher;
//   - WebKitGTK's MiniBrowser through WebKitWebDriver, with @web/test-runner-webdriver. MiniBrowser
//     has no headless mode, so this launcher also starts an Xvfb display for it, and starts and
//     stops WebKitWebDriver itself: nobody has to start anything by hand.
// Every browser writes its caches into one scratch folder (HOME, XDG_*), removed at the end.
import {spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import {chromeArgs, engineNames, findChrome, findFirefox, findWebKit} from '../../scripts/browsers.mjs';
import {screen} from './engine-commands.mjs';

let scratch;
/** HOME and the XDG folders pointed at a scratch folder, so the browsers leave nothing in ~. */
export function scratchEnv() {
  if (!scratch) {
    scratch = mkdtempSync(join(tmpdir(), 'kiut-browsers-'));
    for (const dir of ['cache', 'config', 'data']) mkdirSync(join(scratch, dir));
    process.once('exit', () => rmSync(scratch, {recursive: true, force: true}));
  }
  return {
    ...process.env,
    HOME: scratch,
    XDG_CACHE_HOME: join(scratch, 'cache'),
    XDG_CONFIG_HOME: join(scratch, 'config'),
    XDG_DATA_HOME: join(scratch, 'data'),
  };
}

/** A free TCP port on 127.0.0.1, from `first` on. */
export async function freePort(first, last = first + 99) {
  for (let port = first; port <= last; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port on 127.0.0.1 between ${first} and ${last}.`);
}

export function chromiumLauncher() {
  const launcher = chromeLauncher({launchOptions: {executablePath: findChrome(), args: chromeArgs, env: scratchEnv()}});
  launcher.name = engineNames.chromium;
  return launcher;
}

/** The network is closed here: nothing of Firefox's own may try to reach it. */
export const firefoxPrefs = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'app.update.enabled': false,
};

export function firefoxLauncher() {
  const launcher = chromeLauncher({
    puppeteer: puppeteerCore,
    concurrency: 1,
    launchOptions: {
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      env: scratchEnv(),
      extraPrefsFirefox: firefoxPrefs,
    },
  });
  launcher.name = engineNames.firefox;
  return launcher;
}

/**
 * Starts a program and resolves once `ready()` resolves true (polled every 100 ms). Fails with
 * what the program printed if it exits first or is not ready within 20 s.
 */
function startProcess(command, args, {env, ready, stdio = ['ignore', 'pipe', 'pipe'], what, started: onStart}) {
  const child = spawn(command, args, {env, stdio});
  onStart?.(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error) => {
      if (settled) return;
      settled = true;
      child.kill('SIGKILL');
      reject(error);
    };
    const started = Date.now();
    child.once('error', (error) => fail(new Error(`${what} could not be started (${command}): ${error.message}`)));
    child.once('exit', (code) => fail(new Error(`${what} exited (code ${code}) before it was ready. It printed:\n${output}`)));
    const poll = async () => {
      if (settled) return;
      if (await ready(child).catch(() => false)) {
        settled = true;
        resolve(child);
      } else if (Date.now() - started > 20_000) {
        fail(new Error(`${what} was not ready within 20 s. It printed:\n${output}`));
      } else {
        setTimeout(poll, 100);
      }
    };
    void poll();
  });
}

/** Stops a process this launcher started, and waits until it is gone. */
function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/**
 * WebKitGTK: Xvfb (a display of its own, whose number Xvfb picks and tells through -displayfd),
 * then WebKitWebDriver on a free port, then the webdriver launcher's session with MiniBrowser.
 */
class WebKitLauncher extends WebdriverLauncher {
  #xvfb;
  #driver;
  #paths;

  constructor(paths, port) {
    super({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver refuses the session ("Failed to match capabilities") without it.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: paths.miniBrowser, args: ['--automation']},
      },
    });
    this.#paths = paths;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = engineNames.webkit;
    const env = scratchEnv();
    // A large screen, so that the window can be resized to any viewport a test asks for.
    let display = '';
    this.#xvfb = await startProcess(this.#paths.xvfb, ['-displayfd', '3', '-screen', '0', `${screen.width}x${screen.height}x24`, '-nolisten', 'tcp'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      // Xvfb writes the display number it chose to file descriptor 3, as one line.
      started: (child) => child.stdio[3].on('data', (chunk) => (display += chunk)),
      ready: () => Promise.resolve(/^\d+\n/.test(display)),
      what: 'Xvfb',
    });
    const driverEnv = {
      ...env,
      DISPLAY: `:${display.trim()}`,
      GDK_BACKEND: 'x11',
      // Without a GPU, accelerated compositing makes each first frame of an iframe take up to 3 s.
      WEBKIT_DISABLE_COMPOSITING_MODE: '1',
    };
    const status = `http://127.0.0.1:${this.options.port}/status`;
    this.#driver = await startProcess(this.#paths.driver, [`--port=${this.options.port}`, '--host=127.0.0.1'], {
      env: driverEnv,
      ready: () => fetch(status).then((response) => response.ok),
      what: 'WebKitWebDriver',
    }).catch(async (error) => {
      await stopProcess(this.#xvfb);
      throw error;
    });
    // If the runner is killed before stop(), the display and the driver must not outlive it.
    process.once('exit', () => {
      this.#driver?.kill('SIGKILL');
      this.#xvfb?.kill('SIGKILL');
    });
  }

  async stop() {
    await super.stop();
    await stopProcess(this.#driver);
    await stopProcess(this.#xvfb);
  }
}

export async function webkitLauncher() {
  // WebKitWebDriver's port: 4444 if free, else one of the ports this project may use.
  const port = await freePort(4444, 4444).catch(() => freePort(8780, 8799));
  return new WebKitLauncher(findWebKit(), port);
}
