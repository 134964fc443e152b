/**
 * CHANGELOG.md: an entry per version with what changed for partners, and the facts checked
 * or copied again since the previous version, written from the facts' dates (the day a fact was
 * checked at its source, or the day it was copied from the seed).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {entries, factsEnd, factsStart, withFacts} from '../../scripts/lib/changelog.js';
import {loadContent} from '../../content-model/load.js';
import type {GuideContent as Content} from '../../content-model/types.js';
import {repoRoot} from './helpers.js';

const content = loadContent();

/** The real content with some facts checked again at their source on other dates. */
function reverified(dates: Record<string, string>): Content {
  const checkedOn = (checked: string) => ({url: 'https://example.org/', publisher: 'The service itself', title: 'Contact', checked, excerpt: 'example.txt', quotes: ['x']});
  return {...content, facts: {...content.facts, services: content.facts.services.map((s) => (s.id in dates ? {...s, source: checkedOn(dates[s.id])} : s))}};
}

const header = '# Changelog\n\nIntro.\n\n';

test('CHANGELOG.md has an entry for package.json\'s version, and its facts are current', () => {
  const {version} = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {version: string};
  const changelog = readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8');
  assert.ok(entries(changelog).some((e) => e.version === version), `an entry for ${version}`);
  assert.equal(withFacts(changelog, version, content), changelog, 'run `npm run changelog`');
});

test('the first version lists every fact with its phone or address and date', () => {
  const out = withFacts(`${header}## 1.0.0 (2030-01-01)\n\n- First release.\n`, '1.0.0', content);
  const block = out.slice(out.indexOf(factsStart), out.indexOf(factsEnd));
  assert.match(block, /First published/);
  for (const service of content.facts.services) assert.ok(block.includes(`(\`${service.id}\`)`), service.id);
  // A fact from the seed says so, and claims no live check; a fact read elsewhere says where and when.
  assert.match(block, /\(`okit`\): \+36 80 20 55 20, http:\/\/okit\.hu; copied from the seed \(paragraphs 1-3 and the hotline card\) on \d{4}-\d{2}-\d{2}, not checked live/);
  assert.match(block, /\(`emergency-112`\): 112; checked on \d{4}-\d{2}-\d{2} at https:\/\/nmhh\.hu\/\S+ \(Nemzeti Média- és Hírközlési Hatóság/);
});

test('a later version lists only the facts verified since the version before, and only its own entry changes', () => {
  const later = reverified({okit: '2031-03-01', 'iom-information': '2031-02-01'});
  const older = `## 1.0.0 (2030-01-01)\n\n- First release.\n\n${factsStart}\nwhatever was released\n${factsEnd}\n`;
  const out = withFacts(`${header}## 1.1.0 (2031-04-01)\n\n- Ukrainian reviewed.\n\n${older}`, '1.1.0', later);
  const current = out.slice(0, out.indexOf('## 1.0.0'));
  assert.match(current, /since the previous version \(2030-01-01\)/);
  assert.deepEqual([...current.matchAll(/\(`([\w-]+)`\)/g)].map((m) => m[1]), ['iom-information', 'okit']);
  assert.ok(out.endsWith(older), 'the released entry is left as it was');
  const none = withFacts(`${header}## 1.1.0 (2031-04-01)\n\n- Layout fix.\n\n${older}`, '1.1.0', reverified({}));
  assert.match(none, /No fact was checked or copied again since the previous version \(2030-01-01\)\./);
});

test('a missing entry, an entry with nothing for partners, or a fact newer than the entry stops it with the fix', () => {
  assert.throws(() => withFacts(`${header}## 1.0.0 (2030-01-01)\n\n- x\n`, '2.0.0', content), /no entry for 2\.0\.0.*add "## 2\.0\.0 \(YYYY-MM-DD\)"/);
  assert.throws(() => withFacts(`${header}## 1.0.0 (2030-01-01)\n\nSome words.\n`, '1.0.0', content), /says nothing for partners: add a list/);
  assert.throws(() => withFacts(`${header}## 1.0.0 (2030-01-01)\n\n- x\n`, '1.0.0', reverified({okit: '2030-02-01'})), /dated 2030-01-01, but .* dated later \(okit 2030-02-01\): set the entry's date/);
});
