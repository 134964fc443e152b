/**
 * The engines' versions are checked before the browser tests (scripts/browsers.mjs): an engine
 * older than the tests need stops `npm test` with one line naming its version and the fix,
 * instead of a protocol error inside the browser.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {engines, engineVersion, isInstalled, minimumVersions, parseVersion, tooOld} from '../../scripts/browsers.mjs';

test('an engine older than the tests need is named with its version and the command that updates it', () => {
  assert.equal(
    tooOld('firefox', parseVersion('Mozilla Firefox 140.12.0esr')),
    'Firefox ESR 140 is older than 153, which the tests need: apt-get update && apt-get install firefox-esr',
  );
  assert.equal(
    tooOld('chromium', parseVersion('Chromium 150.0.7871.12 built on Debian GNU/Linux 12 (bookworm)')),
    'Chromium 150 is older than 156, which the tests need: apt-get update && apt-get install chromium',
  );
  assert.equal(
    tooOld('webkit', parseVersion('2.48.3-1~deb12u1')),
    'WebKitGTK 2.48 is older than 2.50, which the tests need: apt-get update && apt-get install webkit2gtk-driver xvfb',
  );
  assert.match(tooOld('webkit', parseVersion('1.99.0')) ?? '', /^WebKitGTK 1\.99 is older than 2\.50/);
});

test('the versions the tests were checked with, and newer ones, pass; an unknown version is not refused', () => {
  for (const text of ['Mozilla Firefox 153.8.0esr', 'Mozilla Firefox 160.0']) assert.equal(tooOld('firefox', parseVersion(text)), undefined, text);
  for (const text of ['Chromium 156.0.8078.114 built on Debian', 'Google Chrome 201.0.1.2'])
    assert.equal(tooOld('chromium', parseVersion(text)), undefined, text);
  for (const text of ['2.50.6-1~deb12u2', '2.52.0-1', '3.0.1']) assert.equal(tooOld('webkit', parseVersion(text)), undefined, text);
  assert.equal(parseVersion('Usage: WebKitWebDriver options'), undefined);
  assert.equal(tooOld('firefox', undefined), undefined);
});

test("the installed engines' versions can be read, and are new enough", () => {
  for (const engine of engines.filter(isInstalled)) {
    const version = engineVersion(engine);
    assert.ok(version, `the version of ${engine} is read`);
    assert.equal(tooOld(engine, version), undefined, `${engine} ${version.join('.')} ≥ ${minimumVersions[engine].join('.')}`);
  }
});
