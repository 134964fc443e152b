/**
 * The real content: it loads, every locale is there, every fact is written once with its
 * source, and nothing of the seed was lost on the way into content/hu/guide.yaml.
 */
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {loadContent} from '../../content-model/load.js';
import {normaliseSource} from '../../content-model/sources.js';
import {displayUrl, splitTokens} from '../../src/content/tokens.js';
import type {Block, GuideContent, LocaleTexts} from '../../content-model/types.js';
import {contentDir, runCheck} from './helpers.js';

// The original source text, kept in the repository so the check runs anywhere.
const seedPath = fileURLToPath(new URL('../../seed/000_8f1eb2905487cb90.txt', import.meta.url));
const content: GuideContent = loadContent(contentDir);
const hu = content.locales.hu;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function countIn(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Hungarian, the source, and every translation the guide ships. */
const allLocales = ['hu', 'en', 'uk', 'ro', 'bg', 'ru', 'sr', 'sq', 'vi', 'zh-Hans', 'mn'];

test('the real content loads, and check:content says so and exits 0', () => {
  assert.ok(content.facts.services.length > 0);
  const result = runCheck(contentDir);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^content ok: 11 services, 12 sections, locales hu, bg, en, mn, ro, ru, sq, sr, uk, vi, zh-Hans$/m);
  // It shows each locale's longest sentence, so an editor sees where the text is hardest.
  for (const locale of allLocales) {
    assert.match(result.stdout, new RegExp(`^${locale}: longest summary sentence \\d+ words: ".+"$`, 'm'));
    assert.match(result.stdout, new RegExp(`^${locale}: longest full-text sentence \\d+ words: ".+"$`, 'm'));
  }
});

test('every locale is present and complete: hu (the source) and the ten translations', () => {
  const folders = readdirSync(contentDir).filter((name) => statSync(join(contentDir, name)).isDirectory());
  assert.deepEqual(folders.sort(), [...allLocales].sort());
  assert.deepEqual(Object.keys(content.locales).sort(), [...allLocales].sort());
  const shape = (texts: LocaleTexts) =>
    JSON.stringify(texts, (key, value: unknown) => (typeof value === 'string' && !['locale', 'language', 'review', 'source'].includes(key) ? '' : value));
  for (const [locale, texts] of Object.entries(content.locales)) {
    assert.equal(texts.locale, locale);
    assert.deepEqual(
      Object.keys(texts.sections),
      content.facts.sections.map((s) => s.id),
      `${locale}: every section, in order`,
    );
    // Same keys, same blocks, same list lengths as hu: only the words differ.
    const strip = (t: LocaleTexts) => JSON.parse(shape(t)) as Record<string, unknown>;
    // The phrase card differs by design: Hungarian holds the sentences, a translation what they mean (invalid.test.ts).
    const {locale: _l, language: _n, review: _r, source: _s, phrases: _p, ...rest} = strip(texts);
    const {locale: _hl, language: _hn, review: _hr, source: _hs, phrases: _hp, ...huRest} = strip(hu);
    assert.deepEqual(rest, huRest, `${locale} has exactly the structure of hu`);
  }
  assert.equal(hu.review, 'done');
});

test("the seed's phone number and addresses each appear exactly once in content/", () => {
  const files = filesUnder(contentDir);
  assert.ok(files.length >= 4, 'facts.yaml and three guides');
  const once = ['06/80-20-55-20', '+36 80 20 55 20', 'okit.hu', 'szocialisportal.hu/szakmai-intezmenykereso/', 'hungary.iom.int/ct-return'];
  for (const needle of once) {
    const where = files.flatMap((file) => {
      const n = countIn(readFileSync(file, 'utf8'), needle);
      return n > 0 ? [`${relative(contentDir, file)} (${n})`] : [];
    });
    assert.deepEqual(where, ['facts.yaml (1)'], `"${needle}" appears once, in facts.yaml; found in: ${where.join(', ') || 'nowhere'}`);
  }
  // The number in any other spelling would be a second, unchecked copy.
  for (const file of files) {
    const digitsOnly = readFileSync(file, 'utf8').replace(/[^\d\n]/g, '');
    const expected = file.endsWith('facts.yaml') ? 3 : 0; // e164, international, domestic
    assert.equal(countIn(digitsOnly, '80205520'), expected, `${relative(contentDir, file)}: the okit number is spelled out only in facts.yaml`);
  }
});

test("the seed's facts are in facts.yaml, unchanged", () => {
  const byId = new Map(content.facts.services.map((s) => [s.id, s]));
  assert.deepEqual(byId.get('okit')?.phone, {e164: '+3680205520', international: '+36 80 20 55 20', domestic: '06/80-20-55-20'});
  assert.equal(byId.get('okit')?.url, 'http://okit.hu');
  assert.equal(byId.get('okit')?.hours, 'always');
  assert.equal(byId.get('okit')?.free, 'from-hungary');
  assert.equal(byId.get('institution-finder')?.url, 'http://szocialisportal.hu/szakmai-intezmenykereso/');
  assert.equal(byId.get('iom-information')?.url, 'http://hungary.iom.int/ct-return');
  assert.equal(byId.get('iom-information')?.kind, 'further-information');
  assert.deepEqual(byId.get('homeless-services')?.types, [
    'street-social-work',
    'night-shelter',
    'day-centre',
    'temporary-hostel',
    'rehabilitation-centre',
    'homeless-home',
  ]);
  assert.deepEqual(byId.get('other-temporary-homes')?.types, ['older-people', 'people-with-disabilities', 'psychiatric-patients', 'people-with-addictions']);
  assert.deepEqual(
    content.facts.materials.map((m) => m.id),
    ['shelter-materials', 'victim-support-in-hungary', 'domestic-violence'],
  );
  // The seed's "(#)" links have no address: a material without one renders as plain text, never as "#".
  for (const material of content.facts.materials) assert.notEqual(material.url, '#');
});

test('every fact says where it comes from; only facts read beyond the seed claim a check, on a real past day', () => {
  const today = new Date().toISOString().slice(0, 10);
  const realDay = (day: string, what: string) => {
    assert.match(day, /^\d{4}-\d{2}-\d{2}$/, `${what} is YYYY-MM-DD`);
    assert.equal(new Date(day).toISOString().slice(0, 10), day, `${what} is a real day`);
    assert.ok(day <= today, `${what} ${day} is not in the future`);
  };
  realDay(content.facts.seed.copied, 'seed.copied');
  for (const fact of [...content.facts.services, ...content.facts.materials, ...content.facts.advice]) {
    if ('seed' in fact.source) {
      // Copied from the seed: it names where in the seed, and makes no claim of a live check.
      assert.ok(fact.source.seed.trim().length > 0, `${fact.id}: where in the seed`);
      assert.deepEqual(Object.keys(fact.source), ['seed'], `${fact.id}: a seed fact claims no check`);
    } else {
      realDay(fact.source.checked, `${fact.id}: checked`);
      assert.match(fact.source.url, /^https?:\/\//, `${fact.id}: the source's address`);
      assert.ok(fact.source.quotes.length > 0, `${fact.id}: the words it rests on`);
    }
  }
  // Beyond the seed: the emergency number, the Victim Support Line, the signs of trafficking
  // and the no-trace advice (and, in `also`, the pages that confirm or add to a seed fact).
  const beyond = [...content.facts.services, ...content.facts.advice].filter((f) => !('seed' in f.source)).map((f) => f.id);
  assert.deepEqual(beyond.sort(), ['delete-single-pages', 'emergency-112', 'no-trace', 'private-browsing', 'trafficking-signs', 'victim-support-line']);
});

// ── The seed is not lost ─────────────────────────────────────────────────────────────────
//
// The seed, cut into pieces in its own order. Each piece says where content/hu/guide.yaml
// carries it (`guide`: a path and the text it must contain once the tokens are rendered as
// the widget renders them) and which tokens stand for its links. The test fails if a piece
// is missing from the guide, if the seed has text that no piece covers, or if the pieces
// are not in the seed's order.

interface SeedPiece {
  seed: string;
  guide: [path: string, text: string][];
  tokens?: [path: string, token: string][];
  /** Why the guide's words differ from the seed's, where they do. */
  note?: string;
}

const seedPieces: SeedPiece[] = [
  {
    seed: 'Az emberkereskedelem áldozatai számára az Országos Kríziskezelő és Információs Telefonszolgálat (OKIT) nyújthat bővebb tájékoztatást az elérhető jogi, hatósági, lakhatási és egyéb segítségnyújtási formákról a 06/80-20-55-20 számon.',
    guide: [
      [
        'sections.hotline.blocks[0]',
        'Az emberkereskedelem áldozatai számára az Országos Kríziskezelő és Információs Telefonszolgálat (OKIT) nyújthat bővebb tájékoztatást az elérhető jogi, hatósági, lakhatási és egyéb segítségnyújtási formákról a 06/80-20-55-20 számon.',
      ],
    ],
    tokens: [['sections.hotline.blocks[0]', '{tel-domestic:okit}']],
  },
  {
    seed: 'Ez a telefonszám ingyenesen hívható (Magyarországról), a nap 24 órájában, a hét minden napján.',
    guide: [['sections.hotline.blocks[0]', 'Ez a telefonszám ingyenesen hívható (Magyarországról), a nap 24 órájában, a hét minden napján.']],
  },
  // The hotline card.
  {seed: '0-24', guide: [['hotline.badge', '0-24']]},
  {seed: 'Országos Kríziskezelő és Információs Telefonszolgálat', guide: [['hotline.name', 'Országos Kríziskezelő és Információs Telefonszolgálat']]},
  {seed: '+36 80 20 55 20', guide: [['facts:okit.phone.international', '+36 80 20 55 20']]},
  {seed: 'ingyenesen hívható', guide: [['hotline.free', 'ingyenesen hívható']]},
  {
    seed: 'Az OKIT nyújt segítséget abban is, hogy áldozatsegítő intézményrendszer szolgáltatásait igénybe tud venni, ők irányítanak tovább lakhatást biztosító védett szállásokba.',
    guide: [
      [
        'sections.shelters.blocks[0]',
        'Az OKIT abban is segít, hogy igénybe tudd venni az áldozatsegítő intézmények szolgáltatásait. Az OKIT irányít tovább a lakhatást biztosító védett szállásokba.',
      ],
    ],
    note: 'in the guide\'s plain "te" voice: the seed\'s sentence is not grammatical ("hogy áldozatsegítő intézményrendszer szolgáltatásait igénybe tud venni")',
  },
  {
    seed: 'A kifejezetten az emberkereskedelem áldozatai számára létrejött és fenntartott védett szállások célja, hogy a súlyosan traumatizált, kizsákmányolt áldozatoknak szakemberek segítségével (jogász, pszichológus vagy mentálhigiénés szakember, szociális munkás) komplex, átfogó segítséget nyújtsanak a krízishelyzet kezelésében, majd ezt követően a rehabilitációban, reintegrációban.',
    guide: [
      [
        'sections.shelters.blocks[1]',
        'A kifejezetten az emberkereskedelem áldozatai számára létrejött és fenntartott védett szállások célja, hogy a súlyosan traumatizált, kizsákmányolt áldozatoknak szakemberek segítségével komplex, átfogó segítséget nyújtsanak a krízishelyzet kezelésében, majd ezt követően a rehabilitációban, reintegrációban.',
      ],
      ['sections.shelters.blocks[2].list[0]', 'jogász'],
      ['sections.shelters.blocks[2].list[1]', 'pszichológus vagy mentálhigiénés szakember'],
      ['sections.shelters.blocks[2].list[2]', 'szociális munkás'],
    ],
    note: 'the professionals in the parenthesis became a list after the sentence',
  },
  {
    seed: 'Az elérhető átmeneti szállásokról bővebb információkat talál az ezeket bemutató információs anyagainkban.',
    guide: [],
    note: "left out: it points only at unnamed materials that have no address, and \"anyagainkban\" (our materials) reads as the partner's own on a partner's site; the next sentence gives OKIT's number and website instead",
  },
  {
    seed: 'Az elérhető szolgáltatásokról további információhoz juthatsz az OKIT telefonszámán és honlapján (okit.hu) is.',
    guide: [
      [
        'sections.shelters.blocks[3]',
        'Az elérhető szolgáltatásokról további információhoz juthatsz az OKIT telefonszámán (06/80-20-55-20) és honlapján (okit.hu) is.',
      ],
    ],
    tokens: [
      ['sections.shelters.blocks[3]', '{tel-domestic:okit}'],
      ['sections.shelters.blocks[3]', '{link:okit}'],
    ],
    note: 'the number beside "telefonszámán", so that the sentence can be acted on',
  },
  {
    seed: 'A bűncselekmények áldozatainak további államilag fenntartott szolgáltatások is a rendelkezésére állnak.',
    guide: [['sections.victim-support.blocks[0]', 'A bűncselekmények áldozatainak további államilag fenntartott szolgáltatások is a rendelkezésére állnak.']],
  },
  {
    seed: 'Az áldozatvédelem ezen feladatait az Igazságügyi Minisztérium közvetlen irányítása alá tartozó Áldozatsegítő Központok, valamint a fővárosi és megyei kormányhivatalok mint területileg illetékes Áldozatsegítő Szolgálatok összehangoltan, szoros együttműködésben látják el.',
    guide: [
      [
        'sections.victim-support.blocks[0]',
        'Az áldozatvédelem ezen feladatait az Igazságügyi Minisztérium közvetlen irányítása alá tartozó Áldozatsegítő Központok, valamint a fővárosi és megyei kormányhivatalok mint területileg illetékes Áldozatsegítő Szolgálatok összehangoltan, szoros együttműködésben látják el.',
      ],
    ],
  },
  {
    seed: 'Ezekről a szolgáltatásokról az Áldozatsegítés Magyarországon című információs anyagunkon találhatsz részleteket és elérhetőségeket.',
    guide: [['sections.victim-support.blocks[3]', 'Ezekről a szolgáltatásokról az Áldozatsegítés Magyarországon című információs anyag is ír.']],
    tokens: [['sections.victim-support.blocks[3]', '{material:victim-support-in-hungary}']],
    note: '"anyagunkon" (our material) reads as the partner\'s own on a partner\'s site; "részleteket és elérhetőségeket" dropped: the material has no address, so the section gives the Victim Support Line and the centres\' contact list, from government pages, before it',
  },
  {
    seed: 'Ha emberkereskedelem áldozatai valamiért a fentebbi szolgáltatásokat nem szeretnék vagy nem tudják igénybe venni, akkor számukra – egyéb segítségnyújtásra okot adó körülmény fennállása esetén – az alábbi lehetőségek is rendelkezésre állnak:',
    guide: [
      [
        'sections.alternatives.blocks[0]',
        'Ha a fenti szolgáltatásokat valamiért nem szeretnéd vagy nem tudod igénybe venni, és más okból is segítségre szorulsz, az alábbi lehetőségek is rendelkezésedre állnak.',
      ],
    ],
    note: 'in the guide\'s "te" voice, under its "te" heading; "egyéb segítségnyújtásra okot adó körülmény fennállása esetén" as "és más okból is segítségre szorulsz"; the colon became a full stop: the options follow as sections',
  },
  {seed: 'CSALÁDOK ÁTMENETI OTTHONA', guide: [['sections.family-homes.title', 'Családok átmeneti otthona']], note: 'heading in sentence case'},
  {
    seed: 'A családok átmeneti otthona az otthontalanná vált, bántalmazott szülő és gyermeke számára biztosít bentlakásos ellátást.',
    guide: [
      [
        'sections.family-homes.blocks[0]',
        'A családok átmeneti otthona az otthontalanná vált, bántalmazott szülő és gyermeke számára biztosít bentlakásos ellátást.',
      ],
    ],
  },
  {
    seed: 'A szülő kérelmére a családok átmeneti otthonában együttesen helyezhető el a gyermek és szülője, valamint legfeljebb 21. életévének betöltéséig a gyermek nagykorú testvére, ha az elhelyezés hiányában lakhatásuk nem lenne biztosított, és a gyermeket emiatt el kellene választani szülőjétől, családjától.',
    guide: [
      [
        'sections.family-homes.blocks[0]',
        'A szülő kérelmére a családok átmeneti otthonában együttesen helyezhető el a gyermek és szülője, valamint legfeljebb 21. életévének betöltéséig a gyermek nagykorú testvére, ha az elhelyezés hiányában lakhatásuk nem lenne biztosított, és a gyermeket emiatt el kellene választani szülőjétől, családjától.',
      ],
    ],
  },
  {
    seed: 'A családok átmeneti otthona a felnőtt és a gyermek együttes ellátása során többek között befogadja az életvezetési problémák vagy más szociális és családi krízis miatt otthontalanná vált, továbbá védelmet kereső szülőt és gyermekét, a válsághelyzetben lévő, bántalmazott vagy várandós anyát, illetve a szülészetről kikerülő anyát és gyermekét, valamint a várandós anya kérelmére az anya élettársát vagy férjét, és közreműködik az átmeneti gondozást szükségessé tevő okok megszüntetésében, a család helyzetének rendezésében, otthontalanságának megszüntetésében.',
    guide: [
      ['sections.family-homes.blocks[1]', 'A családok átmeneti otthona a felnőtt és a gyermek együttes ellátása során többek között befogadja:'],
      [
        'sections.family-homes.blocks[2].list[3]',
        'az életvezetési problémák vagy más szociális és családi krízis miatt otthontalanná vált szülőt és gyermekét',
      ],
      ['sections.family-homes.blocks[2].list[4]', 'a védelmet kereső szülőt és gyermekét'],
      ['sections.family-homes.blocks[2].list[5]', 'a válsághelyzetben lévő anyát'],
      ['sections.family-homes.blocks[2].list[6]', 'a bántalmazott anyát'],
      ['sections.family-homes.blocks[2].list[7]', 'a várandós anyát'],
      ['sections.family-homes.blocks[2].list[8]', 'a szülészetről kikerülő anyát és gyermekét'],
      ['sections.family-homes.blocks[2].list[9]', 'a várandós anya kérésére az élettársát vagy a férjét'],
      [
        'sections.family-homes.blocks[3]',
        'Közreműködik az átmeneti gondozást szükségessé tevő okok megszüntetésében, a család helyzetének rendezésében, otthontalanságának megszüntetésében.',
      ],
    ],
    note: 'the long sentence became a list (the eligibility of family-temporary-homes, the seed\'s full list, "többek között"); "a válsághelyzetben lévő, bántalmazott vagy várandós anyát" is three cases',
  },
  {
    seed: 'KAPCSOLATI ERŐSZAK ÁLDOZATAINAK FENNTARTOTT INTÉZMÉNYEK',
    guide: [['sections.domestic-violence.title', 'Kapcsolati erőszak áldozatainak fenntartott intézmények']],
    note: 'heading in sentence case',
  },
  {
    seed: 'A kapcsolati erőszak áldozatai számára elérhető szolgáltatások megismeréséhez kérjük, hogy tekintsd meg a Kapcsolati erőszak című információs anyagunkat.',
    guide: [
      [
        'sections.domestic-violence.blocks[1]',
        'A kapcsolati erőszak áldozatai számára elérhető szolgáltatásokról a Kapcsolati erőszak című információs anyag szól.',
      ],
    ],
    tokens: [['sections.domestic-violence.blocks[1]', '{material:domestic-violence}']],
    note: 'after OKIT: the section leads with what the reader can do (the material has no address); "anyagunkat" (our material) reads as the partner\'s own on a partner\'s site',
  },
  {
    seed: 'Az emberkereskedelem áldozataihoz hasonlóan a kapcsolati erőszak túlélői számára is az OKIT nyújthat bővebb tájékoztatást az elérhető segítségnyújtási formákról.',
    guide: [
      [
        'sections.domestic-violence.blocks[0]',
        'Az emberkereskedelem áldozataihoz hasonlóan a kapcsolati erőszak túlélői számára is az OKIT nyújthat bővebb tájékoztatást az elérhető segítségnyújtási formákról: 06/80-20-55-20.',
      ],
    ],
    tokens: [['sections.domestic-violence.blocks[0]', '{tel-domestic:okit}']],
    note: "first in the section, with OKIT's number",
  },
  {seed: 'Hajléktalanok számára nyújtott szolgáltatások', guide: [['sections.homeless.title', 'Hajléktalanok számára nyújtott szolgáltatások']]},
  {
    seed: 'Hajléktalan személyek számára az egyedi élethelyzet, szükségletek és igények figyelembevételével különböző szolgáltatási lehetőségek állnak rendelkezésre (utcai szociális munka, éjjeli menedékhely, nappali melegedő, átmeneti szálláshely, rehabilitációs központ, hajléktalanok otthona).',
    guide: [
      [
        'sections.homeless.blocks[0]',
        'Hajléktalan személyek számára az egyedi élethelyzet, szükségletek és igények figyelembevételével különböző szolgáltatási lehetőségek állnak rendelkezésre',
      ],
      ['sections.homeless.blocks[1].list[0]', 'utcai szociális munka'],
      ['sections.homeless.blocks[1].list[1]', 'éjjeli menedékhely'],
      ['sections.homeless.blocks[1].list[2]', 'nappali melegedő'],
      ['sections.homeless.blocks[1].list[3]', 'átmeneti szálláshely'],
      ['sections.homeless.blocks[1].list[4]', 'rehabilitációs központ'],
      ['sections.homeless.blocks[1].list[5]', 'hajléktalanok otthona'],
    ],
    note: 'the six types in the parenthesis became a list (the types of homeless-services)',
  },
  {
    seed: 'Az elérhető ellátási típusokról, lehetőségekről a helyi települési önkormányzatok tudnak többlet információt nyújtani.',
    guide: [
      ['sections.homeless.blocks[2]', 'Az elérhető ellátási típusokról, lehetőségekről a helyi települési önkormányzatok tudnak többlet információt nyújtani.'],
    ],
  },
  {
    seed: 'További, teljes körű ellátást biztosító átmeneti elhelyezést nyújtó intézmények még az időszerű gondozóháza, fogyatékos személyek gondozóháza, pszichiátriai betegek átmeneti otthona, és a szenvedélybetegek átmeneti otthona.',
    guide: [
      ['sections.other-homes.blocks[0]', 'További, teljes körű ellátást biztosító átmeneti elhelyezést nyújtó intézmények még'],
      ['sections.other-homes.blocks[1].list[0]', 'időskorúak gondozóháza'],
      ['sections.other-homes.blocks[1].list[1]', 'fogyatékos személyek gondozóháza'],
      ['sections.other-homes.blocks[1].list[2]', 'pszichiátriai betegek átmeneti otthona'],
      ['sections.other-homes.blocks[1].list[3]', 'szenvedélybetegek átmeneti otthona'],
    ],
    note: 'a list (the types of other-temporary-homes); the documented typo fix "időszerű gondozóháza" → "időskorúak gondozóháza", the name of this type of institution in Hungarian social law',
  },
  {
    seed: 'Ezek igénybevételének természetesen előfeltétele a vonatkozó célcsoportba való tartozás.',
    guide: [['sections.other-homes.blocks[2]', 'Ezeket csak az veheti igénybe, aki abba a csoportba tartozik, amelynek az otthon szól.']],
    note: 'in plain words instead of "a vonatkozó célcsoportba való tartozás"; "természetesen" (of course) dropped: it speaks down to the reader',
  },
  {
    seed: 'A lakóhelyeden, tartózkodási helyeden elérhető szolgáltatási lehetőségek megismeréséhez javasoljuk keresd fel a helyi önkormányzat ügyfélszolgálatát vagy használd a Szociális Ágazati Portál intézménykeresőjét: szocialisportal.hu/szakmai-intezmenykereso/',
    guide: [
      [
        'sections.institution-finder.blocks[0]',
        'A lakóhelyeden, tartózkodási helyeden elérhető szolgáltatási lehetőségek megismeréséhez javasoljuk, keresd fel a helyi önkormányzat ügyfélszolgálatát, vagy használd a Szociális Ágazati Portál intézménykeresőjét: szocialisportal.hu/szakmai-intezmenykereso',
      ],
    ],
    tokens: [['sections.institution-finder.blocks[0]', '{link:institution-finder}']],
    note: 'two commas added (Hungarian punctuation); the link shows without its trailing slash, as every link does',
  },
  {
    seed: 'TOVÁBBI HASZNOS INFORMÁCIÓT AZ EMBERKERESKEDELEM ÁLDOZATAI SZÁMÁRA MAGYARORSZÁGON ELÉRHETŐ SZOLGÁLTATÁSOKRÓL ITT TALÁLHATSZ: hungary.iom.int/ct-return',
    guide: [
      [
        'sections.further-information.blocks[0]',
        'További hasznos információt az emberkereskedelem áldozatai számára Magyarországon elérhető szolgáltatásokról itt találhatsz: hungary.iom.int/ct-return',
      ],
    ],
    tokens: [['sections.further-information.blocks[0]', '{link:iom-information}']],
    note: 'the capitals of the seed in sentence case',
  },
];

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A text with its tokens written out as the widget shows them. */
function render(text: string): string {
  const services = new Map(content.facts.services.map((s) => [s.id, s]));
  return splitTokens(text)
    .map((piece) => {
      if (typeof piece === 'string') return piece;
      if (piece.kind === 'material') return hu.materials[piece.id];
      const service = services.get(piece.id);
      assert.ok(service, `token ${piece.kind}:${piece.id} resolves`);
      if (piece.kind === 'tel') return service.phone?.international ?? '';
      if (piece.kind === 'tel-domestic') return service.phone?.domestic ?? '';
      return displayUrl(service.url ?? '');
    })
    .join('');
}

/** `sections.homeless.blocks[1].list[0]` in hu (a types block reads as the list of its type names). */
function at(path: string, rendered: boolean): string {
  if (path.startsWith('facts:')) {
    const [id, ...rest] = path.slice('facts:'.length).split('.');
    let value: unknown = content.facts.services.find((s) => s.id === id);
    for (const key of rest) value = (value as Record<string, unknown> | undefined)?.[key];
    assert.equal(typeof value, 'string', `${path} is a text`);
    return value as string;
  }
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let value: unknown = hu;
  for (const key of keys) {
    if (key === 'list' && value !== null && typeof value === 'object' && 'types' in value) {
      const block = value as Extract<Block, {types: string}>;
      const service = content.facts.services.find((s) => s.id === block.types);
      value = (service?.types ?? []).map((type) => hu.types[type]);
      continue;
    }
    if (key === 'list' && value !== null && typeof value === 'object' && 'eligibility' in value) {
      const block = value as Extract<Block, {eligibility: string}>;
      const service = content.facts.services.find((s) => s.id === block.eligibility);
      value = (service?.eligibility ?? []).map((e) => hu.eligibility[e.id]);
      continue;
    }
    value = (value as Record<string, unknown> | undefined)?.[key];
  }
  assert.equal(typeof value, 'string', `${path} is a text in content/hu/guide.yaml`);
  return rendered ? render(value as string) : (value as string);
}

test('the seed pieces cover the whole seed, in its order', () => {
  const whole = normaliseSource(readFileSync(seedPath, 'utf8'));
  let position = 0;
  let uncovered = '';
  for (const piece of seedPieces) {
    const index = whole.indexOf(piece.seed, position);
    assert.ok(index >= 0, `the seed has "${piece.seed}" after position ${position} (the pieces are in the seed's order)`);
    uncovered += whole.slice(position, index);
    position = index + piece.seed.length;
  }
  uncovered += whole.slice(position);
  // What no piece covers may only be whitespace and the punctuation between pieces.
  assert.equal(uncovered.replace(/[\s.,:;–-]/g, ''), '', `seed text that no piece covers: "${uncovered}"`);
});

for (const piece of seedPieces) {
  test(`seed kept: "${piece.seed.slice(0, 60)}…"`, () => {
    for (const [path, text] of piece.guide) {
      const shown = normalise(at(path, true));
      assert.ok(shown.includes(normalise(text)), `content/hu/guide.yaml ${path} carries "${text}"${piece.note ? ` (${piece.note})` : ''}; it says: "${shown}"`);
    }
    for (const [path, token] of piece.tokens ?? []) {
      assert.ok(at(path, false).includes(token), `content/hu/guide.yaml ${path} refers to the fact with ${token}`);
    }
  });
}

test('every link of the seed is a fact, and the guide points to it with a token', () => {
  const seed = readFileSync(seedPath, 'utf8');
  const targets = [...seed.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
  assert.deepEqual(targets, ['http://okit.hu', '#', '#', 'http://szocialisportal.hu/szakmai-intezmenykereso/', 'http://hungary.iom.int/ct-return']);
  const raw = JSON.stringify(hu);
  for (const url of targets.filter((t) => t !== '#')) {
    const services = content.facts.services.filter((s) => s.url === url);
    assert.equal(services.length, 1, `${url} is the url of one service`);
    assert.ok(raw.includes(`{link:${services[0].id}}`), `hu refers to ${url} as {link:${services[0].id}}`);
  }
  // The two "(#)" links are materials with no address yet.
  for (const id of ['victim-support-in-hungary', 'domestic-violence']) {
    assert.ok(raw.includes(`{material:${id}}`));
    assert.equal(content.facts.materials.find((m) => m.id === id)?.url, undefined, `${id} renders as plain text until it has an address`);
  }
});

test('the typo fix is documented where it is made, with the name the institution has in law', () => {
  assert.equal(hu.types['older-people'], 'időskorúak gondozóháza');
  for (const texts of Object.values(content.locales)) assert.ok(!JSON.stringify(texts).includes('időszerű'), `${texts.locale}: the typo is not in the texts`);
  assert.match(content.locales.en.types['older-people'], /\(időskorúak gondozóháza\)$/);
  assert.match(content.locales.uk.types['older-people'], /\(időskorúak gondozóháza\)$/);
  assert.match(readFileSync(join(contentDir, 'facts.yaml'), 'utf8'), /"időszerű gondozóháza", a typo[^]*"időskorúak gondozóháza"/);
});
