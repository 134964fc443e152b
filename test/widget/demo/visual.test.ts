// Screenshots of the demo pages at a phone's and a desktop's width, compared with the
// baselines in screenshots/baseline/ (0.3 % tolerance): a broken layout fails the test.
// Accept intended changes with `--update-visual-baseline`, then look at the new PNGs.
import * as visualRegression from '@web/test-runner-visual-regression';
import {guidesReady, load, removeFrames, type Loaded} from '../frame.js';
import {emulateMedia, markedDescribe, setViewport} from '../engine.js';

// The baselines are Chromium's rendering (its fonts, anti-aliasing and form controls); another
// engine draws the same page a few pixels differently everywhere, and the layout itself is
// checked in every engine by the other tests.
const chromiumBaselines = 'the screenshot baselines are Chromium renderings; other engines rasterise text and controls differently';

// The package's index.d.ts re-exports './browser/commands.mjs', which TypeScript cannot find
// types for (they are in commands.d.ts, not .d.mts): type it here.
const {visualDiff} = visualRegression as unknown as {visualDiff: (element: Node, name: string) => Promise<void>};

const widths = [360, 1280];
const pages = [
  {name: 'index', path: '/demo/index.html'},
  {name: 'playground', path: '/demo/playground.html'},
];

/**
 * The guide in a fixed state: two sections (hotline and shelters) and the finder closed, so
 * the screenshots follow the page's layout rather than every edit of the guide's prose. On
 * the playground this goes through the form, so the snippet shows it too.
 */
function fixGuide(doc: Document): void {
  const sections = ['hotline', 'shelters'];
  const form = doc.getElementById('controls');
  if (form) {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="sections"]')) input.checked = sections.includes(input.value);
    form.dispatchEvent(new Event('change', {bubbles: true}));
  } else {
    doc.getElementById('guide')!.setAttribute('sections', sections.join(' '));
  }
}

/** A fixed state: light scheme, no motion, no caret, nothing focused, scrolled to the top. */
async function settle({frame, win, doc}: Loaded): Promise<void> {
  fixGuide(doc);
  const sheet = doc.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = '/test/widget/demo/deterministic.css';
  const loaded = new Promise((resolve) => sheet.addEventListener('load', resolve, {once: true}));
  doc.head.append(sheet);
  await loaded;
  (doc.activeElement as HTMLElement | null)?.blur();
  win.scrollTo(0, 0);
  await guidesReady(win, doc);
  // The frame as tall as its page: one screenshot of the whole page, nothing scrolls.
  frame.style.height = `${doc.documentElement.scrollHeight}px`;
  await guidesReady(win, doc);
  frame.style.height = `${doc.documentElement.scrollHeight}px`;
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}

markedDescribe({firefox: chromiumBaselines, webkit: chromiumBaselines}, 'demo screenshots', () => {
  before(async () => {
    await emulateMedia({colorScheme: 'light', reducedMotion: 'reduce'});
    document.body.style.margin = '0';
  });
  afterEach(removeFrames);
  after(async () => {
    await setViewport({width: 800, height: 600});
  });

  for (const {name, path} of pages) {
    for (const width of widths) {
      it(`${name} at ${width} px`, async () => {
        await setViewport({width, height: 900});
        const page = await load({src: path}, {width: `${width}px`, height: '900px'});
        await settle(page);
        await setViewport({width, height: Math.max(900, page.frame.offsetHeight)});
        await visualDiff(page.frame, `${name}-${width}`);
      });
    }
  }
});
