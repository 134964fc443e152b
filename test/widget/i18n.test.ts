import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/index.js';
import type {KiutGuide} from '../../src/kiut-guide.js';
import type {KiutGuideLocaleChangeEvent} from '../../src/events.js';
import {everyLocale as textsByLocale} from '../../src/generated/every-locale.js';
import type {WidgetTexts} from '../../src/content/widget-types.js';
import {facts} from '../../src/generated/facts.js';
import {splitTokens} from '../../src/content/tokens.js';
import {awaitsReview} from '../../src/content/review.js';
import {captureWarnings, openEveryMore, shadow, visibleText} from './helpers.js';

const locales = Object.keys(textsByLocale);

/** Interface strings (msg()) that every full guide shows, written out per language. */
const interfaceStrings: Record<string, string[]> = {
  hu: ['Kilépés', 'Vagy nyomd meg háromszor a Shift billentyűt', 'Hívás', 'Olvasd be a telefonoddal', 'Válassz egyet vagy többet.'],
  en: ['Leave this page', 'Or press Shift 3 times', 'Call', 'Scan with your phone', 'Choose one or more.'],
  uk: ['Вийти', 'Або натисніть Shift 3 рази', 'Дзвонити', 'Відскануйте телефоном', 'Виберіть один або кілька варіантів.'],
  ro: ['Ieșire', 'Sau apăsați Shift de 3 ori', 'Sunați', 'Scanați cu telefonul', 'Alegeți una sau mai multe variante.'],
  bg: ['Изход', 'Или натиснете Shift 3 пъти', 'Обаждане', 'Сканирайте с телефона си', 'Изберете един или няколко отговора.'],
  ru: ['Выйти', 'Или нажмите Shift 3 раза', 'Позвонить', 'Отсканируйте телефоном', 'Выберите один или несколько вариантов.'],
  sr: ['Изађите', 'Или притисните Shift 3 пута', 'Позовите', 'Скенирајте телефоном', 'Изаберите један или више одговора.'],
  sq: ['Dalje', 'Ose shtypni Shift 3 herë', 'Telefononi', 'Skanoni me telefon', 'Zgjidhni një ose më shumë.'],
  vi: ['Thoát', 'Hoặc nhấn Shift 3 lần', 'Gọi', 'Quét bằng điện thoại', 'Chọn một hoặc nhiều mục.'],
  'zh-Hans': ['离开本页', '或按3次Shift键', '拨打', '用手机扫码', '请选择一项或多项。'],
  mn: ['Гарах', 'Эсвэл Shift товчийг 3 удаа дарна уу', 'Залгах', 'Утсаараа уншуулна уу', 'Нэг эсвэл хэд хэдийг сонгоно уу.'],
};

/** Each language in its own name, in the switcher's order (the content's). */
const languageNames: [string, string][] = [
  ['hu', 'Magyar'],
  ['bg', 'Български'],
  ['en', 'English'],
  ['mn', 'Монгол'],
  ['ro', 'Română'],
  ['ru', 'Русский'],
  ['sq', 'Shqip'],
  ['sr', 'Српски'],
  ['uk', 'Українська'],
  ['vi', 'Tiếng Việt'],
  ['zh-Hans', '简体中文'],
];

/** Language-specific texts of a locale that every full guide shows: paragraphs, need labels, interface strings. */
function distinctive(locale: string): string[] {
  const texts: WidgetTexts = textsByLocale[locale];
  const paragraphs = Object.values(texts.sections)
    .flatMap((s) => s.blocks)
    .filter((b): b is string => typeof b === 'string')
    .map((b) => (splitTokens(b).find((p): p is string => typeof p === 'string') ?? '').trim().slice(0, 40).trim());
  const needs = facts.needs.map((need) => texts.needs[need]);
  return [...paragraphs, ...needs, ...interfaceStrings[locale]].filter((s) => s.length > 3);
}

async function render(locale: string, extra = ''): Promise<KiutGuide> {
  const el = await fixture<KiutGuide>(`<kiut-guide lang="${locale}" ${extra}></kiut-guide>`);
  await el.updateComplete;
  await openEveryMore(el);
  return el;
}

describe('languages', () => {
  it('ships the eleven languages', () => {
    expect([...locales].sort()).to.deep.equal(['bg', 'en', 'hu', 'mn', 'ro', 'ru', 'sq', 'sr', 'uk', 'vi', 'zh-Hans']);
  });

  for (const locale of locales) {
    it(`renders ${locale} completely, with no string from another language`, async () => {
      const el = await render(locale, 'language-switcher');
      const text = visibleText(shadow(el).querySelector('article')!) + ' ' + visibleText(shadow(el).querySelector('.exit-bar')!);
      const missing = distinctive(locale).filter((own) => !text.includes(own.replace(/\s+/g, ' ')));
      expect(missing, `${locale} is missing`).to.deep.equal([]);
      // The switcher names every language in its own name; leave it out of the comparison.
      const withoutSwitcher = text.replace(visibleText(shadow(el).querySelector('.switcher')!), '');
      for (const other of locales.filter((l) => l !== locale)) {
        const foreign = distinctive(other).filter((s) => !distinctive(locale).includes(s) && withoutSwitcher.includes(s.replace(/\s+/g, ' ')));
        expect(foreign, `${locale} shows ${other} strings`).to.deep.equal([]);
      }
    });
  }

  for (const locale of locales.filter((l) => awaitsReview(textsByLocale[l]))) {
    it(`${locale}: says, in ${locale}, that a native speaker has not checked it yet, and the hotline is one tap away`, async () => {
      const el = await render(locale);
      const root = shadow(el);
      expect(root.querySelector('.guide')!.getAttribute('lang')).to.equal(locale);
      expect(visibleText(root.querySelector('.unreviewed')!)).to.equal(textsByLocale[locale].about.unreviewed);
      const call = root.querySelector<HTMLAnchorElement>('.hotline a[part="call-link"]')!;
      expect(call.getAttribute('href')).to.equal('tel:+3680205520');
      expect(visibleText(call)).to.contain('+36 80 20 55 20');
    });
  }

  it('sets lang on what it renders, so screen readers speak the right language', async () => {
    const el = await render('uk', 'language-switcher');
    expect(shadow(el).querySelector('.guide')!.getAttribute('lang')).to.equal('uk');
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="language-switcher"] button')];
    expect(buttons.map((b) => [b.lang, visibleText(b)])).to.deep.equal(languageNames);
    expect(buttons.find((b) => b.lang === 'uk')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('switches language in place and updates every text', async () => {
    const el = await render('hu', 'language-switcher');
    const reference = await render('en', 'language-switcher');
    const event = oneEvent(el, 'kiut-guide-locale-change') as Promise<KiutGuideLocaleChangeEvent>;
    shadow(el).querySelector<HTMLButtonElement>('[part="language-switcher"] button[lang="en"]')!.click();
    expect((await event).locale).to.equal('en');
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('en');
    expect(shadow(el).querySelector('.guide')!.getAttribute('lang')).to.equal('en');
    expect(visibleText(shadow(el))).to.equal(visibleText(shadow(reference)));
  });

  it('keeps no language state in storage', async () => {
    const before = [localStorage.length, sessionStorage.length, document.cookie];
    const el = await render('hu', 'language-switcher');
    shadow(el).querySelector<HTMLButtonElement>('[part="language-switcher"] button[lang="uk"]')!.click();
    await el.updateComplete;
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(before);
  });

  it('takes the language from the closest [lang] ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><section><kiut-guide layout="compact"></kiut-guide></section></div>`);
    const el = wrapper.querySelector<KiutGuide>('kiut-guide')!;
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    // A change on the ancestor is followed.
    wrapper.setAttribute('lang', 'uk');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shadow(el).querySelector('.guide')!.getAttribute('lang')).to.equal('uk');
  });

  it('takes the language from <html lang>, else Hungarian', async () => {
    const html0 = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'uk');
      const el = await fixture<KiutGuide>(html`<kiut-guide layout="compact"></kiut-guide>`);
      expect(el.locale).to.equal('uk');
      document.documentElement.removeAttribute('lang');
      const plain = await fixture<KiutGuide>(html`<kiut-guide layout="compact"></kiut-guide>`);
      expect(plain.locale).to.equal('hu');
    } finally {
      if (html0 === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', html0);
    }
  });

  it('falls back to Hungarian with one warning for a language it does not have', async () => {
    const warnings = captureWarnings();
    try {
      const el = await render('de');
      el.requestUpdate();
      await el.updateComplete;
      expect(el.locale).to.equal('hu');
      expect(shadow(el).querySelector('.guide')!.getAttribute('lang')).to.equal('hu');
      expect(warnings.messages.filter((m) => m.includes('lang="de"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('keeps the Hungarian names of institutions beside the translation', async () => {
    for (const locale of locales.filter((l) => l !== 'hu')) {
      const text = visibleText(shadow(await render(locale)));
      for (const name of ['Áldozatsegítő', 'Családok átmeneti otthona', 'Szociális Ágazati Portál', 'Országos Kríziskezelő és Információs Telefonszolgálat']) {
        expect(text, `${locale}: ${name}`).to.contain(name);
      }
    }
  });

  it('shows the same number and links in every language', async () => {
    for (const locale of locales) {
      const el = await render(locale);
      const hrefs = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href')).sort();
      const hu = await render('hu');
      expect(hrefs, locale).to.deep.equal([...shadow(hu).querySelectorAll('a')].map((a) => a.getAttribute('href')).sort());
    }
  });
});
