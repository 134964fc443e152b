/**
 * Issue 24: the plugin's guide on a page of a block theme's front end, Twenty Twenty-Three as
 * Debian packages it (its body text is a fluid 1.125rem with line-height 1.6, in the system
 * font). The guide keeps the reader's default text size, 44 px touch targets, an axe-clean
 * audit and its reflow at 320 px, and follows a larger default text size in the browser.
 *
 * Run by `npm run test:wordpress` (test/wordpress/run.ts), which starts the site. The theme is
 * switched on for this file and back to the test theme after it.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import type {Browser, Page} from 'puppeteer-core';
import {guides, launch, watchedPage, type Watched} from './browser.js';
import {blockTheme, siteFromEnv} from './env.js';

const site = siteFromEnv();
const axePath = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
let browser: Browser;
let page: {id: number; url: string};

before(async () => {
  const switched = JSON.parse(
    site.php(`
      delete_option( 'kiut_guide_settings' );
      switch_theme( '${blockTheme.slug}' );
      $id = wp_insert_post( array( 'post_type' => 'page', 'post_title' => 'Help', 'post_content' => '[kiut_guide lang="en"]', 'post_status' => 'publish', 'post_author' => 1 ), true );
      if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
      echo wp_json_encode( array( 'theme' => get_stylesheet(), 'id' => $id, 'url' => get_permalink( $id ) ) );
    `),
  ) as {theme: string; id: number; url: string};
  assert.equal(switched.theme, blockTheme.slug, `WordPress switched to ${blockTheme.slug}`);
  page = switched;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site.php(`wp_delete_post( ${page?.id ?? 0}, true ); switch_theme( 'kiut-test' );`);
});

/** The page in a new browser context, `width` px wide, with the reader's default text size `px` (Chromium's font size setting). */
async function visit(width: number, px = 16): Promise<Watched> {
  const context = await browser.createBrowserContext();
  const watched = await watchedPage(context);
  await watched.page.setViewport({width, height: 800});
  const cdp = await watched.page.createCDPSession();
  await cdp.send('Page.setFontSizes', {fontSizes: {standard: px}});
  await watched.page.goto(page.url, {waitUntil: 'load'});
  await guides(watched.page);
  return watched;
}

interface Measured {
  themeBodySize: string;
  readerDefault: number;
  pageRoot: number;
  guide: number;
  need: number;
  bodyFont: string;
  guideFont: string;
  targets: {name: string; width: number; height: number}[];
  scrollWidth: number;
  outside: string[];
}

/** What the reader gets from the guide on the page. */
function measure(tab: Page): Promise<Measured> {
  // No named functions inside: tsx would wrap them in a helper (__name) the page does not have.
  return tab.evaluate(() => {
    const el = document.querySelector('kiut-guide')!;
    const root = el.shadowRoot!;
    const probe = document.createElement('span');
    probe.style.cssText = 'all: initial; font-size: medium';
    document.body.append(probe);
    const width = document.documentElement.clientWidth;
    return {
      themeBodySize: getComputedStyle(document.body).getPropertyValue('--wp--preset--font-size--medium').trim(),
      readerDefault: parseFloat(getComputedStyle(probe).fontSize),
      pageRoot: parseFloat(getComputedStyle(document.documentElement).fontSize),
      guide: parseFloat(getComputedStyle(root.querySelector('.guide')!).fontSize),
      need: parseFloat(getComputedStyle(root.querySelector('.need')!).fontSize),
      bodyFont: getComputedStyle(document.body).fontFamily,
      guideFont: getComputedStyle(root.querySelector('.guide')!).fontFamily,
      targets: [...root.querySelectorAll('.call, .exit-button, .need')].map((node) => {
        const box = node.getBoundingClientRect();
        return {name: node.className, width: box.width, height: box.height};
      }),
      scrollWidth: document.documentElement.scrollWidth,
      outside: [...root.querySelectorAll('*')]
        .filter((node) => !node.closest('.visually-hidden'))
        .filter((node) => {
          const box = node.getBoundingClientRect();
          return (box.width > 0 || box.height > 0) && (box.left < -0.5 || box.right > width + 0.5);
        })
        .map((node) => `${node.localName}.${node.className}`),
    };
  });
}

describe('the guide on a page of Twenty Twenty-Three', () => {
  test("renders at the reader's default size, with the theme's font, 44 px targets and an axe-clean audit", async () => {
    const watched = await visit(1280);
    const m = await measure(watched.page);
    assert.notEqual(m.themeBodySize, '', "the theme's global styles are on the page");
    assert.equal(m.readerDefault, 16);
    assert.equal(m.guide, 16, "the guide's text is the reader's default, not the theme's body size");
    assert.equal(m.need, 16);
    assert.equal(m.guideFont, m.bodyFont, "the guide takes the theme's font family");
    assert.deepEqual(
      ['call', 'exit-button', 'need'].filter((kind) => !m.targets.some((t) => t.name.split(' ').includes(kind))),
      [],
      'the call, exit and need buttons are there',
    );
    for (const target of m.targets) assert.ok(target.width >= 44 && target.height >= 44, `${target.name}: ${target.width} × ${target.height}`);
    await watched.page.addScriptTag({path: axePath});
    const violations = await watched.page.evaluate(async () => {
      const {axe} = window as unknown as {axe: {run(context: Element, options: object): Promise<{violations: {id: string; nodes: {html: string}[]}[]}>}};
      const result = await axe.run(document.querySelector('kiut-guide')!, {resultTypes: ['violations']});
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    });
    assert.deepEqual(violations, []);
    assert.deepEqual(watched.offSite, [], 'no request leaves 127.0.0.1');
    assert.deepEqual(watched.errors, [], 'no uncaught error');
    await watched.page.close();
  });

  test('reflows in a 320 px viewport: the page does not scroll sideways and nothing of the guide reaches past its edge', async () => {
    const watched = await visit(320);
    const m = await measure(watched.page);
    assert.ok(m.scrollWidth <= 320, `the page is ${m.scrollWidth} px wide`);
    assert.deepEqual(m.outside, []);
    for (const target of m.targets) assert.ok(Math.min(target.width, target.height) >= 44, `${target.name}: ${target.width} × ${target.height}`);
    await watched.page.close();
  });

  test('follows a larger default text size in the browser (Chromium set to 20 px)', async () => {
    const watched = await visit(1280, 20);
    const m = await measure(watched.page);
    assert.equal(m.readerDefault, 20, 'the setting took');
    assert.equal(m.guide, 20);
    assert.equal(m.need, 20);
    await watched.page.close();
  });
});
