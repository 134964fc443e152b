// Test-runner commands that work the same way in the three engines. @web/test-runner-commands'
// own setViewport, emulateMedia and sendKeys cover Chromium (CDP) but not puppeteer's Firefox
// (WebDriver BiDi: no media emulation, no "Space" key name) nor WebKitWebDriver (no viewport,
// no media emulation, no key down/up). The browser side is test/widget/engine.ts.
import {engineNames} from '../../scripts/browsers.mjs';

/** WebDriver's codes for the keys the tests press (W3C WebDriver, "keyboard actions"). */
const webdriverKeys = {
  Shift: '\uE008',
  ShiftLeft: '\uE008',
  ShiftRight: '\uE050',
  Control: '\uE009',
  Alt: '\uE00A',
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Space: ' ',
};

function webdriverKey(name) {
  if (name in webdriverKeys) return webdriverKeys[name];
  const letter = /^Key([A-Z])$/.exec(name);
  if (letter) return letter[1].toLowerCase();
  const digit = /^Digit([0-9])$/.exec(name);
  if (digit) return digit[1];
  if ([...name].length === 1) return name;
  throw new Error(`kiut-keys: no WebDriver code for the key "${name}"; add it to test/widget/engine-commands.mjs.`);
}

/** Puppeteer's BiDi keyboard knows " " but not "Space"; CDP knows both. */
const puppeteerKey = (name) => (name === 'Space' ? ' ' : name);

/** Xvfb's screen (test/widget/launchers.mjs); its pointer rests in the middle. */
export const screen = {width: 1920, height: 1200};

const defaultMedia = {colorScheme: 'light', media: 'screen', forcedColors: 'none', reducedMotion: 'no-preference'};

function engineOf(session) {
  const entry = Object.entries(engineNames).find(([, name]) => name === session.browser.name);
  if (!entry) throw new Error(`Unknown browser "${session.browser.name}": test/widget/launchers.mjs names each engine.`);
  return entry[0];
}

async function setViewport(session, {width, height}) {
  if (session.browser.type === 'puppeteer') {
    await session.browser.getPage(session.id).setViewport({width, height});
    return true;
  }
  // WebKitWebDriver sizes the window, not the viewport: add what the window's own toolbar takes.
  // Xvfb has no window manager, so X gives the keyboard focus to the window under the pointer,
  // which stays in the middle of the screen: the window is kept centred on it, or it would lose
  // the focus (and a page without focus shows no focus ring).
  const driver = session.browser.driver;
  for (let attempt = 0; attempt < 3; attempt++) {
    const [innerWidth, innerHeight] = await driver.execute('return [window.innerWidth, window.innerHeight]');
    if (innerWidth === width && innerHeight === height) break;
    const outer = await driver.getWindowSize();
    const [outerWidth, outerHeight] = [outer.width + width - innerWidth, outer.height + height - innerHeight];
    await driver.setWindowRect(Math.round((screen.width - outerWidth) / 2), Math.round((screen.height - outerHeight) / 2), outerWidth, outerHeight);
  }
  const [innerWidth, innerHeight] = await driver.execute('return [window.innerWidth, window.innerHeight]');
  if (innerWidth !== width || innerHeight !== height) {
    throw new Error(`WebKit's viewport is ${innerWidth}×${innerHeight}, not the ${width}×${height} asked for.`);
  }
  return true;
}

async function emulateMedia(session, payload) {
  if (engineOf(session) === 'chromium') {
    const page = session.browser.getPage(session.id);
    const features = [];
    if (payload.colorScheme) features.push({name: 'prefers-color-scheme', value: payload.colorScheme});
    if (payload.reducedMotion) features.push({name: 'prefers-reduced-motion', value: payload.reducedMotion});
    // Chromium's emulation cannot switch forced colours on (guide.test.ts reads those rules instead).
    if (payload.forcedColors && payload.forcedColors !== 'none') throw new Error('Chromium cannot emulate forced-colors: active.');
    await page.emulateMediaFeatures(features);
    if (payload.media) await page.emulateMediaType(payload.media);
    return true;
  }
  // Nothing was emulated, so asking for the defaults is already true.
  if (Object.entries(payload).every(([key, value]) => defaultMedia[key] === value)) return true;
  throw new Error(`${session.browser.name}'s driver cannot emulate media features (${JSON.stringify(payload)}); mark the test for this engine.`);
}

async function keys(session, {press, down, up}) {
  const name = press ?? down ?? up;
  if (session.browser.type === 'puppeteer') {
    const keyboard = session.browser.getPage(session.id).keyboard;
    if (press) await keyboard.press(puppeteerKey(name));
    else if (down) await keyboard.down(puppeteerKey(name));
    else await keyboard.up(puppeteerKey(name));
    return true;
  }
  const value = webdriverKey(name);
  const actions = press
    ? [
        {type: 'keyDown', value},
        {type: 'keyUp', value},
      ]
    : [{type: down ? 'keyDown' : 'keyUp', value}];
  await session.browser.driver.performActions([{type: 'key', id: 'keyboard', actions}]);
  return true;
}

export function engineCommands() {
  return {
    name: 'kiut-engine-commands',
    async executeCommand({command, payload, session}) {
      if (command === 'kiut-set-viewport') return setViewport(session, payload);
      if (command === 'kiut-emulate-media') return emulateMedia(session, payload);
      if (command === 'kiut-keys') return keys(session, payload);
      return undefined;
    },
  };
}
