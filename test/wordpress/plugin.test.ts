/**
 * The plugin's PHP inside WordPress: its allow-lists are the element's own, whatever an author
 * writes comes out as the element's attributes or not at all, the settings are checked, the
 * script tag becomes a module, and nothing the plugin does leaves a PHP notice.
 *
 * Run by `npm run test:wordpress` (test/wordpress/run.ts), which starts the site.
 */
import {before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {attributes, parse, type Warn} from '../../src/attributes.js';

const layouts = attributes.layout.values;
const exitPositions = attributes['exit-position'].values;
const parseLayout = (value: string, warn: Warn) => parse('layout', value, warn);
const parseExitPosition = (value: string, warn: Warn) => parse('exit-position', value, warn);
const parseHeadingLevel = (value: string, warn: Warn) => Number(parse('heading-level', value, warn));
import {facts} from '../../src/generated/facts.js';
import {everyLocale as textsByLocale} from '../../src/generated/every-locale.js';
import {siteFromEnv} from './env.js';

const site = siteFromEnv();

// The browser tests may have saved settings; these tests start from none.
before(() => site.php("delete_option( 'kiut_guide_settings' );"));

/** Runs PHP in the site and decodes the JSON it echoes. */
function php<T>(code: string): T {
  return JSON.parse(site.php(code)) as T;
}

/** A PHP single-quoted string literal: nothing inside is interpolated. */
function phpString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** kiut_guide_render() for raw input, passed as JSON. */
function render(raw: Record<string, unknown>): string {
  return php<string>(`echo wp_json_encode( kiut_guide_render( json_decode( ${phpString(JSON.stringify(raw))}, true ) ) );`);
}

const fallback = '<p>OKIT 0-24: <a href="tel:+3680205520">+36 80 20 55 20</a></p></kiut-guide>';

describe('allow-lists', () => {
  const lists = php<Record<string, string[]>>("echo wp_json_encode( kiut_guide_generated()['lists'] );");
  const silent = () => {
    const warnings: string[] = [];
    return {warnings, warn: (m: string) => warnings.push(m)};
  };

  test('languages, sections and needs are the ones the element renders', () => {
    assert.deepEqual(lists.languages, Object.keys(textsByLocale));
    assert.deepEqual(
      lists.sections,
      facts.sections.map((s) => s.id),
    );
    assert.deepEqual(lists.needs, facts.needs);
  });

  test("layouts, exit positions and heading levels are exactly what the element's parsers accept", () => {
    assert.deepEqual(lists.layouts, [...layouts] as string[]);
    assert.deepEqual(lists.exit_positions, [...exitPositions] as string[]);
    for (const value of [...lists.layouts, 'grid', 'COMPACT ']) {
      const {warnings, warn} = silent();
      parseLayout(value, warn);
      assert.equal(warnings.length === 0, (lists.layouts as string[]).includes(value.trim().toLowerCase()), `layout "${value}"`);
    }
    for (const value of [...lists.exit_positions, 'top']) {
      const {warnings, warn} = silent();
      parseExitPosition(value, warn);
      assert.equal(warnings.length === 0, (lists.exit_positions as string[]).includes(value), `exit-position "${value}"`);
    }
    for (let n = -1; n <= 10; n++) {
      const {warnings, warn} = silent();
      const level = parseHeadingLevel(String(n), warn);
      assert.equal(warnings.length === 0 && level === n, lists.heading_levels.includes(String(n)), `heading-level "${n}"`);
    }
  });

  test("the attribute names are the element's, from its manifest", () => {
    const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as {
      modules: {declarations?: {tagName?: string; attributes?: {name: string}[]}[]}[];
    };
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'kiut-guide')!;
    const names = php<Record<string, unknown>>("echo wp_json_encode( kiut_guide_generated()['attributes'] );");
    assert.deepEqual(Object.keys(names).sort(), element.attributes!.map((a) => a.name).sort());
  });
});

describe('rendering', () => {
  test("known values pass, in the element's order; unknown names and values are dropped", () => {
    assert.equal(
      render({
        lang: 'EN',
        layout: 'compact',
        sections: 'further-information, hotline nowhere',
        'heading-level': '4',
        'no-exit': true,
        need: ['talk-now', 'x'],
        onclick: 'alert(1)',
      }),
      `<kiut-guide lang="en" layout="compact" sections="hotline further-information" heading-level="4" no-exit need="talk-now">${fallback}`,
    );
  });

  test('hostile values never leave their attribute, and never become one', () => {
    const hostile = [
      {lang: '"><script>alert(1)</script>'},
      {layout: 'full" onmouseover="alert(1)'},
      {'exit-url': 'javascript:alert(1)'},
      {'exit-url': 'data:text/html,<script>alert(1)</script>'},
      {'exit-url': ' JavaScript:alert(1)'},
      {'exit-url': 'https://example.org/a?b="><img src=x onerror=alert(1)>'},
      {sections: ['hotline', {'0': 'x'}, '"><svg onload=alert(1)>']},
      {'heading-level': ['2']},
      {'no-exit': '"><script>alert(1)</script>'},
      {'<img src=x onerror=alert(1)>': 'x', 'data-x': 'y', style: 'display:none'},
    ];
    for (const raw of hostile) {
      const html = render(raw);
      // One element, only the element's attribute names, values without quotes or angle brackets.
      assert.match(
        html,
        /^<kiut-guide(?: (?:lang|layout|sections|heading-level|exit-url|no-exit|exit-position|hide-no-trace|language-switcher|no-finder|need|remember-in-url)(?:="[^"<>]*")?)*><p>OKIT/,
        `${JSON.stringify(raw)} gave ${html}`,
      );
      assert.equal(html.endsWith(fallback), true);
      assert.doesNotMatch(html, /javascript:|data:|<script|<img|<svg/i, `${JSON.stringify(raw)} gave ${html}`);
    }
  });

  test('a relative or http(s) exit address is kept and escaped', () => {
    assert.equal(render({'exit-url': '/weather'}), `<kiut-guide exit-url="/weather">${fallback}`);
    assert.equal(render({'exit-url': 'https://example.org/w?a=1&b=2'}), `<kiut-guide exit-url="https://example.org/w?a=1&amp;b=2">${fallback}`);
  });

  test('shortcodes: a bare name is a boolean attribute, underscores stand for hyphens, "false" is off', () => {
    const html = php<string>(`echo wp_json_encode( do_shortcode( '[kiut_guide no-exit hide_no_trace="yes" language-switcher="false" heading_level="5"]' ) );`);
    assert.equal(html, `<kiut-guide heading-level="5" no-exit hide-no-trace>${fallback}`);
  });

  test("a block with values outside the schema renders with the element's defaults", () => {
    const block = '<!-- wp:kiut/guide {"layout":"\\u0022\\u003e\\u003cscript\\u003e","headingLevel":"9","noExit":"yes","sections":["hotline"]} /-->';
    const html = php<string>(`echo wp_json_encode( do_blocks( ${phpString(block)} ) );`);
    assert.equal(html, `<kiut-guide sections="hotline">${fallback}`);
  });

  test('the script is enqueued once however many guides a page has, as a module', () => {
    const queue = php<string[]>(
      "kiut_guide_render( array() ); kiut_guide_render( array( 'lang' => 'en' ) ); do_blocks( '<!-- wp:kiut/guide /-->' ); echo wp_json_encode( array_values( array_filter( wp_scripts()->queue, function ( $h ) { return 0 === strpos( $h, 'kiut' ); } ) ) );",
    );
    assert.deepEqual(queue, ['kiut-guide']);
    const tags = php<string[]>(`echo wp_json_encode( array(
      kiut_guide_module_tag( "<script type='text/javascript' src='https://x/kiut-guide.js?ver=1' id='kiut-guide-js'></script>\\n", 'kiut-guide' ),
      kiut_guide_module_tag( "<script src='https://x/kiut-guide.js' id='kiut-guide-js'></script>\\n", 'kiut-guide' ),
      kiut_guide_module_tag( "<script type='text/javascript' src='https://x/other.js'></script>\\n", 'other' ),
    ) );`);
    assert.deepEqual(tags, [
      `<script type="module" src='https://x/kiut-guide.js?ver=1' id='kiut-guide-js'></script>\n`,
      `<script type="module" src='https://x/kiut-guide.js' id='kiut-guide-js'></script>\n`,
      `<script type='text/javascript' src='https://x/other.js'></script>\n`,
    ]);
  });
});

describe('settings', () => {
  test('the sanitizer keeps good values, refuses bad ones with a message, and keeps what was there', () => {
    const result = php<{good: Record<string, unknown>; bad: Record<string, unknown>; errors: string[]}>(`
      require_once ABSPATH . 'wp-admin/includes/template.php';
      delete_option( 'kiut_guide_settings' );
      $good = kiut_guide_sanitize_settings( array( 'lang' => 'uk', 'exit_url' => 'https://example.org/news', 'colours' => array( '--kiut-accent' => '#1D4F5C', '--kiut-text' => '#1b1b1f' ) ) );
      update_option( 'kiut_guide_settings', $good );
      $bad = kiut_guide_sanitize_settings( array( 'lang' => 'xx', 'exit_url' => 'javascript:alert(1)', 'colours' => array( '--kiut-accent' => 'red;}body{display:none' ) ) );
      echo wp_json_encode( array( 'good' => $good, 'bad' => $bad, 'errors' => wp_list_pluck( get_settings_errors( 'kiut_guide_settings' ), 'code' ) ) );
      delete_option( 'kiut_guide_settings' );
    `);
    assert.equal(result.good.lang, 'uk');
    assert.equal(result.good.exit_url, 'https://example.org/news');
    assert.deepEqual((result.good.colours as Record<string, string>)['--kiut-accent'], '#1d4f5c');
    assert.equal((result.good.colours as Record<string, string>)['--kiut-text'], '', "a colour equal to the guide's own is not stored");
    assert.deepEqual(result.bad, result.good);
    assert.deepEqual(result.errors, ['kiut-guide-lang', 'kiut-guide-exit-url', 'kiut-guide-colour']);
  });

  test("the switcher's languages and the default language: only the guide's ids are kept, anything else is refused with a message", () => {
    const result = php<{good: Record<string, unknown>; all: Record<string, unknown>; bad: Record<string, unknown>; errors: string[]; rendered: string}>(`
      require_once ABSPATH . 'wp-admin/includes/template.php';
      delete_option( 'kiut_guide_settings' );
      $codes = kiut_guide_generated()['lists']['languages'];
      $good  = kiut_guide_sanitize_settings( array( 'languages' => array( $codes[2], $codes[0] ), 'default_lang' => $codes[1] ) );
      $all   = kiut_guide_sanitize_settings( array( 'languages' => $codes ) );
      update_option( 'kiut_guide_settings', $good );
      $rendered = kiut_guide_render( array( 'language-switcher' => true ) );
      $bad = kiut_guide_sanitize_settings( array( 'languages' => array( $codes[0], '<script>', array( 'x' ) ), 'default_lang' => str_repeat( 'x', 100000 ) ) );
      echo wp_json_encode( array( 'good' => $good, 'all' => $all, 'bad' => $bad, 'rendered' => $rendered, 'errors' => wp_list_pluck( get_settings_errors( 'kiut_guide_settings' ), 'code' ) ) );
      delete_option( 'kiut_guide_settings' );
    `);
    const codes = php<string[]>("echo wp_json_encode( kiut_guide_generated()['lists']['languages'] );");
    // In the guide's order, whatever the order sent.
    assert.equal(result.good.languages, `${codes[0]} ${codes[2]}`);
    assert.equal(result.good.default_lang, codes[1]);
    assert.equal(result.all.languages, '', 'every language ticked is stored as every language');
    assert.equal(result.rendered, `<kiut-guide language-switcher languages="${codes[0]} ${codes[2]}" default-lang="${codes[1]}">${fallback}`);
    assert.deepEqual([result.bad.languages, result.bad.default_lang], [result.good.languages, result.good.default_lang]);
    assert.deepEqual(result.errors, ['kiut-guide-languages', 'kiut-guide-default-lang']);
  });

  test("the colour stylesheet holds only checked colours that differ from the guide's", () => {
    const css = php<string>(
      "echo wp_json_encode( kiut_guide_colours_css( array( 'colours' => array( '--kiut-accent' => '#1D4F5C', '--kiut-text' => 'red;}body{display:none', '--kiut-background' => '#ffffff', '--not-ours' => '#000000' ) ) ) );",
    );
    assert.equal(css, 'kiut-guide{--kiut-accent:#1d4f5c;}\n');
    assert.equal(php<string>("echo wp_json_encode( kiut_guide_colours_css( array( 'colours' => array() ) ) );"), '');
  });
});

test('the plugin left no PHP error, warning or notice in the debug log', () => {
  let log = '';
  try {
    log = readFileSync(site.debugLog, 'utf8');
  } catch {
    // No log: nothing was logged.
  }
  const ours = log.split('\n').filter((line) => line.includes('/plugins/kiut-guide/'));
  assert.deepEqual(ours, []);
});
