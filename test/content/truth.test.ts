/**
 * The guide says only what its sources say. These tests read the real content against the
 * seed (and the excerpts of the sources beyond it), independently of the validator: every
 * finder answer's quote, every eligibility case, the IOM label, the numbers each language
 * shows, the emergency number, the summaries and the translation fixes of the truth review.
 */
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {loadContent} from '../../content-model/load.js';
import type {LocaleTexts} from '../../content-model/types.js';
import {repoRoot as repoDir} from '../../scripts/lib/root.mjs';
import {contentDir} from './helpers.js';

const content = loadContent(contentDir);
const locales = Object.values(content.locales);
const seedRaw = readFileSync(join(repoDir, 'seed/000_8f1eb2905487cb90.txt'), 'utf8');
/** The seed as a reader sees it: Markdown off, whitespace collapsed. */
const seed = seedRaw
  .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
  .replace(/\*\*/g, ' ')
  .replace(/^#+\s*/gm, '')
  .replace(/\s+/g, ' ');
const paragraphs = seedRaw.split(/\n\s*\n/).filter((p) => p.trim() !== '');
const excerpt = (file: string) => readFileSync(join(repoDir, 'sources', file), 'utf8').replace(/\s+/g, ' ');
const service = (id: string) => {
  const found = content.facts.services.find((s) => s.id === id);
  assert.ok(found, `facts.yaml has the service ${id}`);
  return found;
};
/** Every text of a locale, flattened. */
function allTexts(texts: LocaleTexts): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(texts);
  return out;
}

test('every finder answer quotes a sentence its source really says', () => {
  let answers = 0;
  for (const s of content.facts.services) {
    const source = 'seed' in s.source ? seed : excerpt(s.source.excerpt);
    for (const answer of s.needs) {
      answers++;
      assert.ok(answer.because.trim().length > 10, `${s.id} → ${answer.need}: a real quote`);
      assert.ok(source.includes(answer.because.replace(/\s+/g, ' ')), `${s.id} → ${answer.need}: "${answer.because}" is in the source`);
    }
  }
  assert.ok(answers >= 12, `the finder has its answers (${answers})`);
});

test('the finder answers exactly what the review found the seed to support', () => {
  const answersOf = (id: string) => service(id).needs.map((a) => (a.with ? `${a.need}+${a.with.join('+')}` : a.need));
  // "I want to talk to someone now" leads to the hotline only: the seed gives the Victim
  // Support Centres no phone, address or hours, so a reader would get nothing to act on.
  assert.deepEqual(answersOf('victim-support'), []);
  assert.ok(answersOf('okit').includes('talk-now'));
  // The other temporary homes admit only their target groups: no finder answer offers them.
  assert.deepEqual(answersOf('other-temporary-homes'), []);
  // Nowhere to sleep: the protected shelters (they provide housing), and the homeless services.
  assert.ok(answersOf('protected-shelters').includes('nowhere-to-sleep'));
  assert.ok(service('protected-shelters').needs.some((a) => a.because.includes('lakhatást biztosító')));
  assert.ok(answersOf('homeless-services').includes('nowhere-to-sleep'));
  // Hurt by a partner, with a child: the families' temporary homes ("bántalmazott szülő és gyermeke").
  assert.ok(answersOf('family-temporary-homes').includes('hurt-by-partner+children'));
  assert.ok(service('family-temporary-homes').needs.some((a) => a.need === 'hurt-by-partner' && a.because.includes('bántalmazott szülő és gyermeke')));
  // The IOM page is further information, not a way home: it answers no need.
  assert.deepEqual(answersOf('iom-information'), []);
});

test('"I am abroad and want to come home" is gone, with the reason kept in facts.yaml', () => {
  assert.ok(!content.facts.needs.includes('abroad-go-home'));
  const withdrawn = content.facts['not-offered'].find((n) => n.need === 'abroad-go-home');
  assert.ok(withdrawn, 'facts.yaml says why it is not offered');
  assert.match(withdrawn.why, /free only from Hungary/);
  for (const texts of locales) assert.equal(texts.needs['abroad-go-home'], undefined, `${texts.locale} has no text for it`);
});

test('the IOM link is labelled as the seed describes it, in every language, never as a return programme', () => {
  assert.equal(service('iom-information').kind, 'further-information');
  const labels: Record<string, RegExp> = {
    hu: /^További hasznos információ az emberkereskedelem áldozatai számára Magyarországon elérhető szolgáltatásokról \(IOM Magyarország\)$/,
    en: /^Further useful information about services in Hungary for victims of human trafficking \(IOM Hungary\)$/,
    uk: /^Більше корисної інформації про послуги в Угорщині для постраждалих від торгівлі людьми — МОМ \(IOM\)$/,
    ro: /^Alte informații utile despre serviciile disponibile în Ungaria pentru victimele traficului de persoane – OIM \(IOM\) Ungaria$/,
    bg: /^Още полезна информация за услугите в Унгария за жертви на трафик на хора – МОМ \(IOM\) в Унгария$/,
    ru: /^Дополнительная полезная информация об услугах в Венгрии для пострадавших от торговли людьми — МОМ \(IOM\) в Венгрии$/,
    sr: /^Додатне корисне информације о услугама у Мађарској за жртве трговине људима – МОМ \(IOM\) у Мађарској$/,
    sq: /^Më shumë informacion i dobishëm për shërbimet në Hungari për viktimat e trafikimit të njerëzve – IOM Hungari$/,
    vi: /^Thêm thông tin hữu ích về các dịch vụ dành cho nạn nhân mua bán người tại Hungary – IOM Hungary$/,
    'zh-Hans': /^关于匈牙利为人口贩运受害者提供的服务的更多有用信息——国际移民组织（IOM）匈牙利$/,
    mn: /^Унгар дахь хүний наймааны хохирогчдод зориулсан үйлчилгээний талаарх бусад хэрэгтэй мэдээлэл – ОУШХБ \(IOM\) Унгар$/,
  };
  // Words for going home or a programme, in every language; the IOM page is information, not a return programme.
  const promisesReturn =
    /return|programme|program|home|hazatér|haza|повернен|додому|програм|întoarcere|repatri|acasă|завръщ|у дома|возвращ|домой|повратак|кући|kthim|shtëpi|trở về|hồi hương|về nhà|chương trình|回国|返回|回家|项目|计划|буцах|хөтөлбөр/i;
  for (const texts of locales) {
    assert.match(texts.services['iom-information'], labels[texts.locale], `${texts.locale}: the label`);
    // Mid-sentence the label loses its capital, unless it starts with a name (mn: "Унгар …", Hungary).
    const label = texts.services['iom-information'];
    assert.ok(
      [label, label.replace(/^./, (c) => c.toLowerCase())].some((form) => texts.print['qr-iom'].endsWith(form)),
      `${texts.locale}: the QR caption carries the label`,
    );
    const aboutIom = [
      texts.services['iom-information'],
      texts.print['qr-iom'],
      texts.sections['further-information'].title,
      ...allTexts(texts.sections['further-information'] as unknown as LocaleTexts),
    ];
    for (const text of aboutIom) {
      assert.doesNotMatch(text, promisesReturn, `${texts.locale}: "${text}" promises no return`);
    }
  }
});

test('the families\' temporary homes list is the seed\'s full list, introduced as "among others"', () => {
  // The seed's cases, each as its own words say it.
  const cases: [id: string, words: string][] = [
    ['abused-homeless-parent-and-child', 'az otthontalanná vált, bántalmazott szülő és gyermeke'],
    ['child-and-parent-together', 'együttesen helyezhető el a gyermek és szülője'],
    ['adult-sibling-under-21', 'legfeljebb 21. életévének betöltéséig a gyermek nagykorú testvére'],
    ['homeless-parent-and-child', 'életvezetési problémák vagy más szociális és családi krízis miatt otthontalanná vált'],
    ['parent-seeking-protection', 'védelmet kereső szülőt és gyermekét'],
    ['mother-in-crisis', 'a válsághelyzetben lévő'],
    ['abused-mother', 'bántalmazott vagy várandós anyát'],
    ['pregnant-mother', 'bántalmazott vagy várandós anyát'],
    ['mother-leaving-maternity-ward', 'a szülészetről kikerülő anyát és gyermekét'],
    ['partner-of-pregnant-woman', 'a várandós anya kérelmére az anya élettársát vagy férjét'],
  ];
  const eligibility = service('family-temporary-homes').eligibility ?? [];
  assert.deepEqual(
    eligibility.map((e) => e.id),
    cases.map(([id]) => id),
  );
  for (const [id, words] of cases) {
    assert.ok(seed.includes(words), `the seed says "${words}"`);
    assert.ok(eligibility.find((e) => e.id === id)?.because.includes(words), `${id} quotes "${words}"`);
  }
  // Three separate cases, not one: a mother in crisis, an abused mother, a pregnant woman.
  const among: Record<string, RegExp> = {
    hu: /többek között befogadja:$/,
    en: /Among others, it takes in:$/,
    uk: /Зокрема, він приймає:$/,
    ro: /Printre alții, primește:$/,
    bg: /Наред с други, той приема:$/,
    ru: /В том числе он принимает:$/,
    sr: /Између осталих, прима:$/,
    sq: /Ndër të tjerë, pranon:$/,
    vi: /nhận, trong số những người khác:$/,
    'zh-Hans': /它接收的人包括：$/,
    mn: /Тухайлбал, дараах хүмүүсийг хүлээн авдаг:$/,
  };
  for (const texts of locales) {
    const blocks = texts.sections['family-homes'].blocks;
    assert.match(String(blocks[1]), among[texts.locale], `${texts.locale}: the list says "among others"`);
    assert.deepEqual(blocks[2], {eligibility: 'family-temporary-homes'}, `${texts.locale}: the list follows`);
    for (const [id] of cases) assert.ok(texts.eligibility[id]?.length > 0, `${texts.locale}: ${id}`);
    // The adult sibling is admitted only with the child and the parent, at the parent's request.
    assert.match(
      texts.eligibility['adult-sibling-under-21'],
      {
        hu: /21[^]*gyermekkel és a szülővel együtt, a szülő kérésére/,
        en: /21[^]*together with the child and the parent, at the parent's request/,
        uk: /21[^]*разом із дитиною та батьком чи матірʼю, на прохання батька чи матері/,
        ro: /21[^]*împreună cu copilul și părintele, la cererea părintelui/,
        bg: /21[^]*заедно с детето и родителя, по молба на родителя/,
        ru: /21[^]*вместе с ребёнком и родителем, по просьбе родителя/,
        sr: /21[^]*заједно са дететом и родитељем, на захтев родитеља/,
        sq: /21[^]*bashkë me fëmijën dhe prindin, me kërkesë të prindit/,
        vi: /21[^]*cùng với đứa trẻ và cha hoặc mẹ, theo yêu cầu của cha hoặc mẹ/,
        // Chinese puts the request first: "at the parent's request, … (before 21), together with the child and the parent".
        'zh-Hans': /应父亲或母亲的申请[^]*21[^]*与孩子和父亲或母亲一起/,
        mn: /21[^]*хүүхэд болон эцэг эхтэй хамт, эцэг эхийн хүсэлтээр/,
      }[texts.locale] as RegExp,
    );
  }
  assert.equal(content.locales.en.eligibility['pregnant-mother'], 'a pregnant woman');
});

test('headings keep "do not want to or cannot", as the seed says "nem szeretnék vagy nem tudják"', () => {
  assert.ok(seed.includes('nem szeretnék vagy nem tudják igénybe venni'));
  const expected: Record<string, RegExp> = {
    hu: /nem szeretnéd vagy nem tudod/,
    en: /do not want to or cannot/,
    uk: /не хочете або не можете/,
    ro: /nu doriți sau nu puteți/,
    bg: /не искате или не можете/,
    ru: /не хотите или не можете/,
    sr: /не желите или не можете/,
    sq: /nuk dëshironi ose nuk mund/,
    vi: /không muốn hoặc không thể/,
    'zh-Hans': /不想或不能/,
    mn: /хүсэхгүй эсвэл авч чадахгүй/,
  };
  for (const texts of locales) {
    assert.match(texts.sections.alternatives.title, expected[texts.locale], `${texts.locale}: the heading`);
    // The hu text restates the seed's sentence in the guide's own "te" voice, like the heading.
    assert.match(texts.sections.alternatives.blocks[0] as string, expected[texts.locale], `${texts.locale}: the text`);
  }
});

test('en and uk show the international number only; hu shows both forms', () => {
  for (const texts of locales) {
    const raw = JSON.stringify(texts);
    if (texts.locale === 'hu') {
      assert.ok(raw.includes('{tel-domestic:okit}'), "hu keeps the seed's 06/… form in its text");
    } else {
      assert.ok(!raw.includes('tel-domestic'), `${texts.locale}: no 06/… form, which fails from a foreign SIM card`);
      assert.ok(raw.includes('{tel:okit}'), `${texts.locale}: the international form`);
    }
  }
});

test('112 is beside the hotline in every language, from the numbering regulator', () => {
  const emergency = service('emergency-112');
  assert.equal(emergency.dial, '112');
  assert.equal(emergency.phone, undefined);
  assert.ok(!('seed' in emergency.source), 'a fact beyond the seed');
  if (!('seed' in emergency.source)) {
    assert.match(emergency.source.url, /^https:\/\/nmhh\.hu\//, "the regulator's own page");
    for (const quote of emergency.source.quotes) assert.ok(excerpt(emergency.source.excerpt).includes(quote), `the excerpt says "${quote}"`);
  }
  assert.deepEqual(content.facts.sections.find((s) => s.id === 'hotline')?.services, ['okit', 'emergency-112']);
  for (const texts of locales) assert.match(texts.emergency, /\{tel:emergency-112\}/, `${texts.locale}: the line calls 112`);
});

test('the no-trace tips follow UK local-authority guidance: single pages, not the whole history', () => {
  const section = content.facts.sections.find((s) => s.id === 'no-trace');
  assert.deepEqual(section?.advice, ['no-trace', 'delete-single-pages', 'private-browsing']);
  for (const advice of content.facts.advice.filter((a) => section?.advice?.includes(a.id))) {
    const source = advice.source;
    assert.ok('url' in source, `${advice.id}: read at an authoritative page`);
    assert.match(source.url, /\.gov\.uk\//, `${advice.id}: a UK council's own page`);
    for (const quote of source.quotes) assert.ok(excerpt(source.excerpt).includes(quote), `${advice.id}: the excerpt says "${quote}"`);
  }
  const tip: Record<string, RegExp> = {
    hu: /csak ezeket az oldalakat töröld, ne az egészet[^]*gyanút kelthet/,
    en: /[Dd]elete only these pages from your history, not all of it[^]*suspicious/,
    uk: /лише ці сторінки, а не всю історію[^]*підозру/,
    ro: /doar aceste pagini, nu tot istoricul[^]*suspiciuni/,
    bg: /само тези страници, а не цялата история[^]*подозрение/,
    ru: /только эти страницы, а не всю историю[^]*подозрение/,
    sr: /само ове странице, а не целу историју[^]*сумњу/,
    sq: /vetëm këto faqe, jo gjithë historikun[^]*dyshime/,
    vi: /Chỉ xóa những trang này khỏi lịch sử, không xóa toàn bộ[^]*nghi ngờ/,
    'zh-Hans': /只从浏览记录中删除这些网页，不要全部删除[^]*怀疑/,
    mn: /бүгдийг биш, зөвхөн эдгээр хуудсыг устгана уу[^]*сэжиг/,
  };
  for (const texts of locales) {
    const list = texts.sections['no-trace'].blocks.find((b) => typeof b === 'object' && 'list' in b) as {list: string[]};
    assert.ok(
      list.list.some((item) => tip[texts.locale].test(item)),
      `${texts.locale}: the tip`,
    );
  }
});

test('every section opens with a plain summary that restates only its own seed paragraphs', () => {
  assert.equal(paragraphs.length, 18);
  for (const texts of locales) {
    let sentences = 0;
    let long = 0;
    for (const section of content.facts.sections) {
      const summary = texts.sections[section.id].summary;
      assert.ok(summary.length > 0, `${texts.locale}/${section.id} has a summary`);
      for (const sentence of summary) {
        sentences++;
        const words = sentence.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        assert.ok(words <= 20, `${texts.locale}/${section.id}: "${sentence.text}" has ${words} words`);
        if (words > 15) long++;
        if (typeof sentence.from === 'number') {
          assert.ok(section.seed?.includes(sentence.from), `${texts.locale}/${section.id}: paragraph ${sentence.from} is the section's own`);
          assert.ok(paragraphs[sentence.from - 1], `paragraph ${sentence.from} exists`);
        } else {
          // An advice the section follows, or a service of the section (its own sources).
          assert.ok(
            section.advice?.includes(sentence.from) || section.services.includes(sentence.from),
            `${texts.locale}/${section.id}: ${sentence.from} is advice it follows or a service it presents`,
          );
        }
      }
    }
    assert.ok(long * 2 < sentences, `${texts.locale}: most summary sentences have 15 words or fewer (${long} of ${sentences} have more)`);
  }
  // The Hungarian summaries are new writing: a native editor still has to sign them off.
  assert.equal(content.locales.hu['summary-review'], 'pending');
});

test('the summaries use no jargon, and no text speaks down to the reader', () => {
  const jargon = /komplex|átfogó|mentálhigiénés|célcsoport|területileg illetékes/i;
  for (const texts of locales) {
    for (const [id, section] of Object.entries(texts.sections)) {
      for (const sentence of section.summary) assert.doesNotMatch(sentence.text, jargon, `${texts.locale}/${id}: "${sentence.text}"`);
    }
    for (const text of allTexts(texts))
      assert.doesNotMatch(
        text,
        /\bof course\b|természetesen|звісно|desigur|bineînțeles|разбира се|конечно|разумеется|наравно|sigurisht|natyrisht|tất nhiên|dĩ nhiên|当然|мэдээж/i,
        `${texts.locale}: "${text}"`,
      );
  }
});

test('the translation fixes of the truth review stay fixed', () => {
  const en = allTexts(content.locales.en).join('\n');
  const uk = allTexts(content.locales.uk).join('\n');
  const hu = allTexts(content.locales.hu).join('\n');
  // The shelters help people who were exploited and hurt; being hurt is not an entry condition.
  assert.doesNotMatch(en, /for victims who were exploited and have gone through severe trauma/);
  assert.match(content.locales.en.sections.shelters.blocks[1] as string, /help people who were exploited and badly hurt/);
  assert.doesNotMatch(uk, /Вони призначені для людей, яких експлуатували/);
  assert.doesNotMatch(hu, /bővebb információkat talál az/);
  assert.doesNotMatch(JSON.stringify(content.locales), /\(\{material:shelter-materials\}\)/, 'the repeated bracket is gone');
  assert.doesNotMatch(uk, /і інакше|співмешканц/);
  assert.equal(content.locales.en.needs.children, 'I have a child or children with me');
  assert.equal(content.locales.en.needs.pregnant, 'I am pregnant or recently had a baby');
  assert.doesNotMatch(en, /pregnant mother|just gave birth/);
  assert.doesNotMatch(uk, /вагітна мати|вагітної матері/);
});

test('every excerpt in sources/ is used by a fact', () => {
  const sources = [...content.facts.services.flatMap((s) => [s.source, ...(s.also ?? [])]), ...content.facts.advice.map((a) => a.source)];
  const used = new Set(sources.flatMap((source) => ('excerpt' in source ? [source.excerpt] : [])));
  const files = readdirSync(join(repoDir, 'sources')).filter((f) => f.endsWith('.txt'));
  assert.deepEqual(files.sort(), [...used].sort());
});

// ── No dead ends (issue 19) ──────────────────────────────────────────────────────────────

test('the Victim Support Line is 225-225, from government pages kept as excerpts, and says why', () => {
  const line = service('victim-support-line');
  assert.equal(line.phone?.e164, '+3680225225');
  assert.equal(line.phone?.international, '+36 80 225 225');
  assert.equal(line.hours, 'always');
  const sources = [line.source, ...(line.also ?? [])];
  const urls = sources.map((s) => ('url' in s ? s.url : ''));
  for (const page of ['police.hu/ugyintezes/mit-tegyek', 'police.hu/en/ugyintezes/mit-tegyek', 'e-justice.europa.eu', 'bmbah.hu']) {
    assert.ok(
      urls.some((url) => url.includes(page)),
      `cites ${page}`,
    );
  }
  for (const source of sources) {
    assert.ok('excerpt' in source);
    for (const quote of source.quotes) assert.ok(excerpt(source.excerpt).includes(quote), `${source.excerpt} says "${quote}"`);
    // Every page gives the same number: 225-225, never 225-255.
    assert.match(excerpt(source.excerpt), /225[ -]?225/);
    assert.doesNotMatch(excerpt(source.excerpt), /225[ -]?255|255[ -]?255/);
  }
  assert.deepEqual(
    line.needs.map((a) => a.need),
    ['talk-now'],
  );
  assert.match(line.needs[0].because, /Victim Support Line \(Áldozatsegítő Vonal\)/);
  const facts = readFileSync(join(repoDir, 'content/facts.yaml'), 'utf8');
  assert.match(facts, /Why 225-225[^]*akadalymentes\.police\.hu[^]*255 255/, "facts.yaml says why 225-225 and not the old copy's 255-255");
  // The centres' contact list, as the Aliens Policing directorate's factsheet gives it.
  assert.equal(service('victim-support').url, 'https://vansegitseg.im.gov.hu/elerhetosegek/');
  for (const texts of locales) {
    const section = JSON.stringify(texts.sections['victim-support']);
    assert.match(section, /\{tel(-domestic)?:victim-support-line\}/, `${texts.locale}: the line`);
    assert.match(section, /\{link:victim-support\}/, `${texts.locale}: the contact list`);
    if (texts.locale !== 'hu') assert.doesNotMatch(section, /tel-domestic/, `${texts.locale}: only the international form`);
  }
});

test('"Is this happening to you?" says "may be", as the government factsheet does, and leads to OKIT', () => {
  const section = content.facts.sections.find((s) => s.id === 'recognise');
  assert.deepEqual(section?.advice, ['trafficking-signs', 'okit-first']);
  assert.equal(content.facts.sections.indexOf(section!), 1, 'right after the hotline');
  const mayBe: Record<string, RegExp> = {
    hu: /Lehet, hogy/,
    en: /may be/,
    uk: /Можливо/,
    ro: /Este posibil să/,
    bg: /Възможно е/,
    ru: /Возможно/,
    sr: /Можда/,
    sq: /Mund të jeni/,
    vi: /Có thể bạn/,
    'zh-Hans': /可能是/,
    mn: /байж магадгүй/,
  };
  for (const texts of locales) {
    const {summary, blocks} = texts.sections.recognise;
    assert.match(summary[0].text, mayBe[texts.locale], `${texts.locale}: "may be"`);
    assert.ok(
      summary.every((s) => s.from === 'trafficking-signs' || s.from === 'okit-first'),
      `${texts.locale}: every sentence names its source`,
    );
    assert.match(summary.at(-1)!.text, /\{tel:okit\}/, `${texts.locale}: the summary ends with OKIT's number`);
    assert.match(String(blocks.at(-1)), /\{tel(-domestic)?:okit\}/, `${texts.locale}: so does the text`);
  }
});

test('no section points at "our" material, and domestic violence leads with OKIT', () => {
  const ours: Record<string, RegExp> = {
    hu: /anyagunk|anyagaink/,
    en: /\bour\b[^.]*material/i,
    uk: /наш(ому|их|ий)?\s[^.]*матеріал/i,
    ro: /material(ul|ele)? (nostru|noastre)/i,
    bg: /наш(ия|ите|и)?\s[^.]*материал/i,
    ru: /наш(ем|их|его|и)?\s[^.]*материал/i,
    sr: /наш(ем|ег|им|их)?\s[^.]*материјал/i,
    sq: /material(i|et)? (ynë|tonë|tona)/i,
    vi: /tài liệu (của )?chúng (tôi|ta)/i,
    'zh-Hans': /我们的[^。]*资料/,
    mn: /манай[^.]*материал/i,
  };
  for (const texts of locales) {
    for (const text of allTexts(texts)) assert.doesNotMatch(text, ours[texts.locale], `${texts.locale}: "${text}"`);
    const dv = texts.sections['domestic-violence'];
    assert.match(dv.summary[0].text, /\{tel:okit\}/, `${texts.locale}: the summary starts with OKIT's number`);
    assert.match(String(dv.blocks[0]), /\{tel(-domestic)?:okit\}/, `${texts.locale}: so does the text`);
  }
});

test('the no-trace section opens with its limits, and every tip has a source', () => {
  const opening: Record<string, RegExp> = {
    hu: /nem biztos, hogy minden nyomot eltüntetnek/,
    en: /may not hide all your tracks/,
    uk: /можуть приховати не всі сліди/,
    ro: /Nu este sigur că aceste sfaturi șterg toate urmele/,
    bg: /може да не заличат всички следи/,
    ru: /могут убрать не все следы/,
    sr: /можда неће избрисати све трагове/,
    sq: /Këto këshilla mund të mos i fshijnë të gjitha gjurmët/,
    vi: /chưa chắc xóa được mọi dấu vết/,
    'zh-Hans': /不一定能清除所有痕迹/,
    mn: /бүх ул мөрийг арилгаж чадахгүй байж магадгүй/,
  };
  const callList = /híváslist|call list|списку викликів/i;
  for (const texts of locales) {
    const {summary, blocks} = texts.sections['no-trace'];
    assert.match(summary[0].text, opening[texts.locale], `${texts.locale}: the summary`);
    assert.match(String(blocks[0]), opening[texts.locale], `${texts.locale}: the text`);
    assert.doesNotMatch(JSON.stringify(texts.sections['no-trace']), callList, `${texts.locale}: no call-list tip without a source`);
  }
  const privateBrowsing = content.facts.advice.find((a) => a.id === 'private-browsing');
  assert.ok(privateBrowsing && 'excerpt' in privateBrowsing.source);
  assert.match(privateBrowsing.source.quotes[0], /without registering these pages in your history/);
});
