/**
 * The built PDFs: page sizes and counts, text (Hungarian and Cyrillic intact), embedded and
 * subset fonts, metadata, size budget, byte-for-byte reproducibility, and the partner line.
 * Everything is built once into a temporary folder, never into dist/.
 */
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {before, describe, it} from 'node:test';
import {loadContent} from '../../content-model/load.js';
import {factsUpdated} from '../../content-model/types.js';
import {awaitsReview} from '../../src/content/review.js';
import {buildPrint, type BuiltFile} from '../../print/build.js';
import {printBudgets} from '../../scripts/lib/budgets.js';
import {allFormats, defaultLanguageSets, formats, multilingualFormats} from '../../print/formats.js';
import {fontDir, nodePdfMake} from '../../print/pdfmake-node.js';
import {resolvePrintModel} from '../../print/resolve.js';
import type {TDocumentDefinitions} from 'pdfmake/interfaces';
import {cjkChar, flat, pdffonts, pdfinfo, pdftotext, requirePoppler, sharedBuild, testPartner} from './helpers.js';

const content = loadContent();
const locales = Object.keys(content.locales);
const okit = content.facts.services.find((s) => s.id === 'okit');
const phone = okit?.phone;
const maxBytes = printBudgets.fileBytes;
/** The state's Victim Support Line (issue 19): the leaflets print it with the rest of the guide. */
const line = content.facts.services.find((s) => s.id === 'victim-support-line')?.phone;
const centresList = content.facts.services.find((s) => s.id === 'victim-support')?.url;

let dir: string;
let files: BuiltFile[];

function file(locale: string, format: string): string {
  return join(dir, locale, `${format}.pdf`);
}

/** Words, and each Chinese character on its own: Chinese has no spaces, and pdftotext breaks its lines anywhere. */
const tokens = (text: string): string[] =>
  flat(text)
    .split(new RegExp(`(${cjkChar})| `, 'u'))
    .filter(Boolean);

/**
 * Whether `phrase` is in `text`, or its words (Chinese: characters) are, in order, with at most
 * `gap` others between two of them: two captions side by side come out of pdftotext with their
 * lines interleaved (the other caption's line, a URL, the number).
 */
function inOrder(text: string, phrase: string, gap = 10): boolean {
  if (flat(text).includes(flat(phrase))) return true;
  const words = tokens(text);
  const wanted = tokens(phrase);
  return words.some((word, start) => {
    if (word !== wanted[0]) return false;
    let at = start;
    for (const next of wanted.slice(1)) {
      const found = words.slice(at + 1, at + 2 + gap).indexOf(next);
      if (found < 0) return false;
      at += found + 1;
    }
    return true;
  });
}

before(async () => {
  requirePoppler();
  ({dir, files} = await sharedBuild());
});

describe('print build output', () => {
  it('builds every format for every locale the content has, and each multilingual sheet once for each default language set', () => {
    assert.ok(locales.length > 3, 'more languages than fit one multilingual sheet');
    assert.deepEqual(
      files.map((f) => `${f.locale}/${f.format}`).sort(),
      [
        ...locales.flatMap((l) => formats.map((f) => `${l}/${f.id}`)),
        ...defaultLanguageSets.flatMap((set) => multilingualFormats.map((f) => `${set.join('-')}/${f.id}`)),
      ].sort(),
    );
    assert.ok(defaultLanguageSets.some((set) => set.join('-') === 'hu-en-uk'));
    assert.ok(locales.includes('hu'));
  });

  for (const format of formats) {
    it(`${format.id}: exact page size ${format.pagePt.join(' × ')} pt, at most ${format.maxPages} page(s)`, () => {
      for (const locale of locales) {
        const info = pdfinfo(file(locale, format.id));
        const match = /^([\d.]+) x ([\d.]+) pts/.exec(info['Page size'] ?? '');
        assert.ok(match, `${locale}/${format.id}: pdfinfo gives no page size`);
        assert.ok(Math.abs(Number(match[1]) - format.pagePt[0]) < 0.01, `${locale}/${format.id}: width ${match[1]}, expected ${format.pagePt[0]}`);
        assert.ok(Math.abs(Number(match[2]) - format.pagePt[1]) < 0.01, `${locale}/${format.id}: height ${match[2]}, expected ${format.pagePt[1]}`);
        const pages = Number(info.Pages);
        assert.ok(pages >= 1 && pages <= format.maxPages, `${locale}/${format.id}: ${pages} pages`);
      }
    });
  }

  it('every PDF is at most 150 KB', () => {
    for (const f of files) assert.ok(f.bytes <= maxBytes, `${f.locale}/${f.format} is ${f.bytes} bytes; the budget is ${maxBytes}`);
  });

  it('carries the number and the Hungarian text unmangled (ő ű intact)', () => {
    assert.ok(phone, 'facts.yaml has a phone for okit');
    for (const format of formats) {
      const text = flat(pdftotext(file('hu', format.id)));
      assert.ok(text.includes(phone.international), `hu/${format.id}: no "${phone.international}"`);
      assert.ok(text.includes('ingyenesen hívható'), `hu/${format.id}: no "ingyenesen hívható"`);
    }
    const leaflet = flat(pdftotext(file('hu', 'leaflet-a4')));
    for (const words of ['Országos Kríziskezelő', 'Információs Telefonszolgálat', 'időskorúak gondozóháza', 'szenvedélybetegek', 'Hívd az OKIT-ot']) {
      assert.ok(leaflet.includes(words), `hu/leaflet-a4: no "${words}"`);
    }
    assert.ok(leaflet.includes(phone.domestic), 'the leaflet renders {tel-domestic:okit}');
  });

  it('renders every locale, and Cyrillic intact when uk exists', () => {
    for (const locale of locales) {
      const texts = content.locales[locale];
      const text = flat(pdftotext(file(locale, 'leaflet-a4')));
      assert.ok(text.includes(flat(texts.title)), `${locale}/leaflet-a4: no title "${texts.title}"`);
      for (const format of formats) {
        const formatText = flat(pdftotext(file(locale, format.id)));
        assert.ok(formatText.includes(texts.hotline.short), `${locale}/${format.id}: no "${texts.hotline.short}"`);
        assert.ok(formatText.includes(flat(texts.hotline.free)), `${locale}/${format.id}: no "${texts.hotline.free}"`);
      }
    }
    if (locales.includes('uk')) {
      const uk = content.locales.uk;
      const text = flat(pdftotext(file('uk', 'leaflet-a4')));
      assert.match(text, /[А-Яа-яІіЇїЄєҐґ]{4,}/, 'uk/leaflet-a4 has Cyrillic words');
      for (const section of Object.values(uk.sections)) assert.ok(text.includes(flat(section.title)), `uk/leaflet-a4: no heading "${section.title}"`);
      assert.ok(flat(pdftotext(file('uk', 'poster-a4'))).includes(flat(uk.print.headline)), 'uk/poster-a4 has its Cyrillic headline');
    }
  });

  it("each language's PDFs are in its own script: every format, at least 100 of its letters (pdfmake leaves out, without a word, what its font lacks)", () => {
    const scripts: Record<string, RegExp> = {
      hu: /[a-záéíóöőúüű]/giu,
      en: /[a-z]/giu,
      ro: /[a-zăâîșț]/giu,
      sq: /[a-zëç]/giu,
      vi: /[a-zạảãàáâậầấẩẫăắằặẳẵđẹẻẽèéêệềếểễịỉĩìíọỏõòóôộồốổỗơợờớởỡụủũùúưựừứửữỳỵỷỹý]/giu,
      uk: /\p{Script=Cyrillic}/gu,
      ru: /\p{Script=Cyrillic}/gu,
      bg: /\p{Script=Cyrillic}/gu,
      sr: /\p{Script=Cyrillic}/gu,
      mn: /\p{Script=Cyrillic}/gu,
      'zh-Hans': /\p{Script=Han}/gu,
    };
    // The letters only that language's alphabet has among these: each must come out of the PDF.
    const own: Record<string, RegExp> = {hu: /ő/, ro: /[șță]/, sq: /ë/, vi: /[ơư]/, uk: /[іїє]/, ru: /ы/, bg: /ъ/, sr: /[ђћџљњ]/, mn: /[өү]/};
    for (const locale of locales) {
      const script = scripts[locale];
      assert.ok(script, `${locale}: add its script to this test`);
      for (const f of files.filter((file) => file.locales.length === 1 && file.locales[0] === locale)) {
        const text = pdftotext(f.path);
        const letters = text.match(script)?.length ?? 0;
        // A sticker label and the wallet card hold the hotline alone: fewer letters.
        const small = f.format.startsWith('stickers') || f.format === 'wallet-card';
        assert.ok(letters >= (small ? 20 : 100), `${locale}/${f.format}: ${letters} letters of its script`);
        if (own[locale] && !small) assert.match(text, own[locale], `${locale}/${f.format}: its own letters`);
      }
    }
  });

  it('the leaflet carries every section in order', () => {
    for (const locale of locales) {
      const text = flat(pdftotext(file(locale, 'leaflet-a4')));
      let at = 0;
      for (const section of content.facts.sections) {
        const title = flat(content.locales[locale].sections[section.id].title);
        const found = text.indexOf(title, at);
        assert.ok(found >= 0, `${locale}/leaflet-a4: section "${title}" missing or out of order`);
        at = found + title.length;
      }
    }
  });

  it('posters carry a row of tear-off strips, each with the number and okit.hu', () => {
    for (const locale of locales) {
      for (const format of ['poster-a4', 'poster-a3']) {
        const text = pdftotext(file(locale, format));
        const numbers = text.split(phone?.international ?? '?').length - 1;
        const urls = text.split('okit.hu').length - 1;
        // The number once in the box, okit.hu once under its code; the rest are strips.
        assert.ok(numbers - 1 >= 8, `${locale}/${format}: only ${numbers - 1} strips with the number`);
        assert.equal(urls - 1, numbers - 1, `${locale}/${format}: every strip has the number and okit.hu`);
        assert.ok(text.includes(content.locales[locale].print['tear-off']), `${locale}/${format}: no tear-off label`);
      }
    }
  });

  it('the wallet card is discreet: no word for trafficking, in the page or the metadata', () => {
    const giveaways = /emberkeresked|traffick|торгівл|торговл|贩运|拐卖/i;
    for (const locale of locales) {
      const path = file(locale, 'wallet-card');
      const text = pdftotext(path);
      const info = pdfinfo(path);
      assert.doesNotMatch(text, giveaways, `${locale}/wallet-card text`);
      assert.doesNotMatch(`${info.Title} ${info.Subject}`, giveaways, `${locale}/wallet-card metadata`);
      assert.ok(flat(text).includes(flat(content.locales[locale].print.wallet)), `${locale}/wallet-card: no print.wallet text`);
    }
  });

  it('embeds and subsets every font, and never uses a standard PDF font', () => {
    for (const f of files) {
      const fonts = pdffonts(f.path);
      assert.ok(fonts.length > 0, `${f.locale}/${f.format}: no fonts`);
      for (const font of fonts) {
        assert.ok(font.embedded && font.subset, `${f.locale}/${f.format}: ${font.name} is not embedded and subset`);
        assert.match(font.name, /^[A-Z]{6}\+(Roboto-|NotoSansSC)/, `${f.locale}/${f.format}: unexpected font ${font.name}`);
      }
      // Noto Sans SC exactly where Chinese is: every other character is Roboto's.
      const chinese = f.locales.includes('zh-Hans');
      assert.equal(
        fonts.some((font) => /\+NotoSansSC/.test(font.name)),
        chinese,
        `${f.locale}/${f.format}: Noto Sans SC ${chinese ? 'is missing' : 'where no Chinese is'}`,
      );
    }
  });

  it('has a title, a subject, fixed dates and the language', () => {
    for (const f of files) {
      const info = pdfinfo(f.path);
      assert.ok((info.Title ?? '').length > 3, `${f.locale}/${f.format}: no title`);
      assert.ok((info.Subject ?? '').length > 3, `${f.locale}/${f.format}: no subject`);
      assert.match(
        info.CreationDate ?? '',
        new RegExp(factsUpdated(content.facts).slice(0, 4)),
        `${f.locale}/${f.format}: creation date is not the facts date`,
      );
      // A multilingual sheet names its first language.
      assert.ok(readFileSync(f.path).includes(`/Lang (${f.locales[0]})`), `${f.locale}/${f.format}: no /Lang (${f.locales[0]})`);
    }
  });

  it("prints 112 for immediate danger, and the facts' date with the kiut version, on every format (a sticker's label: the date alone)", () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}).version;
    for (const f of files) {
      // A label has room for the hotline alone (stickers.test.ts reads every label's words).
      const labels = allFormats.find((format) => format.id === f.format)?.labels !== undefined;
      for (const locale of f.locales) {
        const texts = content.locales[locale];
        const text = flat(pdftotext(f.path, f.locales.length > 1 ? 'raw' : 'reading'));
        const line = `${texts.about.updated} ${factsUpdated(content.facts)} · kiut ${version}`;
        assert.ok(text.includes(flat(line)), `${f.locale}/${f.format}: no "${line}"`);
        if (labels) continue;
        const emergency = flat(texts.emergency.replace('{tel:emergency-112}', '112'));
        assert.ok(text.includes(emergency), `${f.locale}/${f.format}: no "${emergency}"`);
        // 112 is a tap-to-call link on paper too (a PDF read on a phone).
        assert.ok(readFileSync(f.path).includes('(tel:112)'), `${f.locale}/${f.format}: no tel:112 link`);
      }
    }
  });

  it('names the IOM page as the seed does in every QR caption, never a return programme', () => {
    for (const f of files.filter((file) => allFormats.find((x) => x.id === file.format)?.codes.includes('iom'))) {
      for (const locale of f.locales) {
        const texts = content.locales[locale];
        // In reading order or in drawing order: beside a poster's tear-off strips, Chinese lines come out of reading order one by one between the strips.
        const orders = f.locales.length > 1 ? (['raw'] as const) : (['reading', 'raw'] as const);
        assert.ok(
          orders.some((order) => inOrder(pdftotext(f.path, order), texts.print['qr-iom'])),
          `${f.locale}/${f.format}: the IOM caption "${texts.print['qr-iom']}"`,
        );
        // The shelters' text speaks of returning to everyday life; the IOM caption promises no return.
        assert.doesNotMatch(texts.print['qr-iom'], /return|hazatér|повернен|programme/i, `${f.locale}/${f.format}`);
      }
    }
  });

  it('shows en and uk readers only the international number; hu shows the 06/… form in its full text', () => {
    for (const f of files) {
      const text = flat(pdftotext(f.path));
      if (f.locale === 'hu') continue;
      assert.ok(!text.includes(phone?.domestic ?? '?'), `${f.locale}/${f.format}: the 06/… form fails from a foreign SIM card`);
      assert.ok(!text.includes(line?.domestic ?? '?'), `${f.locale}/${f.format}: the Victim Support Line's 06/… form`);
    }
    assert.ok(flat(pdftotext(file('hu', 'leaflet-a4'))).includes(phone?.domestic ?? '?'));
  });

  it('uses the plain summary where space is short, the full text in the leaflet, and says where the facts come from', () => {
    for (const locale of locales) {
      const texts = content.locales[locale];
      const summary = flat(texts.sections.hotline.summary.map((s) => s.text).join(' '));
      for (const format of ['card-a6', 'poster-a4', 'poster-a3']) {
        const text = flat(pdftotext(file(locale, format)));
        assert.ok(text.includes(summary), `${locale}/${format}: the hotline summary`);
        // Posters carry the summary, so they say when no native speaker has checked it yet; the
        // A6 card has no room left for it (its leaflet says it).
        if (format !== 'card-a6')
          assert.equal(text.includes(flat(texts.about.unreviewed)), awaitsReview(texts), `${locale}/${format}: the not-yet-reviewed note`);
      }
      const leaflet = flat(pdftotext(file(locale, 'leaflet-a4')));
      assert.ok(leaflet.includes(flat(texts.sections['other-homes'].blocks.at(-1) as string)), `${locale}/leaflet-a4: the full text`);
      // In the order it was drawn: a hyphenated word broken at a line's end keeps its hyphen.
      const drawn = flat(pdftotext(file(locale, 'leaflet-a4'), 'raw'));
      assert.ok(drawn.includes(flat(texts.about.sources)), `${locale}/leaflet-a4: where the facts come from`);
      assert.equal(leaflet.includes(flat(texts.about.unreviewed)), awaitsReview(texts), `${locale}/leaflet-a4: the not-yet-reviewed note`);
    }
  });

  it('prints the partner line on every format', () => {
    for (const f of files) {
      const text = flat(pdftotext(f.path, f.locales.length > 1 ? 'raw' : 'reading'));
      assert.ok(text.includes(testPartner.name), `${f.locale}/${f.format}: no partner name`);
      assert.ok(text.includes(testPartner.contact), `${f.locale}/${f.format}: no partner contact`);
      for (const locale of f.locales)
        assert.ok(text.includes(flat(content.locales[locale].print.partner)), `${f.locale}/${f.format}: no ${locale} partner label`);
    }
  });

  it('gives byte-identical files when built twice', async () => {
    const again = mkdtempSync(join(tmpdir(), 'kiut-print-again-'));
    try {
      const second = await buildPrint({outDir: again, partner: testPartner});
      assert.equal(second.length, files.length);
      for (const f of second) {
        const first = readFileSync(join(dir, f.locale, `${f.format}.pdf`));
        assert.ok(readFileSync(f.path).equals(first), `${f.locale}/${f.format} differs between two builds`);
      }
    } finally {
      rmSync(again, {recursive: true, force: true});
    }
  });

  it('pdfmake may fetch no URL and read no file outside the font folder', async () => {
    const pdfmake = await nodePdfMake(resolvePrintModel(loadContent()));
    const base = {
      pageSize: 'A6',
      pageMargins: [30, 30, 30, 30],
      language: 'hu',
      info: {title: 't', subject: 's', creationDate: new Date(0), modDate: new Date(0)},
      defaultStyle: {},
    };
    const withImage = (src: string) => ({...base, content: [{image: 'picture'}], images: {picture: src}}) as unknown as TDocumentDefinitions;
    await assert.rejects(pdfmake.createPdf(withImage('https://example.com/a.png')).getBuffer(), /denied/);
    await assert.rejects(pdfmake.createPdf(withImage('/etc/hostname')).getBuffer(), /denied/);
    assert.ok(fontDir.endsWith(join('pdfmake', 'fonts', 'Roboto')));
  });
});

describe('Chinese on paper (zh-Hans)', () => {
  const zh = 'zh-Hans';
  /** pdftotext breaks Chinese lines anywhere: compare without any white space. */
  const bare = (text: string) => text.replace(/\s+/g, '');
  const han = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;

  it('every format is in Chinese, with the hotline number, in Noto Sans SC beside Roboto', () => {
    assert.ok(locales.includes(zh), 'the content has zh-Hans');
    for (const format of formats) {
      const path = file(zh, format.id);
      const text = pdftotext(path);
      assert.ok(han(text) >= 20, `${zh}/${format.id}: ${han(text)} Chinese characters`);
      assert.ok(flat(text).includes(phone?.international ?? '?'), `${zh}/${format.id}: no "${phone?.international}"`);
      const names = pdffonts(path).map((font) => font.name);
      assert.ok(
        names.some((name) => /^[A-Z]{6}\+NotoSansSC/.test(name)),
        `${zh}/${format.id}: no embedded Noto Sans SC subset in ${names.join(', ')}`,
      );
    }
  });

  it('the leaflet loses no character: every heading, paragraph and list item, the Hungarian names with ő and ű included', () => {
    const texts = resolvePrintModel(content).languages.find((l) => l.locale === zh);
    assert.ok(texts, 'the print model has zh-Hans');
    // The page's foot (the partner line, "2 / 3") comes out of pdftotext inside a paragraph that runs on to the next page.
    const foot = bare(`${texts.partner} ${testPartner.name} · ${testPartner.contact}`);
    const leaflet = bare(pdftotext(file(zh, 'leaflet-a4')))
      .replace(/\d+\/\d+/g, '')
      .replaceAll(foot, '');
    const inline = (pieces: (string | {text: string})[]) => pieces.map((piece) => (typeof piece === 'string' ? piece : piece.text)).join('');
    const expected = texts.sections.flatMap((section) => [
      section.title,
      ...section.blocks.flatMap((block) => ('paragraph' in block ? [inline(block.paragraph)] : block.list.map(inline))),
    ]);
    for (const want of expected) assert.ok(leaflet.includes(bare(want)), `${zh}/leaflet-a4: "${want}" is not whole`);
    for (const name of ['Országos Kríziskezelő és Információs Telefonszolgálat', 'Áldozatsegítő Központ', 'Országos Idegenrendészeti Főigazgatóság']) {
      assert.ok(leaflet.includes(bare(name)), `${zh}/leaflet-a4: no "${name}"`);
    }
    assert.match(leaflet, /ő/);
  });

  it('a multilingual poster takes Chinese beside Hungarian and English', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kiut-print-zh-'));
    try {
      const [built] = await buildPrint({outDir: out, locales: ['hu', 'en', zh], formats: ['poster-a4-multi']});
      assert.ok(built.bytes <= maxBytes, `${built.bytes} bytes`);
      const text = flat(pdftotext(built.path, 'raw'));
      assert.ok(bare(text).includes(bare(content.locales[zh].print.headline)), 'the Chinese headline');
      assert.ok(text.includes('ingyenesen hívható'), 'the Hungarian headline');
      assert.ok(
        pdffonts(built.path).some((font) => /\+NotoSansSC/.test(font.name)),
        'Noto Sans SC embedded',
      );
    } finally {
      rmSync(out, {recursive: true, force: true});
    }
  });
});

describe('no dead ends on paper (issue 19)', () => {
  for (const format of ['leaflet-a4', 'leaflet-a4-large']) {
    it(`${format}: carries the Victim Support Line, tap-to-call, and the centres' contact list, in every locale`, () => {
      assert.equal(line?.international, '+36 80 225 225');
      assert.equal(centresList, 'https://vansegitseg.im.gov.hu/elerhetosegek/');
      for (const locale of locales) {
        const text = flat(pdftotext(file(locale, format)));
        // The leaflets print the sections' full text: Hungarian writes the seed's 06/… form there
        // (the summary, with +36, is the screen's), every other language the international one.
        assert.ok(text.includes(locale === 'hu' ? line.domestic : line.international), `${locale}/${format}: the line's number`);
        // An address may wrap after a slash in large print: read it with the line breaks taken out.
        assert.ok(text.replace(/\s+/g, '').includes('vansegitseg.im.gov.hu/elerhetosegek'), `${locale}/${format}: the centres' contact list`);
        // A link a phone or a PDF reader can follow: the number dials its international form.
        const bytes = readFileSync(file(locale, format)).toString('latin1');
        assert.ok(bytes.includes(`(tel:${line.e164})`), `${locale}/${format}: a tel:${line.e164} link`);
        assert.ok(bytes.includes(`(${centresList})`), `${locale}/${format}: a link to ${centresList}`);
      }
    });
  }

  it('the A6 card keeps the hotline alone: the line does not fit there without shrinking it', () => {
    for (const locale of locales) assert.ok(!flat(pdftotext(file(locale, 'card-a6'))).includes(line?.international ?? '?'), `${locale}/card-a6`);
  });

  it('the headline says the call is free from Hungary, as the seed does ("ingyenesen hívható (Magyarországról)")', () => {
    const words: Record<string, string> = {
      hu: 'Magyarországról ingyenes',
      en: 'free from Hungary',
      uk: 'з Угорщини безкоштовно',
      ro: 'gratuit din Ungaria',
      bg: 'безплатно от Унгария',
      ru: 'из Венгрии бесплатно',
      sr: 'из Мађарске бесплатно',
      sq: 'falas nga Hungaria',
      vi: 'miễn phí từ Hungary',
      'zh-Hans': '从匈牙利拨打免费',
      mn: 'Унгараас үнэгүй',
    };
    for (const locale of locales) {
      const headline = content.locales[locale].print.headline;
      assert.ok(headline.includes(words[locale]), `${locale}: print.headline "${headline}"`);
      for (const format of ['card-a6', 'poster-a4', 'poster-a3', 'poster-a4-large']) {
        const text = flat(pdftotext(file(locale, format)));
        assert.ok(text.includes(flat(headline)), `${locale}/${format}: the headline "${headline}"`);
      }
    }
    for (const set of defaultLanguageSets) {
      const multi = flat(pdftotext(join(dir, set.join('-'), 'poster-a4-multi.pdf'), 'raw'));
      for (const locale of set) assert.ok(multi.includes(words[locale]), `${set.join('-')}/poster-a4-multi: the ${locale} headline`);
    }
  });
});
