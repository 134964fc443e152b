/**
 * The plugin in a real WordPress 6.1, seen by a reader in Chromium: posts with the shortcode
 * and the block render the guide with the hotline; the script comes once per page, as a
 * module, from the plugin's folder; the quick exit leaves; hostile attributes stay inert; no
 * request leaves 127.0.0.1; the strict CSP of the test theme sees no violation. Then an
 * administrator uses the settings screen and the block editor.
 *
 * Run by `npm run test:wordpress` (test/wordpress/run.ts), which starts the site.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {Browser, BrowserContext, Page} from 'puppeteer-core';
import {guideScripts, guides, launch, servedGuides, watchedPage, type Watched} from './browser.js';
import {siteFromEnv} from './env.js';

const site = siteFromEnv();
const hotline = {href: 'tel:+3680205520', text: '+36 80 20 55 20'};
let browser: Browser;
let visitor: BrowserContext;

before(async () => {
  browser = await launch();
  visitor = await browser.createBrowserContext();
});
after(async () => {
  await browser?.close();
});

/** Opens a post as a visitor and checks what every page must be: nothing off-site, no violation, no error, no injected code. */
async function visit(url: string, context = visitor): Promise<Watched> {
  const watched = await watchedPage(context);
  await watched.page.goto(url, {waitUntil: 'load'});
  return watched;
}

async function clean(watched: Watched): Promise<void> {
  assert.deepEqual(watched.offSite, [], 'no request leaves 127.0.0.1');
  assert.deepEqual(watched.violations, [], 'no Content-Security-Policy violation');
  assert.deepEqual(watched.errors, [], 'no uncaught error');
  assert.equal(await watched.page.evaluate(() => (window as unknown as {__kiutPwned?: unknown}).__kiutPwned), undefined, 'no injected code ran');
}

function pluginScript(src: string): boolean {
  return new URL(src, site.url).href.startsWith(`${site.url}/wp-content/plugins/kiut-guide/assets/kiut-guide.js`);
}

describe('posts', () => {
  test('two shortcodes and a block: three guides with the hotline, one module script from the plugin folder', async () => {
    const watched = await visit(site.posts.several.url);
    const shown = await guides(watched.page);
    assert.equal(shown.length, 3);
    for (const guide of shown) {
      assert.equal(guide.callHref, hotline.href);
      assert.equal(guide.callText.includes(hotline.text), true, `the call link shows ${hotline.text}: "${guide.callText}"`);
    }
    assert.deepEqual((await servedGuides(site.posts.several.url)).guides, [
      {lang: 'en'},
      {layout: 'compact', 'heading-level': '3', 'no-exit': ''},
      {lang: 'uk', layout: 'compact', 'no-exit': ''},
    ]);
    // The second has no lang: it follows the page (<html lang="en-US">).
    assert.deepEqual(
      shown.map((g) => [g.locale, g.layout, g.exitButton]),
      [
        ['en', 'full', true],
        ['en', 'compact', false],
        ['uk', 'compact', false],
      ],
    );
    assert.equal(shown[1].firstHeading, 'h3', 'heading_level="3" is accepted for heading-level');
    const scripts = await guideScripts(watched.page);
    assert.equal(scripts.length, 1, `one script tag for three guides: ${JSON.stringify(scripts)}`);
    assert.equal(scripts[0].type, 'module');
    assert.equal(pluginScript(scripts[0].src), true, `served from the plugin's folder: ${scripts[0].src}`);
    await clean(watched);
    await watched.page.close();
  });

  test('a block: its language, sections and heading level', async () => {
    const watched = await visit(site.posts.block.url);
    const [guide] = await guides(watched.page);
    assert.deepEqual((await servedGuides(site.posts.block.url)).guides, [{lang: 'en', sections: 'hotline shelters', 'heading-level': '3'}]);
    assert.equal(guide.callHref, hotline.href);
    assert.deepEqual(guide.sections, ['hotline', 'shelters']);
    assert.equal(guide.firstHeading, 'h3');
    await clean(watched);
    await watched.page.close();
  });

  test('hostile shortcode and block attributes are inert: dropped or escaped, and the guide still renders', async () => {
    const watched = await visit(site.posts.hostile.url);
    const shown = await guides(watched.page);
    assert.equal(shown.length, 2);
    // Only the element's own attribute names, with the element's own values: the shortcode
    // keeps its one known section; WordPress drops the block's whole list for its bad item.
    const served = await servedGuides(site.posts.hostile.url);
    assert.deepEqual(served.guides, [{sections: 'hotline'}, {}]);
    assert.equal(served.html.includes('__kiutPwned'), false, 'nothing of the hostile values reaches the page');
    for (const guide of shown) assert.equal(guide.callHref, hotline.href);
    const injected = await watched.page.evaluate(() => ({
      elements: document.querySelectorAll('article img, article svg, article script').length,
      handlers: [...document.querySelectorAll('article *')]
        .flatMap((el) => [...el.attributes].map((a) => a.name))
        .filter((name) => name.startsWith('on') || name === 'style'),
    }));
    assert.deepEqual(injected, {elements: 0, handlers: []});
    // Hovering and focusing where the hostile handlers would have been runs nothing.
    await watched.page.hover('kiut-guide');
    await watched.page.keyboard.press('Tab');
    await clean(watched);
    await watched.page.close();
  });

  test('quick exit: the button, reached with the keyboard, leaves for the exit address and Back does not return', async () => {
    const exitUrl = `${site.url}/wp-content/themes/kiut-test/neutral.html`;
    site.php(`wp_update_post( array( 'ID' => ${site.posts.defaults.id}, 'post_content' => '[kiut_guide exit-url="${exitUrl}"]' ) );`);
    const watched = await visit(site.posts.defaults.url);
    const [guide] = await guides(watched.page);
    assert.equal(guide.attributes['exit-url'], exitUrl);
    const page: Page = watched.page;
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part') === 'exit-button');
    }
    assert.equal(reached, true, 'Tab reaches the exit button');
    await Promise.all([page.waitForNavigation({waitUntil: 'load'}), page.keyboard.press('Enter')]);
    assert.equal(page.url(), exitUrl);
    await page.goBack();
    assert.notEqual(page.url(), site.posts.defaults.url, 'Back does not return to the guide');
    await clean(watched);
    await page.close();
  });
});

describe('an administrator', () => {
  let admin: BrowserContext;
  before(async () => {
    admin = await browser.createBrowserContext();
    const watched = await watchedPage(admin);
    await watched.page.goto(`${site.url}/wp-login.php`, {waitUntil: 'load'});
    // wp-login.php focuses and selects the user field 200 ms after load; typing before that
    // would have the first letters selected and overwritten.
    await watched.page.waitForFunction(() => document.activeElement?.id === 'user_login');
    await watched.page.type('#user_login', 'admin');
    await watched.page.type('#user_pass', 'kiut-test-password');
    await Promise.all([watched.page.waitForNavigation({waitUntil: 'load'}), watched.page.click('#wp-submit')]);
    assert.match(watched.page.url(), /wp-admin/);
    await watched.page.close();
  });

  async function saveSettings(values: {
    lang?: string;
    defaultLang?: string;
    /** The languages ticked for the switcher; `tamper` rewrites the first box's value before sending. */
    languages?: {ticked: (codes: string[]) => string[]; tamper?: string};
    exitUrl?: string;
    colours?: Record<string, string>;
  }): Promise<{notices: string[]; page: Watched}> {
    const watched = await watchedPage(admin);
    const page = watched.page;
    await page.goto(`${site.url}/wp-admin/options-general.php?page=kiut-guide`, {waitUntil: 'load'});
    if (values.lang !== undefined) await page.select('#kiut-guide-lang', values.lang);
    if (values.defaultLang !== undefined) await page.select('#kiut-guide-default-lang', values.defaultLang);
    if (values.languages) {
      const boxes = 'input[name="kiut_guide_settings[languages][]"]';
      const codes = await page.$$eval(boxes, (inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      const ticked = values.languages.ticked(codes);
      await page.$$eval(boxes, (inputs, on) => inputs.forEach((i) => ((i as HTMLInputElement).checked = on.includes((i as HTMLInputElement).value))), ticked);
      if (values.languages.tamper) await page.$eval(boxes, (input, value) => ((input as HTMLInputElement).value = value), values.languages.tamper);
    }
    if (values.exitUrl !== undefined) {
      await page.$eval('#kiut-guide-exit-url', (input) => ((input as HTMLInputElement).value = ''));
      await page.type('#kiut-guide-exit-url', values.exitUrl);
    }
    for (const [property, colour] of Object.entries(values.colours ?? {})) {
      await page.$eval(`input[name="kiut_guide_settings[colours][${property}]"]`, (input, value) => ((input as HTMLInputElement).value = value), colour);
    }
    // The browser would refuse a javascript: address in type="url" before sending; the server must refuse it too.
    await page.$eval('#kiut-guide-exit-url', (input) => input.setAttribute('type', 'text'));
    await Promise.all([page.waitForNavigation({waitUntil: 'load'}), page.click('#submit')]);
    const notices = await page.$$eval('.notice, .settings-error', (nodes) => nodes.map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim()));
    return {notices, page: watched};
  }

  test('the settings screen: language, exit address and colours reach every guide, as a stylesheet file', async () => {
    const exitUrl = `${site.url}/wp-content/themes/kiut-test/neutral.html?from=settings`;
    const {notices, page} = await saveSettings({lang: 'en', exitUrl, colours: {'--kiut-accent': '#1d4f5c'}});
    assert.equal(
      notices.some((n) => n.includes('Settings saved')),
      true,
      `saved: ${notices.join(' | ')}`,
    );
    await page.page.close();

    site.php(`wp_update_post( array( 'ID' => ${site.posts.defaults.id}, 'post_content' => '[kiut_guide]' ) );`);
    const watched = await visit(site.posts.defaults.url);
    const [guide] = await guides(watched.page);
    assert.deepEqual((await servedGuides(site.posts.defaults.url)).guides, [{lang: 'en', 'exit-url': exitUrl}]);
    assert.equal(guide.locale, 'en');
    const styled = await watched.page.evaluate(() => {
      const el = document.querySelector('kiut-guide')!;
      const link = document.querySelector<HTMLLinkElement>('link#kiut-guide-colours-css');
      return {
        href: link?.href ?? null,
        accent: getComputedStyle(el).getPropertyValue('--kiut-accent').trim(),
        border: getComputedStyle(el.shadowRoot!.querySelector('[part="hotline"]')!).borderTopColor,
      };
    });
    assert.match(styled.href ?? '', new RegExp(`^${site.url}/wp-content/uploads/kiut-guide/colours-[0-9a-f]{12}\\.css$`));
    assert.equal(styled.accent, '#1d4f5c');
    assert.equal(styled.border, 'rgb(29, 79, 92)');
    // A shortcode's own language still wins over the setting.
    const several = await visit(site.posts.several.url);
    assert.deepEqual(
      (await guides(several.page)).map((g) => g.locale),
      ['en', 'en', 'uk'],
    );
    await clean(watched);
    await clean(several);
    await watched.page.close();
    await several.page.close();
  });

  test('the settings screen refuses a javascript: exit address and unreadable colours, and keeps what was there', async () => {
    const before = site.php("echo wp_json_encode( get_option( 'kiut_guide_settings' ) );");
    const first = await saveSettings({exitUrl: 'javascript:alert(1)'});
    assert.equal(
      first.notices.some((n) => n.includes('The exit address must start with http://')),
      true,
      first.notices.join(' | '),
    );
    await first.page.page.close();
    const second = await saveSettings({colours: {'--kiut-accent': '#ffffff'}});
    assert.equal(
      second.notices.some((n) => n.includes('--kiut-on-accent / --kiut-accent have a contrast of 1.0:1')),
      true,
      second.notices.join(' | '),
    );
    await second.page.page.close();
    assert.equal(site.php("echo wp_json_encode( get_option( 'kiut_guide_settings' ) );"), before);
  });

  test("the settings screen: the switcher's languages and the default language reach every guide; an unknown one is refused", async () => {
    let codes: string[] = [];
    const {notices, page} = await saveSettings({
      lang: '',
      defaultLang: 'en',
      languages: {ticked: (all) => ((codes = all), [all[0], all[2]])},
    });
    assert.equal(
      notices.some((n) => n.includes('Settings saved')),
      true,
      `saved: ${notices.join(' | ')}`,
    );
    assert.equal(codes.length >= 3, true, `languages offered: ${codes.join(' ')}`);
    // The screen shows what was saved.
    const shown = await page.page.evaluate(() => ({
      ticked: [...document.querySelectorAll<HTMLInputElement>('input[name="kiut_guide_settings[languages][]"]:checked')].map((i) => i.value),
      defaultLang: document.querySelector<HTMLSelectElement>('#kiut-guide-default-lang')!.value,
    }));
    assert.deepEqual(shown, {ticked: [codes[0], codes[2]], defaultLang: 'en'});
    await page.page.close();

    site.php(`wp_update_post( array( 'ID' => ${site.posts.defaults.id}, 'post_content' => '[kiut_guide language-switcher]' ) );`);
    const served = (await servedGuides(site.posts.defaults.url)).guides;
    assert.equal(served[0].languages, `${codes[0]} ${codes[2]}`);
    assert.equal(served[0]['default-lang'], 'en');
    // A shortcode's own choice wins over the setting.
    site.php(
      `wp_update_post( array( 'ID' => ${site.posts.defaults.id}, 'post_content' => '[kiut_guide languages="${codes[1]} xx" default_lang="${codes[2].toUpperCase()}"]' ) );`,
    );
    const own = (await servedGuides(site.posts.defaults.url)).guides;
    assert.equal(own[0].languages, codes[1]);
    assert.equal(own[0]['default-lang'], codes[2]);

    const before = site.php("echo wp_json_encode( get_option( 'kiut_guide_settings' ) );");
    const refused = await saveSettings({languages: {ticked: (all) => all, tamper: '"><script>alert(1)</script>'}});
    assert.equal(
      refused.notices.some((n) => n.includes('the languages of the switcher were not changed')),
      true,
      refused.notices.join(' | '),
    );
    await refused.page.page.close();
    assert.equal(site.php("echo wp_json_encode( get_option( 'kiut_guide_settings' ) );"), before);
    // Every language ticked is stored as "every language", so one added later is offered too.
    const all = await saveSettings({defaultLang: '', languages: {ticked: (every) => every}});
    await all.page.page.close();
    const saved = JSON.parse(site.php('echo wp_json_encode( kiut_guide_settings() );')) as Record<string, unknown>;
    assert.deepEqual([saved.languages, saved.default_lang], ['', '']);
  });

  test("the block editor offers the block with the element's own choices, without loading the guide, and publishes it", async () => {
    const watched = await watchedPage(admin);
    const page = watched.page;
    await page.goto(`${site.url}/wp-admin/post-new.php`, {waitUntil: 'load'});
    await page.waitForFunction(
      () => (window as unknown as {wp?: {blocks?: {getBlockType?: (n: string) => unknown}}}).wp?.blocks?.getBlockType?.('kiut/guide') !== undefined,
      {timeout: 30000},
    );
    const type = await page.evaluate(() => {
      const {wp} = window as unknown as {
        wp: {blocks: {getBlockType: (n: string) => {title: string; attributes: Record<string, {enum?: string[]; items?: {enum?: string[]}}>}}};
      };
      const block = wp.blocks.getBlockType('kiut/guide');
      return {title: block.title, layouts: block.attributes.layout.enum, sections: block.attributes.sections.items?.enum};
    });
    assert.equal(type.title, 'kiut guide');
    assert.deepEqual(type.layouts, ['', 'full', 'compact']);
    assert.equal(type.sections?.[0], 'hotline');
    const link = await page.evaluate(async () => {
      const {wp} = window as unknown as {
        wp: {
          blocks: {createBlock: (n: string, a: object) => unknown};
          data: {dispatch: (s: string) => Record<string, (...a: unknown[]) => Promise<unknown>>; select: (s: string) => Record<string, () => unknown>};
        };
      };
      await wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('kiut/guide', {lang: 'en', layout: 'compact'}));
      await wp.data.dispatch('core/editor').editPost({title: 'From the editor', status: 'publish'});
      await wp.data.dispatch('core/editor').savePost();
      return wp.data.select('core/editor').getPermalink() as string;
    });
    const summary = await page.$eval('.kiut-guide-summary', (el) => el.textContent);
    assert.match(summary ?? '', /English · hotline card only · with quick exit/);
    assert.deepEqual(await guideScripts(page), [], "the guide's script (and its Shift shortcut) is not loaded in the editor");
    assert.deepEqual(watched.errors, []);
    await page.close();

    const published = await visit(link);
    const [guide] = await guides(published.page);
    assert.deepEqual([guide.locale, guide.layout, guide.callHref], ['en', 'compact', hotline.href]);
    await clean(published);
    await published.page.close();
  });
});
