/**
 * Which engine a browser test runs in, commands that work in all three (see
 * engine-commands.mjs), and per-engine marks.
 *
 * A test that cannot pass in an engine, for a reason in that engine, is declared with
 * `markedIt({webkit: 'why'}, title, fn)`: in that engine it is reported as skipped, with the
 * engine and the reason in its title and in the run's output. Never skip one silently.
 */
import {executeServerCommand} from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

const names: Record<Engine, string> = {chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit'};

function detect(userAgent: string): Engine {
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  if (/\b(Headless)?Chrome\//.test(userAgent)) return 'chromium';
  if (/\bAppleWebKit\//.test(userAgent)) return 'webkit';
  throw new Error(`Unknown engine: ${userAgent}`);
}

export const engine: Engine = detect(navigator.userAgent);
export const engineName = names[engine];

export type Marks = Partial<Record<Engine, string>>;

/** The reason this test is marked for the current engine, if it is. */
function markFor(marks: Marks): string | undefined {
  return marks[engine];
}

/** `it`, except in the engines named in `marks`, where it is skipped with its reason shown. */
export function markedIt(marks: Marks, title: string, fn: Mocha.Func | Mocha.AsyncFunc): Mocha.Test {
  const reason = markFor(marks);
  if (!reason) return it(title, fn);
  return it(`${title} [marked for ${engineName}: ${reason}]`, function () {
    console.log(`kiut-engine-mark: ${engineName}: "${title}": ${reason}`);
    this.skip();
  });
}

/** `describe`, with every test in it marked for the engines named in `marks`. */
export function markedDescribe(marks: Marks, title: string, fn: () => void): Mocha.Suite {
  const reason = markFor(marks);
  if (!reason) return describe(title, fn);
  return describe(`${title} [marked for ${engineName}: ${reason}]`, () => {
    it('(every test of this group)', function () {
      console.log(`kiut-engine-mark: ${engineName}: "${title}" (the whole group): ${reason}`);
      this.skip();
    });
  });
}

export interface Viewport {
  width: number;
  height: number;
}

export function setViewport(viewport: Viewport): Promise<unknown> {
  return executeServerCommand('kiut-set-viewport', viewport);
}

export interface Media {
  colorScheme?: 'light' | 'dark';
  media?: 'screen' | 'print';
  forcedColors?: 'none' | 'active';
  reducedMotion?: 'no-preference' | 'reduce';
}

/** Only Chromium's driver can emulate media features; see `mediaMarks`. */
export function emulateMedia(media: Media): Promise<unknown> {
  return executeServerCommand('kiut-emulate-media', media);
}

/** Back to the defaults; in an engine that emulates nothing, they never changed. */
export function resetMedia(): Promise<unknown> {
  return emulateMedia({colorScheme: 'light', media: 'screen', forcedColors: 'none', reducedMotion: 'no-preference'});
}

/** The marks for a test that needs emulateMedia(). */
export const mediaMarks: Marks = {
  firefox: 'puppeteer drives Firefox over WebDriver BiDi, which has no media-feature emulation (its emulateMediaFeatures needs CDP)',
  webkit: 'WebKitWebDriver (WebDriver classic) has no command to emulate media features or the print medium',
};

/** One key: pressed (down, then up), or only `down` or `up`. Key names as in KeyboardEvent.code or .key. */
export function sendKeys(keys: {press: string} | {down: string} | {up: string}): Promise<unknown> {
  return executeServerCommand('kiut-keys', keys);
}
