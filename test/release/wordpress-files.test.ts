/**
 * The WordPress plugin's files, without WordPress: readme.txt in the plugin directory's
 * format, the plugin header, the block's attributes against the element's, the generated PHP,
 * and the zip WordPress's "Upload Plugin" takes. test/wordpress/ tests it inside WordPress.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {unzipSync} from 'fflate';
import {blockJson, buildWordpressPlugin, checkPluginSources, generatedPhp, phpValue, pluginData, pluginSource} from '../../scripts/build-wordpress.js';
import {attributes, fieldOf} from '../../src/attributes.js';
import {dist, requireBuild, run, scratch} from './helpers.js';

requireBuild();
const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};

test('readme.txt follows the plugin directory\'s format', () => {
  const readme = readFileSync(join(pluginSource, 'readme.txt'), 'utf8');
  const lines = readme.split('\n');
  assert.match(lines[0], /^=== kiut guide ===$/);
  const header: Record<string, string> = {};
  let i = 1;
  for (; lines[i].trim() !== ''; i++) {
    const match = /^([A-Za-z ]+):\s*(.+)$/.exec(lines[i]);
    assert.ok(match, `header line "${lines[i]}" is "Field: value"`);
    header[match[1]] = match[2];
  }
  for (const field of ['Tags', 'Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License', 'License URI']) assert.ok(header[field], `readme.txt has "${field}:"`);
  assert.equal(header['Stable tag'], version);
  assert.ok(header.Tags.split(',').length <= 5, 'at most five tags');
  const short = lines[i + 1];
  assert.ok(short.length > 0 && short.length <= 150, `the short description is 1-150 characters (${short.length})`);
  const sections = [...readme.matchAll(/^== (.+) ==$/gm)].map((m) => m[1]);
  assert.deepEqual(sections, ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']);
  assert.match(readme, new RegExp(`^= ${version.replace(/\./g, '\\.')} =$`, 'm'));
});

test('the plugin header names the version, the WordPress and PHP it needs, the licence and the text domain', () => {
  const php = readFileSync(join(pluginSource, 'kiut-guide.php'), 'utf8');
  for (const [field, value] of [['Plugin Name', 'kiut guide'], ['Version', version], ['Requires at least', '6.1'], ['Requires PHP', '7.4'], ['License', 'MIT'], ['Text Domain', 'kiut-guide']]) {
    assert.match(php, new RegExp(`^ \\* ${field}:\\s+${value.replace(/\./g, '\\.')}$`, 'm'), `${field}: ${value}`);
  }
});

test('the plugin sources agree with the element: no problem for the real ones, a named fix for each disagreement', () => {
  const data = pluginData(manifest, version);
  assert.deepEqual(checkPluginSources(data), []);
  const {dir, remove} = scratch('plugin-sources');
  try {
    cpSync(pluginSource, dir, {recursive: true});
    writeFileSync(join(dir, 'kiut-guide.php'), readFileSync(join(dir, 'kiut-guide.php'), 'utf8').replace(`Version:           ${version}`, 'Version:           9.9.9'));
    const problems = checkPluginSources(data, dir);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /kiut-guide\.php: the header says Version: 9\.9\.9; package\.json says .*Set the header's Version/);
  } finally {
    remove();
  }
});

test("block.json's attributes are the element's, from src/attributes.ts, under their property names", () => {
  const block = JSON.parse(blockJson(pluginData(manifest, version))) as {name: string; attributes: Record<string, {type: string; items?: {type: string}}>};
  assert.equal(block.name, 'kiut/guide');
  assert.deepEqual(Object.keys(block.attributes), Object.keys(attributes).map(fieldOf));
  assert.deepEqual(block.attributes.need, {type: 'array', items: {type: 'string'}, default: []});
  assert.deepEqual(block.attributes.noExit, {type: 'boolean', default: false});
  assert.deepEqual(block.attributes.headingLevel, {type: 'string', default: ''});
  assert.equal(block.attributes.colour, undefined);
});

test('an attribute the element gains, or loses, stops the plugin build with the fix', () => {
  const element = manifest.modules.flatMap((m: {declarations?: unknown[]}) => m.declarations ?? []).find((d: {tagName?: string}) => d.tagName === 'kiut-guide');
  const withExtra = structuredClone(manifest);
  const extraElement = withExtra.modules.flatMap((m: {declarations?: unknown[]}) => m.declarations ?? []).find((d: {tagName?: string}) => d.tagName === 'kiut-guide');
  extraElement.attributes.push({name: 'theme', fieldName: 'theme', type: {text: 'string'}});
  assert.throws(() => pluginData(withExtra, version), /attribute\(s\) theme that the WordPress plugin does not know: add them to the attributes table in src\/attributes\.ts/);
  const without = structuredClone(manifest);
  const lessElement = without.modules.flatMap((m: {declarations?: unknown[]}) => m.declarations ?? []).find((d: {tagName?: string}) => d.tagName === 'kiut-guide');
  lessElement.attributes = element.attributes.filter((a: {name: string}) => a.name !== 'need');
  assert.throws(() => pluginData(without, version), /src\/attributes\.ts lists attribute\(s\) need that the element no longer has/);
});

test('generated PHP: strings are single-quoted and escaped, so nothing in the content is code', () => {
  assert.equal(phpValue("it's a \\ and a $x {$y}"), "'it\\'s a \\\\ and a $x {$y}'");
  assert.equal(phpValue({a: ['x', 1, true]}), "array(\n\t'a' => array(\n\t\t'x',\n\t\t1,\n\t\ttrue,\n\t),\n)");
  const php = generatedPhp(pluginData(manifest, version));
  assert.match(php, /^<\?php\n/);
  assert.match(php, /'e164' => '\+3680205520'/);
  const lint = run('php', ['-v']);
  if (!lint.error) {
    const {dir, remove} = scratch('generated-php');
    try {
      writeFileSync(join(dir, 'generated.php'), php);
      const checked = run('php', ['-l', join(dir, 'generated.php')]);
      assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    } finally {
      remove();
    }
  }
});

test('the plugin zip: one kiut-guide/ folder with the plugin, the generated lists, the release\'s module and the licences', () => {
  const {dir, remove} = scratch('plugin-zip');
  try {
    const built = buildWordpressPlugin({out: dir, epoch: 1764331200});
    const files = unzipSync(readFileSync(built.zip));
    const names = Object.keys(files);
    assert.ok(names.every((name) => name.startsWith('kiut-guide/')), names.join(', '));
    for (const file of ['kiut-guide.php', 'readme.txt', 'uninstall.php', 'LICENSE', 'THIRD-PARTY-NOTICES.md', 'includes/generated.php', 'block/block.json', 'block/editor.js', 'block/editor.asset.php', 'assets/kiut-guide.js']) {
      assert.ok(names.includes(`kiut-guide/${file}`), file);
    }
    assert.deepEqual(Buffer.from(files['kiut-guide/assets/kiut-guide.js']), readFileSync(join(dist, 'kiut-guide.js')));
    assert.equal(Buffer.from(files['kiut-guide/block/block.json']).toString(), blockJson(pluginData(manifest, version)));
    assert.deepEqual(readFileSync(buildWordpressPlugin({out: join(dir, 'again'), epoch: 1764331200}).zip), readFileSync(built.zip));
  } finally {
    remove();
  }
});
