/**
 * Every kind of bad content: each test breaks a copy of the real content in one way and checks
 * that the loader names the file, the path inside it, what is wrong and what to do, with a
 * line number where there is one, and that `check:content` prints the same and exits 1.
 */
import assert from 'node:assert/strict';
import {mkdirSync, renameSync} from 'node:fs';
import {after, describe, test} from 'node:test';
import {isMap, isSeq} from 'yaml';
import {loadContent} from '../../content-model/load.js';
import {maxTextLength} from '../../content-model/validate.js';
import {badContent, cleanup, expectCliFails, expectError, expectRejected, type ContentCopy, type Expected} from './helpers.js';

after(cleanup);

/** One kind of bad content: each row breaks a copy of the real content in one way. */
interface Case {
  name: string;
  mutate: (copy: ContentCopy) => void;
  expected: Expected | ((copy: ContentCopy) => Expected);
}

/** The rows of a table, each a test that the loader and check:content reject the content as expected. */
function rejects(cases: Case[]): void {
  for (const {name, mutate, expected} of cases) test(name, () => void expectRejected(mutate, expected));
}

const okitLine = (copy: {lineOf(file: string, needle: string): number}) => copy.lineOf('facts.yaml', '- id: okit');

// A fact read beyond the seed says when someone read it there; a fact copied from the seed
// makes no such claim, and the seed's copy date is written once, at the top.
const emergency = 9;
// The Victim Support Line, the last service: a fact read at several government pages (`also`).
const victimSupportLine = 10;

// The IOM record answers no need; these tests give it one.
const iomNeeds = '    url: "http://hungary.iom.int/ct-return"\n    needs: []\n';

const withIomNeeds = (needs: string) => `    url: "http://hungary.iom.int/ct-return"\n    needs:\n${needs}`;

const seedFile = /seed\/000_8f1eb2905487cb90\.txt/;

describe('Files and YAML', () => {
  rejects([
    {
      name: 'YAML syntax error: names the file, the line and the column',
      mutate: (c) => c.replace('en/guide.yaml', '  short: OKIT\n', '  short: OKIT: the hotline\n'),
      expected: (c) => ({
        file: 'en/guide.yaml',
        path: '(YAML syntax)',
        message: /fix the YAML syntax there/,
        line: c.lineOf('en/guide.yaml', 'short: OKIT: the hotline'),
      }),
    },
    {
      name: 'YAML syntax error: an unclosed quote',
      mutate: (c) => c.replace('facts.yaml', 'e164: "+3680205520"', 'e164: "+3680205520'),
      expected: {file: 'facts.yaml', path: '(YAML syntax)', message: /fix the YAML syntax there/, line: true},
    },
    {
      name: 'YAML: a key written twice in one mapping',
      mutate: (c) => c.replace('facts.yaml', '    url: "http://okit.hu"\n', '    url: "http://okit.hu"\n    url: "https://okit.hu"\n'),
      expected: (c) => ({
        file: 'facts.yaml',
        path: '(YAML syntax)',
        message: /unique.*fix the YAML syntax there/i,
        line: c.lineOf('facts.yaml', 'url: "https://okit.hu"'),
      }),
    },
    {
      name: 'missing facts.yaml',
      mutate: (c) => c.remove('facts.yaml'),
      expected: {file: 'facts.yaml', path: '(file)', message: /is missing; create it/, line: false},
    },
  ]);

  test('a locale folder without guide.yaml', () => {
    expectRejected((c) => c.remove('en/guide.yaml'), {
      file: 'en',
      path: '(folder)',
      message: /has no guide\.yaml.*add en\/guide\.yaml translated from hu\/guide\.yaml, or remove the folder/,
      line: false,
    });
    expectRejected((c) => mkdirSync(c.path('de')), {file: 'de', path: '(folder)', message: /has no guide\.yaml/, line: false});
  });

  rejects([
    {
      name: 'the source locale hu is missing',
      mutate: (c) => c.remove('hu'),
      expected: {file: 'facts.yaml', path: '(content folder)', message: /source locale "hu" has no texts; add content\/hu\/guide\.yaml/},
    },
    {
      name: 'a locale folder whose name is not a locale code',
      mutate: (c) => {
        renameSync(c.path('en'), c.path('english'));
        c.replace('english/guide.yaml', 'locale: en\n', 'locale: english\n');
      },
      expected: {file: 'english/guide.yaml', path: '(file name)', message: /"english" is not a locale code; name the folder like "en"/},
    },
  ]);
});

describe('facts.yaml: the schema', () => {
  rejects([
    {
      name: 'schema is not 1',
      mutate: (c) => c.replace('facts.yaml', 'schema: 1\n', 'schema: 2\n'),
      expected: (c) => ({file: 'facts.yaml', path: 'schema', message: /must be 1.*write "schema: 1"/, line: c.lineOf('facts.yaml', 'schema: 2')}),
    },
    {
      name: 'missing required field: a service without source',
      mutate: (c) => c.editDoc('facts.yaml', (doc) => assert.ok(doc.deleteIn(['services', 1, 'source']))),
      expected: (c) => ({
        file: 'facts.yaml',
        path: 'services[1].source',
        message: /is missing; add it/,
        line: c.lineOf('facts.yaml', '- id: protected-shelters'),
      }),
    },
  ]);

  rejects([
    {
      name: 'missing required field: a checked source without its checked date',
      mutate: (c) => c.editDoc('facts.yaml', (doc) => assert.ok(doc.deleteIn(['services', emergency, 'source', 'checked']))),
      expected: (c) => ({
        file: 'facts.yaml',
        path: `services[${emergency}].source.checked`,
        message: /must be a real date written YYYY-MM-DD, found nothing; write the day the fact was last checked/,
        line: c.lineOf('facts.yaml', 'url: "https://nmhh.hu') - 1,
      }),
    },
  ]);

  test('missing required field: a fact beyond the seed without its url, publisher or excerpt', () => {
    for (const field of ['url', 'publisher', 'excerpt'] as const) {
      expectRejected((c) => c.editDoc('facts.yaml', (doc) => assert.ok(doc.deleteIn(['services', emergency, 'source', field]))), {
        file: 'facts.yaml',
        path: `services[${emergency}].source.${field}`,
        message: /is missing; add it|must be a non-empty text/,
        line: true,
      });
    }
  });

  rejects([
    {
      name: 'a fact copied from the seed may not claim a live check',
      mutate: (c) => c.replace('facts.yaml', '    source: {seed: "paragraph 5"}\n', '    source: {seed: "paragraph 5", checked: 2026-11-27}\n'),
      expected: (c) => ({
        file: 'facts.yaml',
        path: 'services[2].source.checked',
        message: /is not a known field here; use only seed/,
        line: c.lineOf('facts.yaml', 'source: {seed: "paragraph 5", checked'),
      }),
    },
    {
      name: 'missing required field: a material without source',
      mutate: (c) => c.editDoc('facts.yaml', (doc) => assert.ok(doc.deleteIn(['materials', 0, 'source']))),
      expected: {file: 'facts.yaml', path: 'materials[0].source', message: /is missing; add it/, line: true},
    },
  ]);

  for (const [name, value, message] of [
    ['not a date', 'last week', /must be a real date written YYYY-MM-DD, found string "last week"; write the day/],
    ['month 13', '2026-13-01', /must be a real date written YYYY-MM-DD/],
    ['30 February', '2026-02-30', /must be a real date written YYYY-MM-DD/],
    ['day first', '27-11-2026', /must be a real date written YYYY-MM-DD/],
    ['in the future', '2999-01-01', /2999-01-01 is in the future; write the day the fact was last checked at its source/],
  ] as const) {
    test(`bad checked date: ${name}`, () => {
      expectRejected(
        (c) => c.editDoc('facts.yaml', (doc) => doc.setIn(['services', emergency, 'source', 'checked'], value)),
        (c) => ({file: 'facts.yaml', path: `services[${emergency}].source.checked`, message, line: c.lineOf('facts.yaml', value)}),
      );
    });
  }

  rejects([
    {
      name: 'bad copy date of the seed at the top of facts.yaml',
      mutate: (c) => c.replace('facts.yaml', '  copied: 2026-11-27\n', '  copied: 2026-11-31\n'),
      expected: (c) => ({file: 'facts.yaml', path: 'seed.copied', message: /real date/, line: c.lineOf('facts.yaml', 'copied: 2026-11-31')}),
    },
    {
      name: 'duplicate service id',
      mutate: (c) => c.replace('facts.yaml', '  - id: protected-shelters\n', '  - id: okit\n'),
      expected: (c) => ({
        file: 'facts.yaml',
        path: 'services[1].id',
        message: /"okit" is used twice; each service is written once, so merge the two records or rename one/,
        line: c.read('facts.yaml').split('\n').lastIndexOf('  - id: okit') + 1,
      }),
    },
    {
      name: 'duplicate material id',
      mutate: (c) => c.replace('facts.yaml', '  - id: victim-support-in-hungary\n', '  - id: shelter-materials\n'),
      expected: {file: 'facts.yaml', path: 'materials[1].id', message: /"shelter-materials" is used twice; ids must be unique, so rename or merge/, line: true},
    },
  ]);

  for (const bad of ['Protected_Shelters', 'protected--shelters', '1shelter', 'szállás']) {
    test(`bad id format: "${bad}"`, () => {
      expectRejected(
        (c) => c.editDoc('facts.yaml', (doc) => doc.setIn(['services', 1, 'id'], bad)),
        (c) => ({
          file: 'facts.yaml',
          path: 'services[1].id',
          message: /is not a valid id; use lowercase letters, digits and single hyphens/,
          line: c.lineOf('facts.yaml', `id: ${bad}`),
        }),
      );
    });
  }

  rejects([
    {
      name: 'unknown kind',
      mutate: (c) => c.replace('facts.yaml', 'kind: shelter\n', 'kind: safehouse\n'),
      expected: (c) => ({
        file: 'facts.yaml',
        path: 'services[1].kind',
        message: /must be one of hotline, shelter, .*further-information, emergency-number, found string "safehouse"/,
        line: c.lineOf('facts.yaml', 'kind: safehouse'),
      }),
    },
  ]);

  test('an unknown field in a service (a typo would silently drop the fact)', () => {
    expectRejected(
      (c) => c.replace('facts.yaml', '    url: "http://hungary.iom.int/ct-return"\n', '    link: "http://hungary.iom.int/ct-return"\n'),
      (c) => ({
        file: 'facts.yaml',
        path: 'services[8].link',
        message: /is not a known field here; use only id, kind, phone, dial, url.*check the spelling, or remove it/,
        line: c.lineOf('facts.yaml', 'link: "http'),
      }),
    );
    expectRejected(
      (c) => c.replace('facts.yaml', '      domestic: "06/80-20-55-20"\n', '      domestic: "06/80-20-55-20"\n      mobile: "+36 30 000 0000"\n'),
      {
        file: 'facts.yaml',
        path: 'services[0].phone.mobile',
        message: /is not a known field here; use only e164, international, domestic/,
        line: true,
      },
    );
  });

  rejects([
    {
      name: 'an unknown top-level key in facts.yaml',
      mutate: (c) => c.replace('facts.yaml', 'schema: 1\n', 'schema: 1\nhotlines: []\n'),
      expected: (c) => ({file: 'facts.yaml', path: 'hotlines', message: /is not a known field here/, line: c.lineOf('facts.yaml', 'hotlines:')}),
    },
  ]);
});

describe('facts.yaml: phone numbers', () => {
  for (const bad of ['06802055 20', '+36 80 20 55 20', '3680205520', '+36-80-205-520', '+0680205520']) {
    test(`phone e164 not E.164: "${bad}"`, () => {
      expectRejected(
        (c) => c.replace('facts.yaml', 'e164: "+3680205520"', `e164: "${bad}"`),
        (c) => ({
          file: 'facts.yaml',
          path: 'services[0].phone.e164',
          message: /is not E\.164; write \+ then the country code and number, digits only, e\.g\. "\+3680205520"/,
          line: c.lineOf('facts.yaml', 'e164:'),
        }),
      );
    });
  }

  rejects([
    {
      name: 'international display form does not match e164 (one digit corrupted)',
      mutate: (c) => c.replace('facts.yaml', 'international: "+36 80 20 55 20"', 'international: "+36 80 20 55 02"'),
      expected: (c) => ({
        file: 'facts.yaml',
        path: 'services[0].phone.international',
        message: /"\+36 80 20 55 02" does not match e164 "\+3680205520"; correct whichever is wrong/,
        line: c.lineOf('facts.yaml', 'international:'),
      }),
    },
    {
      name: 'domestic display form does not match e164 (one digit corrupted)',
      mutate: (c) => c.replace('facts.yaml', 'domestic: "06/80-20-55-20"', 'domestic: "06/80-20-55-29"'),
      expected: (c) => ({
        file: 'facts.yaml',
        path: 'services[0].phone.domestic',
        message: /does not match e164 "\+3680205520"; write it as 06 followed by the number after \+36 \(e\.g\. "06\/80-20-55-20"\), or correct the e164/,
        line: c.lineOf('facts.yaml', 'domestic: "06'),
      }),
    },
  ]);

  test('e164 corrupted while the display forms stay: both forms are reported', () => {
    const copy = badContent((c) => c.replace('facts.yaml', 'e164: "+3680205520"', 'e164: "+3680205521"'));
    const errors = copy.errors();
    const international = expectError(errors, {
      file: 'facts.yaml',
      path: 'services[0].phone.international',
      message: /does not match e164 "\+3680205521"/,
      line: true,
    });
    const domestic = expectError(errors, {file: 'facts.yaml', path: 'services[0].phone.domestic', message: /does not match e164 "\+3680205521"/, line: true});
    expectCliFails(copy.dir, international, domestic);
  });
});

describe('Removed facts', () => {
  rejects([
    {
      name: 'a removed fact: the okit phone is deleted',
      mutate: (c) => c.editDoc('facts.yaml', (doc) => assert.ok(doc.deleteIn(['services', 0, 'phone']))),
      expected: (c) => ({
        file: 'facts.yaml',
        path: 'services[0].phone',
        message: /a hotline needs a phone number; add phone: with e164, international and domestic/,
        line: okitLine(c),
      }),
    },
    {
      name: 'a removed fact: the okit url is deleted, so {link:okit} no longer resolves',
      mutate: (c) => c.editDoc('facts.yaml', (doc) => assert.ok(doc.deleteIn(['services', 0, 'url']))),
      expected: (c) => ({
        file: 'hu/guide.yaml',
        path: 'sections.shelters.blocks[3]',
        message: /token \{link:okit\}: service "okit" has no url; add it in facts\.yaml or remove the token/,
        line: c.lineOf('hu/guide.yaml', '{link:okit}'),
      }),
    },
  ]);

  test('a removed fact: the iom-information service is deleted, so {link:iom-information} no longer resolves', () => {
    const copy = badContent((c) =>
      c.editDoc('facts.yaml', (doc) => {
        assert.ok(doc.deleteIn(['services', 8]));
        doc.setIn(['sections', 10, 'services'], doc.createNode([]));
      }),
    );
    const errors = copy.errors();
    const token = expectError(errors, {
      file: 'hu/guide.yaml',
      path: 'sections.further-information.blocks[0]',
      message: /token \{link:iom-information\} names no service in facts\.yaml; use one of okit, .*, or add the service/,
      line: copy.lineOf('hu/guide.yaml', 'itt találhatsz: {link:iom-information}'),
    });
    const text = expectError(errors, {
      file: 'hu/guide.yaml',
      path: 'services.iom-information',
      message: /is not a known key here; expected only okit,/,
      line: copy.lineOf('hu/guide.yaml', '  iom-information:'),
    });
    expectCliFails(copy.dir, token, text);
  });

  rejects([
    {
      name: 'section naming an unknown service (the service was removed, the section still names it)',
      mutate: (c) => c.editDoc('facts.yaml', (doc) => assert.ok(doc.deleteIn(['services', 8]))),
      expected: (c) => ({
        file: 'facts.yaml',
        path: 'sections[10].services[0]',
        message: /"iom-information" is not a known service id; use one of okit,/,
        line: c.lineOf('facts.yaml', '- id: further-information') + 1,
      }),
    },
    {
      name: 'section naming an unknown service (a typo)',
      mutate: (c) => c.replace('facts.yaml', 'services: [protected-shelters]', 'services: [protected-shelter]'),
      expected: {file: 'facts.yaml', path: 'sections[2].services[0]', message: /"protected-shelter" is not a known service id; use one of/, line: true},
    },
    {
      name: 'the hotline section is removed',
      mutate: (c) => c.editDoc('facts.yaml', (doc) => assert.ok(doc.deleteIn(['sections', 0]))),
      expected: {file: 'facts.yaml', path: 'sections', message: /must contain the "hotline" section; add "- id: hotline"/, line: true},
    },
  ]);
});

describe('URLs', () => {
  for (const [scheme, url] of [
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['ftp:', 'ftp://hungary.iom.int/ct-return'],
    ['file:', 'file:///etc/passwd'],
    ['vbscript:', 'vbscript:msgbox(1)'],
  ] as const) {
    test(`URL scheme ${scheme} is rejected`, () => {
      expectRejected(
        (c) => c.editDoc('facts.yaml', (doc) => doc.setIn(['services', 8, 'url'], url)),
        (c) => ({
          file: 'facts.yaml',
          path: 'services[8].url',
          message: new RegExp(`scheme "${scheme}" is not allowed; use one of https: http: tel: mailto:`),
          line: c.lineOf('facts.yaml', url.slice(0, 12)),
        }),
      );
    });
  }

  for (const url of ['hungary.iom.int/ct-return', '/ct-return', '//hungary.iom.int/ct-return', '#']) {
    test(`relative URL "${url}" is rejected`, () => {
      expectRejected(
        (c) => c.replace('facts.yaml', 'url: "http://hungary.iom.int/ct-return"', `url: "${url}"`),
        (c) => ({
          file: 'facts.yaml',
          path: 'services[8].url',
          message: /is not an absolute URL; write it with its scheme, e\.g\. https:\/\/example\.org\//,
          line: c.lineOf('facts.yaml', `url: "${url}"`),
        }),
      );
    });
  }

  rejects([
    {
      name: 'a URL with a space or a quote is rejected',
      mutate: (c) => c.replace('facts.yaml', 'url: "http://hungary.iom.int/ct-return"', 'url: "http://hungary.iom.int/ct return"'),
      expected: {file: 'facts.yaml', path: 'services[8].url', message: /contains spaces or quote characters; percent-encode them/, line: true},
    },
    {
      name: 'a material URL with a bad scheme is rejected too',
      mutate: (c) => c.replace('facts.yaml', '  - id: shelter-materials\n', '  - id: shelter-materials\n    url: "javascript:void(0)"\n'),
      expected: {file: 'facts.yaml', path: 'materials[0].url', message: /scheme "javascript:" is not allowed/, line: true},
    },
  ]);

  test('https:, http:, tel: and mailto: URLs pass', () => {
    for (const url of ['https://hungary.iom.int/ct-return', 'http://hungary.iom.int/', 'tel:+3680205520', 'mailto:info@example.org']) {
      const copy = badContent((c) => c.replace('facts.yaml', 'url: "http://hungary.iom.int/ct-return"', `url: "${url}"`));
      assert.equal(loadContent(copy.dir).facts.services[8].url, url);
    }
  });
});

describe('References between facts', () => {
  rejects([
    {
      name: 'unknown need id',
      mutate: (c) => c.replace('facts.yaml', iomNeeds, withIomNeeds('      - need: money\n        because: "ITT TALÁLHATSZ"\n')),
      expected: (c) => ({
        file: 'facts.yaml',
        path: 'services[8].needs[0].need',
        message: /"money" is not a known need; use one of safe-place-now,/,
        line: c.lineOf('facts.yaml', 'need: money'),
      }),
    },
  ]);

  test('a need answered twice by one service', () => {
    const twice = '      - need: talk-now\n        because: "ITT TALÁLHATSZ"\n';
    expectRejected((c) => c.replace('facts.yaml', iomNeeds, withIomNeeds(twice + twice)), {
      file: 'facts.yaml',
      path: 'services[8].needs[1]',
      message: /answers "talk-now" twice; merge the two answers/,
      line: true,
    });
  });

  rejects([
    {
      name: 'a need listed twice in the finder',
      mutate: (c) => c.replace('facts.yaml', 'needs: [safe-place-now, children,', 'needs: [safe-place-now, children, children,'),
      expected: {file: 'facts.yaml', path: 'needs[2]', message: /listed twice; remove the repeat/, line: true},
    },
    {
      name: 'unknown material',
      mutate: (c) => c.replace('facts.yaml', 'material: shelter-materials', 'material: shelter-leaflet'),
      expected: (c) => ({
        file: 'facts.yaml',
        path: 'services[1].material',
        message: /"shelter-leaflet" is not a known material id; use one of shelter-materials,/,
        line: c.lineOf('facts.yaml', 'shelter-leaflet'),
      }),
    },
    {
      name: 'unknown referral',
      mutate: (c) => c.editDoc('facts.yaml', (doc) => doc.setIn(['services', 1, 'referral'], 'police')),
      expected: (c) => ({
        file: 'facts.yaml',
        path: 'services[1].referral',
        message: /"police" is not a known service id; use one of okit,/,
        line: c.lineOf('facts.yaml', 'referral: police'),
      }),
    },
    {
      name: 'a {material:ID} token that names no material',
      mutate: (c) => c.replace('hu/guide.yaml', 'a {material:domestic-violence} című információs', 'a {material:domestic-violence-leaflet} című információs'),
      expected: (c) => ({
        file: 'hu/guide.yaml',
        path: 'sections.domestic-violence.blocks[1]',
        message: /token \{material:domestic-violence-leaflet\} names no material in facts\.yaml; use one of shelter-materials/,
        line: c.lineOf('hu/guide.yaml', 'domestic-violence-leaflet'),
      }),
    },
    {
      name: 'a {tel:ID} token on a service with no phone',
      mutate: (c) => c.replace('hu/guide.yaml', '({link:okit})', '({tel:iom-information})'),
      expected: {
        file: 'hu/guide.yaml',
        path: 'sections.shelters.blocks[3]',
        message: /token \{tel:iom-information\}: service "iom-information" has no phone; add it in facts\.yaml or remove the token/,
        line: true,
      },
    },
  ]);
});

describe('Locales: completeness', () => {
  rejects([
    {
      name: 'missing locale key: sections.shelters deleted in en',
      mutate: (c) => c.editDoc('en/guide.yaml', (doc) => assert.ok(doc.deleteIn(['sections', 'shelters']))),
      expected: (c) => ({
        file: 'en/guide.yaml',
        path: 'sections.shelters',
        message: /is missing\. Translate it from .*hu\/guide\.yaml at the same path/,
        line: c.lineOf('en/guide.yaml', 'sections:'),
      }),
    },
    {
      name: 'missing locale key: a service name deleted in uk',
      mutate: (c) => c.editDoc('uk/guide.yaml', (doc) => assert.ok(doc.deleteIn(['services', 'okit']))),
      expected: {file: 'uk/guide.yaml', path: 'services.okit', message: /is missing\. Translate it from .*hu\/guide\.yaml/, line: true},
    },
    {
      name: 'missing key in the source locale hu',
      mutate: (c) => c.editDoc('hu/guide.yaml', (doc) => assert.ok(doc.deleteIn(['types', 'night-shelter']))),
      expected: (c) => ({
        file: 'hu/guide.yaml',
        path: 'types.night-shelter',
        message: /is missing\. Add it: every id in facts\.yaml needs its text/,
        line: c.lineOf('hu/guide.yaml', /^types:/),
      }),
    },
    {
      name: 'missing title',
      mutate: (c) => c.editDoc('en/guide.yaml', (doc) => assert.ok(doc.deleteIn(['title']))),
      expected: {file: 'en/guide.yaml', path: 'title', message: /is missing\. Translate it/},
    },
  ]);

  for (const [name, yaml] of [
    ['empty string', '""'],
    ['only spaces', '"   "'],
    ['empty value', ''],
  ] as const) {
    test(`an ${name} where a text belongs`, () => {
      expectRejected(
        (c) => c.replace('en/guide.yaml', '  badge: "24/7"\n', `  badge: ${yaml}\n`),
        (c) => ({
          file: 'en/guide.yaml',
          path: 'hotline.badge',
          message: /must be a non-empty text, found .*; write the text/,
          line: c.lineOf('en/guide.yaml', 'badge:'),
        }),
      );
    });
  }

  rejects([
    {
      name: 'extra unknown key in a locale map',
      mutate: (c) => c.replace('en/guide.yaml', '  short: OKIT\n', '  short: OKIT\n  slogan: Call us\n'),
      expected: (c) => ({
        file: 'en/guide.yaml',
        path: 'hotline.slogan',
        message: /is not a known key here; expected only badge, name, short, free, hours \(check the spelling, or remove it\)/,
        line: c.lineOf('en/guide.yaml', 'slogan:'),
      }),
    },
    {
      name: 'extra unknown key at the top of a locale file',
      mutate: (c) => c.replace('en/guide.yaml', '\nreview: pending\n', '\nreview: pending\nreviewer: somebody\n'),
      expected: (c) => ({
        file: 'en/guide.yaml',
        path: 'reviewer',
        message: /is not a known field here; use only locale, language, review/,
        line: c.lineOf('en/guide.yaml', 'reviewer:'),
      }),
    },
  ]);

  test('extra unknown section, and an unknown key inside a section', () => {
    expectRejected(
      (c) => c.editDoc('en/guide.yaml', (doc) => doc.setIn(['sections', 'police'], doc.createNode({title: 'Police', blocks: ['Call the police.']}))),
      {
        file: 'en/guide.yaml',
        path: 'sections.police',
        message: /is not a section in facts\.yaml; expected only hotline, .* \(rename it, or add the section to facts\.yaml\)/,
        line: true,
      },
    );
    expectRejected(
      (c) => c.replace('en/guide.yaml', '    title: Call OKIT\n', '    title: Call OKIT\n    subtitle: Now\n'),
      (c) => ({
        file: 'en/guide.yaml',
        path: 'sections.hotline.subtitle',
        message: /is not a known field here; use only title, summary, blocks/,
        line: c.lineOf('en/guide.yaml', 'subtitle:'),
      }),
    );
  });

  rejects([
    {
      name: 'a translation that drops the hotline number token',
      mutate: (c) => c.replace('en/guide.yaml', 'Call {tel:okit}.', 'Call OKIT.'),
      expected: (c) => ({
        file: 'en/guide.yaml',
        path: 'sections.hotline.blocks[0]',
        message: /has the tokens \[\] but the source text has \[tel:okit\]; keep every \{kind:id\} token of .*hu\/guide\.yaml/,
        line: c.lineOf('en/guide.yaml', 'Call OKIT.'),
      }),
    },
  ]);

  // The 06/… form fails when dialled by hand from a foreign SIM card: only hu may show it.
  // The hotline block's call to OKIT, in each language's words.
  const callOkit = {en: 'Call {tel:okit}.', uk: 'номером {tel:okit}.'};
  for (const locale of ['en', 'uk'] as const) {
    test(`an ${locale} text with the 06 form of the number`, () => {
      expectRejected(
        (c) => c.replace(`${locale}/guide.yaml`, callOkit[locale], callOkit[locale].replace('{tel:okit}', '{tel-domestic:okit}')),
        (c) => ({
          file: `${locale}/guide.yaml`,
          path: 'sections.hotline.blocks[0]',
          message:
            /token \{tel-domestic:okit\} shows the 06\/… form, which fails when dialled from a foreign SIM card; use \{tel:okit\} \(the international form\)/,
          line: c.lineOf(`${locale}/guide.yaml`, '{tel-domestic:okit}'),
        }),
      );
    });
  }

  rejects([
    {
      name: 'an en text that spells out the 06 form by hand',
      mutate: (c) => c.replace('en/guide.yaml', 'Call {tel:okit}.', 'Call 06/80-20-55-20.'),
      expected: {file: 'en/guide.yaml', path: 'sections.hotline.blocks[0]', message: /spells out a phone number or an address/, line: true},
    },
    {
      name: 'a block count mismatch',
      mutate: (c) => c.editDoc('en/guide.yaml', (doc) => assert.ok(doc.deleteIn(['sections', 'shelters', 'blocks', 3]))),
      expected: (c) => ({
        file: 'en/guide.yaml',
        path: 'sections.shelters.blocks',
        message: /has 3 blocks but .*hu\/guide\.yaml has 4; translate each block, in the same order/,
        line:
          c
            .read('en/guide.yaml')
            .split('\n')
            .findIndex((line, index) => index >= c.lineOf('en/guide.yaml', 'title: Protected shelters') && line === '    blocks:') + 1,
      }),
    },
    {
      name: 'a list item count mismatch',
      mutate: (c) => c.editDoc('en/guide.yaml', (doc) => assert.ok(doc.deleteIn(['sections', 'shelters', 'blocks', 2, 'list', 2]))),
      expected: {
        file: 'en/guide.yaml',
        path: 'sections.shelters.blocks[2].list',
        message: /has 2 items but .*hu\/guide\.yaml has 3; translate each item/,
        line: true,
      },
    },
    {
      name: 'a block of the wrong kind (a paragraph where hu has a list)',
      mutate: (c) =>
        c.editDoc('en/guide.yaml', (doc) => {
          const blocks = doc.getIn(['sections', 'shelters', 'blocks']);
          assert.ok(isSeq(blocks) && isMap(blocks.items[2]));
          doc.setIn(['sections', 'shelters', 'blocks', 2], 'a lawyer, a psychologist and a social worker');
        }),
      expected: {file: 'en/guide.yaml', path: 'sections.shelters.blocks[2]', message: /must be a list block, as in .*hu\/guide\.yaml/, line: true},
    },
    {
      name: 'locale field not matching its folder',
      mutate: (c) => c.replace('en/guide.yaml', 'locale: en\n', 'locale: de\n'),
      expected: (c) => ({
        file: 'en/guide.yaml',
        path: 'locale',
        message: /must be "en", the name of its folder, found string "de"/,
        line: c.lineOf('en/guide.yaml', 'locale: de'),
      }),
    },
    {
      name: 'review is not pending or done',
      mutate: (c) => c.replace('uk/guide.yaml', '\nreview: pending\n', '\nreview: maybe\n'),
      expected: (c) => ({
        file: 'uk/guide.yaml',
        path: 'review',
        message: /must be one of pending, done, found string "maybe"/,
        line: c.lineOf('uk/guide.yaml', 'review: maybe'),
      }),
    },
  ]);
});

describe('Texts: tokens, markup, hidden characters, length', () => {
  rejects([
    {
      name: 'unknown token kind {foo:okit}',
      mutate: (c) => c.replace('hu/guide.yaml', 'a {tel-domestic:okit} számon', 'a {tel-domestic:okit} számon ({foo:okit})'),
      expected: (c) => ({
        file: 'hu/guide.yaml',
        path: 'sections.hotline.blocks[0]',
        message: /token \{foo:okit\} has an unknown kind; use one of tel, tel-domestic, link, material/,
        line: c.lineOf('hu/guide.yaml', '{foo:okit}'),
      }),
    },
  ]);

  for (const [name, from, to] of [
    ['an opening brace', 'Call {tel:okit}.', 'Call {tel:okit}. {'],
    ['a closing brace', 'title: Call OKIT\n', 'title: Call OKIT}\n'],
    ['a broken token', 'Call {tel:okit}.', 'Call {tel:okit}. {tel: okit}'],
    ['an upper-case id', 'Call {tel:okit}.', 'Call {tel:okit}. {link:OKIT}'],
  ] as const) {
    test(`stray brace: ${name}`, () => {
      expectRejected((c) => c.replace('en/guide.yaml', from, to), {
        file: 'en/guide.yaml',
        path: from.startsWith('title') ? 'sections.hotline.title' : 'sections.hotline.blocks[0]',
        message: /has a brace that is not part of a \{kind:id\} token; remove it, or write the token whole/,
        line: true,
      });
    });
  }

  for (const [markup, what] of [
    ['<img src=x onerror=alert(1)>', 'an HTML tag'],
    ['<b>OKIT</b>', 'an HTML tag'],
    ['<script>alert(1)</script>', 'an HTML tag'],
    ['<!-- hidden -->', 'an HTML tag'],
    ['Tom &amp; Jerry', 'an HTML character reference'],
    ['&#60;b&#62;', 'an HTML character reference'],
    ['[x](http://example.org)', 'a Markdown link'],
    ['**bold**', 'Markdown emphasis'],
    ['__bold__', 'Markdown emphasis'],
    ['javascript:alert(1)', 'a javascript: URL'],
  ] as const) {
    test(`markup in a text: ${markup}`, () => {
      expectRejected(
        (c) => c.editDoc('en/guide.yaml', (doc) => doc.setIn(['sections', 'hotline', 'title'], `Call ${markup}`)),
        (c) => ({
          file: 'en/guide.yaml',
          path: 'sections.hotline.title',
          message: new RegExp(`contains ${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; texts are plain text\\. Remove it`),
          line: c.lineOf('en/guide.yaml', 'title: Call '),
        }),
      );
    });
  }

  test('markup in a list item and in a types name is caught too', () => {
    expectRejected((c) => c.replace('hu/guide.yaml', '- jogász\n', '- <i>jogász</i>\n'), {
      file: 'hu/guide.yaml',
      path: 'sections.shelters.blocks[2].list[0]',
      message: /contains an HTML tag/,
      line: true,
    });
    expectRejected((c) => c.replace('uk/guide.yaml', 'older-people:', 'older-people: "**"\n  x-older-people:'), {
      file: 'uk/guide.yaml',
      path: 'types.older-people',
      message: /contains Markdown emphasis/,
      line: true,
    });
  });

  for (const [name, escape] of [
    ['right-to-left override U+202E', '\\u202E'],
    ['left-to-right isolate U+2066', '\\u2066'],
    ['right-to-left mark U+200F', '\\u200F'],
    ['Arabic letter mark U+061C', '\\u061C'],
    ['bell U+0007', '\\a'],
    ['NUL', '\\0'],
    ['escape U+001B', '\\e'],
    ['C1 control U+009B (CSI)', '\\u009B'],
    ['delete U+007F', '\\x7F'],
    ['zero-width space U+200B', '\\u200B'],
    ['word joiner U+2060', '\\u2060'],
    ['byte order mark U+FEFF inside a text', '\\uFEFF'],
  ] as const) {
    test(`control character in a text: ${name}`, () => {
      expectRejected(
        (c) => c.replace('en/guide.yaml', '  short: OKIT\n', `  short: "OKIT${escape}TIKO"\n`),
        (c) => ({
          file: 'en/guide.yaml',
          path: 'hotline.short',
          message: /contains a control or bidirectional-override character; remove it/,
          line: c.lineOf('en/guide.yaml', 'short:'),
        }),
      );
    });
  }

  test('a very long string (over the maximum)', () => {
    const long = 'Help. '.repeat(Math.ceil((maxTextLength + 1) / 6));
    expectRejected(
      (c) => c.editDoc('en/guide.yaml', (doc) => doc.setIn(['sections', 'no-trace', 'blocks', 0], long)),
      (c) => ({
        file: 'en/guide.yaml',
        path: 'sections.no-trace.blocks[0]',
        message: new RegExp(`is ${long.length} characters long; split it into paragraphs of at most ${maxTextLength}`),
        line: c.lineOf('en/guide.yaml', 'Help. Help.'),
      }),
    );
  });

  test('a text at exactly the maximum length passes', () => {
    const copy = badContent((c) => c.editDoc('en/guide.yaml', (doc) => doc.setIn(['sections', 'no-trace', 'blocks', 0], 'a'.repeat(maxTextLength))));
    assert.equal(loadContent(copy.dir).locales.en.sections['no-trace'].blocks[0], 'a'.repeat(maxTextLength));
  });

  for (const [name, text] of [
    ['the number in its domestic form', 'Call 06/80-20-55-20.'],
    ['the number in its international form', 'Call +36 80 20 55 20.'],
    ['the number in E.164', 'Call +3680205520.'],
    ['an address with its scheme', 'See http://okit.hu.'],
    ['an address with www.', 'See www.okit.hu.'],
    ['a bare domain', 'See okit.hu.'],
  ] as const) {
    test(`a text that spells out a fact instead of a token: ${name}`, () => {
      expectRejected(
        (c) => c.editDoc('en/guide.yaml', (doc) => doc.setIn(['sections', 'hotline', 'title'], text)),
        (c) => ({
          file: 'en/guide.yaml',
          path: 'sections.hotline.title',
          message:
            /spells out a phone number or an address; write it in facts\.yaml once and refer to it with a \{tel:ID\}, \{tel-domestic:ID\} or \{link:ID\} token/,
          line: c.lineOf('en/guide.yaml', text.slice(0, 6)),
        }),
      );
    });
  }
});

describe('Several problems at once', () => {
  test('every problem in a locale is reported in one run', () => {
    const copy = badContent((c) =>
      c
        .replace('en/guide.yaml', '\nreview: pending\n', '\nreview: maybe\n')
        .replace('en/guide.yaml', '  short: OKIT\n', '  short: "<b>OKIT</b>"\n')
        .replace('uk/guide.yaml', 'за номером {tel:okit}', 'за номером OKIT'),
    );
    const errors = copy.errors();
    const found = [
      expectError(errors, {file: 'en/guide.yaml', path: 'review', message: /pending, done/, line: true}),
      expectError(errors, {file: 'en/guide.yaml', path: 'hotline.short', message: /HTML tag/, line: true}),
      expectError(errors, {file: 'uk/guide.yaml', path: 'sections.hotline.blocks[0]', message: /keep every/, line: true}),
    ];
    expectCliFails(copy.dir, ...found);
    assert.equal(errors.length, 3, 'one error per problem, no noise');
  });
});

describe('Truth: every finder answer, eligibility case and outside fact quotes its source', () => {
  rejects([
    {
      name: 'a finder answer whose quote is not in the seed',
      mutate: (c) =>
        c.replace(
          'facts.yaml',
          '      - need: children\n        because: "védelmet kereső szülőt és gyermekét"',
          '      - need: children\n        because: "védelmet kereső anyát és gyermekét"',
        ),
      expected: (c) => ({
        file: 'facts.yaml',
        path: 'services[3].needs[0].because',
        message: new RegExp(`"védelmet kereső anyát és gyermekét" is not in ${seedFile.source}; quote the source's own words exactly`),
        line: c.lineOf('facts.yaml', 'védelmet kereső anyát'),
      }),
    },
    {
      name: 'a finder answer without a quote',
      mutate: (c) => c.editDoc('facts.yaml', (doc) => assert.ok(doc.deleteIn(['services', 0, 'needs', 0, 'because']))),
      expected: {
        file: 'facts.yaml',
        path: 'services[0].needs[0].because',
        message: /is missing; every finder answer quotes the source's sentence that makes the service fit the need/,
        line: true,
      },
    },
    {
      name: 'a finder answer with a quote that only paraphrases the seed',
      mutate: (c) => c.replace('facts.yaml', 'because: "Hajléktalan személyek számára', 'because: "Hajléktalan emberek számára'),
      expected: {file: 'facts.yaml', path: 'services[5].needs[0].because', message: /is not in seed\/000_8f1eb2905487cb90\.txt/, line: true},
    },
  ]);

  test('an eligibility case without a quote, and one the seed does not admit', () => {
    expectRejected((c) => c.editDoc('facts.yaml', (doc) => assert.ok(doc.deleteIn(['services', 3, 'eligibility', 0, 'because']))), {
      file: 'facts.yaml',
      path: 'services[3].eligibility[0].because',
      message: /is missing; quote the source's sentence that admits this case/,
      line: true,
    });
    expectRejected(
      (c) => c.replace('facts.yaml', 'because: "a szülészetről kikerülő anyát és gyermekét"', 'because: "a szülészetről kikerülő apát és gyermekét"'),
      {file: 'facts.yaml', path: 'services[3].eligibility[8].because', message: /is not in seed\/000_8f1eb2905487cb90\.txt/, line: true},
    );
  });

  test('a need that was withdrawn for want of a source comes back', () => {
    expectRejected((c) => c.replace('facts.yaml', 'needs: [safe-place-now, children,', 'needs: [abroad-go-home, safe-place-now, children,'), {
      file: 'facts.yaml',
      path: 'needs',
      message: /"abroad-go-home" is listed under not-offered \(The seed offers no service for someone abroad.*\); remove it from needs/,
      line: true,
    });
    expectRejected((c) => c.replace('facts.yaml', iomNeeds, withIomNeeds('      - need: abroad-go-home\n        because: "ITT TALÁLHATSZ"\n')), {
      file: 'facts.yaml',
      path: 'services[8].needs[0].need',
      message: /"abroad-go-home" is not offered \(The seed offers no service.*\); remove this answer/,
      line: true,
    });
  });

  rejects([
    {
      name: 'a need that no service answers',
      mutate: (c) => c.replace('facts.yaml', 'needs: [safe-place-now, children,', 'needs: [money, safe-place-now, children,'),
      expected: {
        file: 'facts.yaml',
        path: 'needs',
        message: /"money" is answered by no service; add an answer with a quote under a service's needs:, or remove the need/,
        line: true,
      },
    },
  ]);

  test('a finder answer limited by an unknown need, or by its own need', () => {
    expectRejected(
      (c) =>
        c.replace(
          'facts.yaml',
          '        with: [children]\n        because: "az otthontalanná vált, bántalmazott',
          '        with: [kids]\n        because: "az otthontalanná vált, bántalmazott',
        ),
      {
        file: 'facts.yaml',
        path: 'services[3].needs[2].with[0]',
        message: /"kids" is not a known need; use one of/,
        line: true,
      },
    );
    expectRejected(
      (c) =>
        c.replace(
          'facts.yaml',
          '        with: [children]\n        because: "az otthontalanná vált, bántalmazott',
          '        with: [hurt-by-partner]\n        because: "az otthontalanná vált, bántalmazott',
        ),
      {
        file: 'facts.yaml',
        path: 'services[3].needs[2].with',
        message: /names "hurt-by-partner", the answer's own need; remove it/,
        line: true,
      },
    );
  });

  rejects([
    {
      name: 'a fact beyond the seed whose quote is not in the excerpt of its source',
      mutate: (c) =>
        c.replace(
          'facts.yaml',
          '"A segélyhívó számok hívása a hívó fél részére díjmentes."',
          '"A segélyhívó számok hívása díjmentes, és a nap 24 órájában fogadják."',
        ),
      expected: {
        file: 'facts.yaml',
        path: `services[${emergency}].source.quotes[1]`,
        message: /is not in sources\/nmhh-segelyhivo-szamok\.txt; quote the source's own words exactly/,
        line: true,
      },
    },
  ]);

  test('a fact beyond the seed whose excerpt file does not exist, or that quotes nothing', () => {
    expectRejected((c) => c.replace('facts.yaml', 'excerpt: nmhh-segelyhivo-szamok.txt', 'excerpt: nmhh.txt'), {
      file: 'facts.yaml',
      path: `services[${emergency}].source.excerpt`,
      message: /sources\/nmhh\.txt cannot be read; add the file with the sentences read at https:\/\/nmhh\.hu/,
      line: true,
    });
    expectRejected((c) => c.editDoc('facts.yaml', (doc) => doc.setIn(['services', emergency, 'source', 'quotes'], doc.createNode([]))), {
      file: 'facts.yaml',
      path: `services[${emergency}].source.quotes`,
      message: /must hold at least one sentence of the source; add the words the fact rests on/,
      line: true,
    });
  });

  test('a short number that is not one, or a service with both a phone and a short number', () => {
    expectRejected((c) => c.replace('facts.yaml', 'dial: "112"', 'dial: "+36 112"'), {
      file: 'facts.yaml',
      path: `services[${emergency}].dial`,
      message: /is not a short number; write its 3 to 6 digits only/,
      line: true,
    });
    expectRejected(
      (c) =>
        c.replace('facts.yaml', 'dial: "112"', 'dial: "112"\n    phone: {e164: "+3680205520", international: "+36 80 20 55 20", domestic: "06/80-20-55-20"}'),
      {file: 'facts.yaml', path: `services[${emergency}].dial`, message: /a service has a phone or a short number to dial, not both; remove one/, line: true},
    );
  });

  test('a section names a seed paragraph that does not exist, or one another section carries', () => {
    expectRejected((c) => c.replace('facts.yaml', '    seed: [6]\n', '    seed: [99]\n'), {
      file: 'facts.yaml',
      path: 'sections[3].seed[0]',
      message: /number 99 is not a paragraph of the seed; use a number from 1 to 18/,
      line: true,
    });
    expectRejected((c) => c.replace('facts.yaml', '    seed: [6]\n', '    seed: [5]\n'), {
      file: 'facts.yaml',
      path: 'sections[3].seed[0]',
      message: /paragraph 5 already belongs to section "shelters"; each paragraph has one home, so remove it from one of the two/,
      line: true,
    });
  });

  rejects([
    {
      name: 'a section under a section that does not come before it',
      mutate: (c) => c.replace('facts.yaml', '    seed: [8, 9, 10]\n    under: alternatives\n', '    seed: [8, 9, 10]\n    under: no-trace\n'),
      expected: {
        file: 'facts.yaml',
        path: 'sections[5].under',
        message: /"no-trace" is not a section before this one; use the id of a section that comes earlier/,
        line: true,
      },
    },
  ]);
});

/** Every text of a section in every locale: its title, summary sentences, paragraphs and list items. */
function editSection(c: ContentCopy, id: string, edit: (text: string) => string): void {
  for (const locale of ['hu', 'en', 'uk']) {
    c.editDoc(`${locale}/guide.yaml`, (doc) => {
      const section = doc.getIn(['sections', id]);
      assert.ok(isMap(section), `sections.${id} in ${locale}`);
      const summary = section.get('summary');
      if (isSeq(summary)) for (const sentence of summary.items) if (isMap(sentence)) sentence.set('text', edit(String(sentence.get('text'))));
      const blocks = section.get('blocks');
      assert.ok(isSeq(blocks));
      blocks.items.forEach((block, i) => {
        if (isMap(block) && isSeq(block.get('list'))) {
          const list = block.get('list') as {items: unknown[]; set: (key: number, value: string) => void};
          list.items.forEach((item, j) => list.set(j, edit(String(item))));
        } else if (!isMap(block)) blocks.set(i, edit(String(block)));
      });
    });
  }
}

/** Takes out every number and link ({tel:…}, {tel-domestic:…}, {link:…}), with the colon or brackets before it. */
const withoutActions = (text: string) => text.replace(/:?\s*\(?\{(?:tel|tel-domestic|link):[a-z0-9-]+\}\)?/g, '');

describe('No dead ends: every section the finder shows gives a number or a link', () => {
  rejects([
    {
      name: 'a section the finder shows (domestic violence) whose texts carry no number or link of its own',
      mutate: (c) => editSection(c, 'domestic-violence', withoutActions),
      expected: (c) => ({
        file: 'hu/guide.yaml',
        path: 'sections.domestic-violence',
        message:
          /is shown by the finder \(a service in it answers a need\) but gives the reader nothing to do: add a number \(\{tel:ID\}\) or a link \(\{link:ID\}\) of a service that has one, with its source, or remove the finder answers of its services/,
        line: c.lineOf('hu/guide.yaml', '  domestic-violence:'),
      }),
    },
    {
      name: 'a section whose only pointer is a material without an address (victim support as it was before issue 19)',
      mutate: (c) => {
        editSection(c, 'victim-support', withoutActions);
        for (const [locale, text] of [
          ['hu', 'Részletek: {material:victim-support-in-hungary}.'],
          ['en', 'Details: {material:victim-support-in-hungary}.'],
          ['uk', 'Подробиці: {material:victim-support-in-hungary}.'],
        ])
          c.editDoc(`${locale}/guide.yaml`, (doc) => (doc.getIn(['sections', 'victim-support', 'blocks']) as {add: (value: string) => void}).add(text));
        // The line answers no need here, so the section is not a finder answer: only the material is left.
        c.editDoc('facts.yaml', (doc) => doc.setIn(['services', victimSupportLine, 'needs'], doc.createNode([])));
      },
      expected: (c) => ({
        file: 'hu/guide.yaml',
        path: 'sections.victim-support',
        message:
          /points only at \{material:victim-support-in-hungary\}, which has no address; add a number \(\{tel:ID\}\) or a working link \(\{link:ID\}\) from a source, or give the material a url: in facts\.yaml/,
        line: c.lineOf('hu/guide.yaml', '  victim-support:'),
      }),
    },
    {
      name: 'a further source (also:) whose quote is not in its excerpt: the line read as 225-255',
      mutate: (c) =>
        c.replace(
          'facts.yaml',
          '"for support you may also call the non-stop line 06 80 225 225"',
          '"for support you may also call the non-stop line 06 80 225 255"',
        ),
      expected: (c) => ({
        file: 'facts.yaml',
        path: `services[${victimSupportLine}].also[2].quotes[0]`,
        message: /is not in sources\/bmbah-victims-of-trafficking\.txt; quote the source's own words exactly/,
        line: c.lineOf('facts.yaml', '06 80 225 255'),
      }),
    },
  ]);
});

describe('Plain-language summaries', () => {
  test('a summary sentence of 21 words', () => {
    const long = 'The call to this line is free from anywhere in Hungary, during the day and the night, on every single day.';
    expectRejected(
      (c) => c.replace('en/guide.yaml', 'You can call 24 hours a day, every day of the week.', long),
      (c) => ({
        file: 'en/guide.yaml',
        path: 'sections.hotline.summary[2].text',
        message: /has 21 words; a summary sentence has at most 20\. Split it or say less/,
        line: c.lineOf('en/guide.yaml', long),
      }),
    );
  });

  rejects([
    {
      name: 'a summary item that holds two sentences',
      mutate: (c) => c.replace('en/guide.yaml', 'call OKIT."}', 'call OKIT. It is free."}'),
      expected: {file: 'en/guide.yaml', path: 'sections.hotline.summary[0].text', message: /holds 2 sentences; write one idea a sentence/, line: true},
    },
    {
      // Chinese ends a sentence with "。", and no space follows it.
      name: 'a Chinese summary item that holds two sentences',
      mutate: (c) => c.replace('zh-Hans/guide.yaml', '请拨打OKIT。"}', '请拨打OKIT。从匈牙利拨打免费。"}'),
      expected: {file: 'zh-Hans/guide.yaml', path: 'sections.hotline.summary[0].text', message: /holds 2 sentences; write one idea a sentence/, line: true},
    },
  ]);

  // Chinese has no spaces: its words are found by the Unicode word rules.
  rejects([
    {
      name: 'a Chinese summary sentence of more than 20 words',
      mutate: (c) =>
        c.replace(
          'zh-Hans/guide.yaml',
          '"从匈牙利拨打免费。"',
          '"无论您在匈牙利的哪个城市或者哪个村庄，白天或者夜里，工作日或者周末，从任何电话拨打这个号码都是免费的。"',
        ),
      expected: {
        file: 'zh-Hans/guide.yaml',
        path: 'sections.hotline.summary[3].text',
        message: /has 2\d words; a summary sentence has at most 20\. Split it or say less/,
        line: true,
      },
    },
  ]);

  test('most summary sentences over 15 words', () => {
    const sixteen = 'This sentence is here only to be long, and it has exactly sixteen words in it today.';
    expectRejected(
      (c) =>
        c.editDoc('en/guide.yaml', (doc) => {
          for (const id of ['hotline', 'shelters', 'victim-support', 'alternatives', 'family-homes', 'domestic-violence', 'homeless', 'other-homes']) {
            const count = (doc.getIn(['sections', id, 'summary']) as {items: unknown[]}).items.length;
            for (let i = 0; i < count; i++) {
              const text = String(doc.getIn(['sections', id, 'summary', i, 'text']));
              // Tokens stay, so that only the length is wrong.
              const tokens = text.match(/\{[a-z-]+:[a-z0-9-]+\}/g)?.join(' ');
              doc.setIn(['sections', id, 'summary', i, 'text'], tokens ? `${sixteen.slice(0, -1)} ${tokens}` : sixteen);
            }
          }
        }),
      {
        file: 'en/guide.yaml',
        path: 'sections',
        message: /summary sentences have more than 15 words \(.*\); split or rewrite them until most have 15 or fewer/,
        line: true,
      },
    );
  });

  rejects([
    {
      name: 'a summary with jargon the reader may not know',
      mutate: (c) => c.replace('hu/guide.yaml', 'Ott szakemberek segítenek, például', 'Ott komplex segítséget kapsz, például'),
      expected: {
        file: 'hu/guide.yaml',
        path: 'sections.shelters.summary[2].text',
        message: /uses "komplex…", which a reader in crisis may not know; write it in everyday words/,
        line: true,
      },
    },
    {
      name: 'a summary sentence that restates a paragraph of another section',
      mutate: (c) => c.replace('hu/guide.yaml', '{from: 1, text: "Ha emberkereskedelem áldozata vagy', '{from: 4, text: "Ha emberkereskedelem áldozata vagy'),
      expected: {
        file: 'hu/guide.yaml',
        path: 'sections.hotline.summary[0].from',
        message: /number 4 is not a source of this section; use the seed paragraph it restates or the advice it follows: one of 1, 2, 3/,
        line: true,
      },
    },
  ]);

  test('a translated summary that restates another paragraph, or has fewer sentences', () => {
    expectRejected((c) => c.replace('en/guide.yaml', '{from: 10, text: "They help to sort out', '{from: 9, text: "They help to sort out'), {
      file: 'en/guide.yaml',
      path: 'sections.family-homes.summary[3].from',
      message: /is number 9 but .*hu\/guide\.yaml says number 10; correct it: a translation restates the same paragraph/,
      line: true,
    });
    expectRejected((c) => c.editDoc('uk/guide.yaml', (doc) => assert.ok(doc.deleteIn(['sections', 'shelters', 'summary', 4]))), {
      file: 'uk/guide.yaml',
      path: 'sections.shelters.summary',
      message: /has 4 sentences but .*hu\/guide\.yaml has 5; translate each summary sentence, one for one/,
      line: true,
    });
  });

  test('a section without a summary, and a summary-review that is not pending or done', () => {
    expectRejected((c) => c.editDoc('uk/guide.yaml', (doc) => assert.ok(doc.deleteIn(['sections', 'homeless', 'summary']))), {
      file: 'uk/guide.yaml',
      path: 'sections.homeless.summary',
      message: /must be a list/,
      line: true,
    });
    expectRejected((c) => c.replace('hu/guide.yaml', 'summary-review: pending', 'summary-review: soon'), {
      file: 'hu/guide.yaml',
      path: 'summary-review',
      message: /must be one of pending, done, found string "soon"/,
      line: true,
    });
  });

  test('a locale without the emergency line or the line about its sources', () => {
    expectRejected((c) => c.editDoc('uk/guide.yaml', (doc) => assert.ok(doc.deleteIn(['emergency']))), {
      file: 'uk/guide.yaml',
      path: 'emergency',
      message: /is missing\. Translate it/,
    });
    expectRejected((c) => c.editDoc('en/guide.yaml', (doc) => assert.ok(doc.deleteIn(['about', 'unreviewed']))), {
      file: 'en/guide.yaml',
      path: 'about.unreviewed',
      message: /is missing\. Translate it/,
      line: true,
    });
    expectRejected((c) => c.replace('en/guide.yaml', 'call {tel:emergency-112} (the', 'call 112 (the'), {
      file: 'en/guide.yaml',
      path: 'emergency',
      message: /has the tokens \[\] but the source text has \[tel:emergency-112\]/,
      line: true,
    });
  });
});

describe('One run tells everything', () => {
  test('a facts.yaml with problems does not hide the problems of the locales', () => {
    const copy = badContent((c) =>
      c
        .replace('facts.yaml', 'kind: shelter\n', 'kind: safehouse\n')
        .replace('facts.yaml', 'e164: "+3680205520"', 'e164: "06802055 20"')
        .replace('en/guide.yaml', '  short: OKIT\n', '  short: "<b>OKIT</b>"\n')
        .replace('uk/guide.yaml', 'за номером {tel:okit}', 'за номером OKIT'),
    );
    const errors = copy.errors();
    const found = [
      expectError(errors, {file: 'facts.yaml', path: 'services[1].kind', message: /must be one of/, line: true}),
      expectError(errors, {file: 'facts.yaml', path: 'services[0].phone.e164', message: /is not E\.164/, line: true}),
      expectError(errors, {file: 'en/guide.yaml', path: 'hotline.short', message: /HTML tag/, line: true}),
      expectError(errors, {file: 'uk/guide.yaml', path: 'sections.hotline.blocks[0]', message: /keep every/, line: true}),
    ];
    expectCliFails(copy.dir, ...found);
    assert.equal(errors.length, 4, `one error per problem, no noise:\n${errors.map((e) => e.message).join('\n')}`);
  });

  test('a source locale with problems does not hide the problems of its translations', () => {
    const copy = badContent((c) =>
      c
        .replace('hu/guide.yaml', '  short: OKIT\n', '  short: "OKIT\\u202e"\n')
        .editDoc('en/guide.yaml', (doc) => assert.ok(doc.deleteIn(['needs', 'talk-now'])))
        .replace('uk/guide.yaml', '\nreview: pending\n', '\nreview: maybe\n'),
    );
    const errors = copy.errors();
    const found = [
      expectError(errors, {file: 'hu/guide.yaml', path: 'hotline.short', message: /control or bidirectional-override character/, line: true}),
      expectError(errors, {file: 'en/guide.yaml', path: 'needs.talk-now', message: /is missing\. Translate it from/, line: true}),
      expectError(errors, {file: 'uk/guide.yaml', path: 'review', message: /must be one of pending, done/, line: true}),
    ];
    expectCliFails(copy.dir, ...found);
    assert.equal(errors.length, 3, `one error per problem, no noise:\n${errors.map((e) => e.message).join('\n')}`);
  });
});

describe('Pictograms: every section and need has one (src/content/pictograms.ts)', () => {
  rejects([
    {
      name: 'a need without a pictogram',
      mutate: (c) => c.replace('facts.yaml', 'needs: [safe-place-now, children,', 'needs: [money, safe-place-now, children,'),
      expected: {
        file: 'facts.yaml',
        path: 'needs[0]',
        message: /need "money" has no pictogram; add "money" to needPictograms in src\/content\/pictograms\.ts, with the @tabler\/icons outline icon/,
        line: true,
      },
    },
    {
      name: 'a section without a pictogram',
      mutate: (c) => c.replace('facts.yaml', '  - id: no-trace\n    services: []', '  - id: leaving-safely\n    services: []'),
      expected: {
        file: 'facts.yaml',
        path: 'sections[11].id',
        message: /section "leaving-safely" has no pictogram; add "leaving-safely" to sectionPictograms in src\/content\/pictograms\.ts/,
        line: true,
      },
    },
  ]);
});

describe('"Say this in Hungarian": the Hungarian sentences once, each translation its own part', () => {
  rejects([
    {
      name: 'a translation without the card',
      mutate: (c) => c.editDoc('en/guide.yaml', (doc) => doc.delete('phrases')),
      expected: {file: 'en/guide.yaml', path: 'phrases', message: /is missing; add the "Say this in Hungarian" card: heading, i-speak/},
    },
    {
      name: 'a translation that does not say what a Hungarian sentence means',
      mutate: (c) => c.replace('en/guide.yaml', '    need-help: I need help.\n', ''),
      expected: {
        file: 'en/guide.yaml',
        path: 'phrases.says.need-help',
        message: /is missing\. Write what the Hungarian sentence with this id \(under phrases: in the source locale's guide\.yaml, or i-speak above\) means/,
      },
    },
    {
      name: 'a translation that means a sentence Hungarian does not have',
      mutate: (c) =>
        c.replace('uk/guide.yaml', '    need-help: Мені потрібна допомога.\n', '    need-help: Мені потрібна допомога.\n    call-police: Викличте поліцію.\n'),
      expected: {
        file: 'uk/guide.yaml',
        path: 'phrases.says.call-police',
        message: /is not a known key here; expected only need-help, no-hungarian, speak-english, i-speak/,
      },
    },
    {
      name: '"I speak …" written in the reader\'s language, not in Hungarian',
      mutate: (c) => c.replace('en/guide.yaml', '  i-speak: Angolul beszélek.\n', '  i-speak: I speak English.\n'),
      expected: {
        file: 'en/guide.yaml',
        path: 'phrases.i-speak',
        message: /must be the Hungarian sentence "I speak <this language>", e\.g\. "Angolul beszélek\."/,
      },
    },
    {
      name: 'a translation without its own "I speak …"',
      mutate: (c) => c.replace('uk/guide.yaml', '  i-speak: Ukránul beszélek.\n', ''),
      expected: {file: 'uk/guide.yaml', path: 'phrases.i-speak', message: /is missing; add the Hungarian sentence "I speak <this language>"/},
    },
    {
      name: 'a phrase with a {tel:…} token, which the card would show without its link',
      mutate: (c) => c.replace('en/guide.yaml', '    need-help: I need help.\n', '    need-help: "I need help: {tel:okit}"\n'),
      expected: {file: 'en/guide.yaml', path: 'phrases.says.need-help', message: /a phrase is shown as written; remove it/},
    },
    {
      name: 'Hungarian without the sentences',
      mutate: (c) => c.editDoc('hu/guide.yaml', (doc) => doc.delete('phrases')),
      expected: {file: 'hu/guide.yaml', path: 'phrases', message: /is missing; add the Hungarian sentences of the "Say this in Hungarian" card/},
    },
    {
      name: 'Hungarian with an "I speak …" of its own, which each translation writes',
      mutate: (c) => c.replace('hu/guide.yaml', '  speak-english: Beszél angolul?\n', '  speak-english: Beszél angolul?\n  i-speak: Angolul beszélek.\n'),
      expected: {file: 'hu/guide.yaml', path: 'phrases', message: /must not hold "i-speak": each translation writes its own/},
    },
  ]);
});
