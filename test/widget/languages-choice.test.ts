/**
 * A partner chooses the languages the switcher offers (`languages`) and the language a guide
 * falls back to (`default-lang`). The languages come from the content, never from this file:
 * the first is the source (Hungarian), the others are fetched files.
 */
import {expect, fixture} from '@open-wc/testing';
import '../../src/index.js';
import type {KiutGuide} from '../../src/kiut-guide.js';
import {locales} from '../../src/i18n/languages.js';
import {captureWarnings, shadow} from './helpers.js';

const [source, first, second] = locales;

/** The languages the switcher offers, as `lang` of its buttons, in order. */
const offered = (el: KiutGuide): string[] => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="language-switcher"] button')].map((b) => b.lang);

async function guide(markup: string): Promise<KiutGuide> {
  const el = await fixture<KiutGuide>(markup);
  await el.updateComplete;
  return el;
}

/** Runs `test` with `<html lang>` set to `lang` (or removed for null), and puts it back. */
async function withPageLang(lang: string | null, test: () => Promise<void>): Promise<void> {
  const root = document.documentElement;
  const before = root.getAttribute('lang');
  try {
    if (lang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', lang);
    await test();
  } finally {
    if (before === null) root.removeAttribute('lang');
    else root.setAttribute('lang', before);
  }
}

describe('languages: the languages the switcher offers', () => {
  it('has at least three languages to choose from', () => {
    expect(locales.length).to.be.at.least(3);
  });

  it('offers every language by default, in the content order', async () => {
    const el = await guide(`<kiut-guide lang="${source}" language-switcher></kiut-guide>`);
    expect(offered(el)).to.deep.equal([...locales]);
  });

  it('offers only the chosen languages, in the content order whatever the order written', async () => {
    const el = await guide(`<kiut-guide lang="${source}" language-switcher languages="${second}, ${first.toUpperCase()} ${source}"></kiut-guide>`);
    expect(offered(el)).to.deep.equal([source, first, second]);
    const one = await guide(`<kiut-guide lang="${source}" language-switcher languages="${source} ${second}"></kiut-guide>`);
    expect(offered(one)).to.deep.equal([source, second]);
  });

  it('always offers the language the guide is in, pressed, so a reader sees which one is on', async () => {
    const el = await guide(`<kiut-guide lang="${first}" language-switcher languages="${source} ${second}"></kiut-guide>`);
    expect(offered(el)).to.deep.equal([source, first, second]);
    const pressed = shadow(el).querySelector('[part="language-switcher"] button[aria-pressed="true"]');
    expect(pressed?.getAttribute('lang')).to.equal(first);
    // After switching away, the language no longer on is no longer offered.
    shadow(el).querySelector<HTMLButtonElement>(`[part="language-switcher"] button[lang="${second}"]`)!.click();
    await el.updateComplete;
    expect(el.locale).to.equal(second);
    expect(offered(el)).to.deep.equal([source, second]);
  });

  it('warns once about an unknown language and offers the known ones', async () => {
    const warnings = captureWarnings();
    try {
      const el = await guide(`<kiut-guide lang="${source}" language-switcher languages="${first} xx"></kiut-guide>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(offered(el)).to.deep.equal([source, first]);
      const about = warnings.messages.filter((m) => m.includes('languages="'));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('(xx)').and.to.contain(locales.join(', '));
    } finally {
      warnings.restore();
    }
  });

  it('offers every language, with a warning, when none of the chosen ones is known', async () => {
    const warnings = captureWarnings();
    try {
      const el = await guide(`<kiut-guide lang="${source}" language-switcher languages="xx yy"></kiut-guide>`);
      expect(offered(el)).to.deep.equal([...locales]);
      expect(warnings.messages.filter((m) => m.includes('languages="xx yy"') && m.includes('Showing all languages'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});

describe('default-lang: the language when neither the guide nor the page names one of the guide', () => {
  it('applies when the page has no lang', async () => {
    await withPageLang(null, async () => {
      const el = await guide(`<kiut-guide layout="compact" default-lang="${first}"></kiut-guide>`);
      expect(el.locale).to.equal(first);
      expect(shadow(el).querySelector('.guide')!.getAttribute('lang')).to.equal(first);
    });
  });

  it('applies, with one warning, when the page is in a language the guide does not have', async () => {
    await withPageLang('de', async () => {
      const warnings = captureWarnings();
      try {
        const el = await guide(`<kiut-guide layout="compact" default-lang="${second}"></kiut-guide>`);
        expect(el.locale).to.equal(second);
        expect(shadow(el).querySelector('.guide')!.getAttribute('lang')).to.equal(second);
        const about = warnings.messages.filter((m) => m.includes('lang="de"'));
        expect(about).to.have.length(1);
        expect(about[0]).to.contain(`showing ${second}`);
      } finally {
        warnings.restore();
      }
    });
  });

  it('does not apply when the page is in a language of the guide', async () => {
    await withPageLang(`${first}-XX`, async () => {
      const el = await guide(`<kiut-guide layout="compact" default-lang="${second}"></kiut-guide>`);
      expect(el.locale).to.equal(first);
    });
    const wrapper = await fixture<HTMLDivElement>(`<div lang="${source}"><kiut-guide layout="compact" default-lang="${second}"></kiut-guide></div>`);
    const el = wrapper.querySelector('kiut-guide')!;
    await el.updateComplete;
    expect(el.locale).to.equal(source);
  });

  it('never wins over the guide’s own lang', async () => {
    await withPageLang(null, async () => {
      const el = await guide(`<kiut-guide layout="compact" lang="${first}" default-lang="${second}"></kiut-guide>`);
      expect(el.locale).to.equal(first);
      expect(shadow(el).querySelector('.guide')!.getAttribute('lang')).to.equal(first);
    });
  });

  it('follows a change of default-lang, and a page lang set later', async () => {
    await withPageLang(null, async () => {
      const el = await guide(`<kiut-guide layout="compact"></kiut-guide>`);
      expect(el.locale).to.equal(source);
      el.setAttribute('default-lang', first);
      await el.updateComplete;
      expect(el.locale).to.equal(first);
      expect(shadow(el).querySelector('.guide')!.getAttribute('lang')).to.equal(first);
      document.documentElement.setAttribute('lang', second);
      await el.updateComplete;
      expect(el.locale).to.equal(second);
    });
  });

  it('accepts any case', async () => {
    await withPageLang(null, async () => {
      const el = await guide(`<kiut-guide layout="compact" default-lang=" ${first.toUpperCase()} "></kiut-guide>`);
      expect(el.locale).to.equal(first);
    });
  });

  it('an unknown default-lang: one warning naming the languages, and Hungarian', async () => {
    await withPageLang(null, async () => {
      const warnings = captureWarnings();
      try {
        const el = await guide(`<kiut-guide layout="compact" default-lang="xx"></kiut-guide>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(el.locale).to.equal(source);
        expect(shadow(el).querySelector('.guide')!.getAttribute('lang')).to.equal(source);
        const about = warnings.messages.filter((m) => m.includes('default-lang="xx"'));
        expect(about).to.have.length(1);
        expect(about[0]).to.contain(locales.join(', ')).and.to.contain(`using "${source}"`);
      } finally {
        warnings.restore();
      }
    });
  });

  it('hostile values of 100 000 characters: one short warning each, Hungarian, every language offered', async () => {
    await withPageLang(null, async () => {
      const warnings = captureWarnings();
      try {
        const long = `${'<img src=x onerror=alert(1)> '.repeat(4000)}`.slice(0, 100_000);
        const el = document.createElement('kiut-guide');
        el.setAttribute('language-switcher', '');
        el.setAttribute('languages', long);
        el.setAttribute('default-lang', long);
        (await fixture<HTMLDivElement>('<div></div>')).append(el);
        await el.updateComplete;
        expect(el.locale).to.equal(source);
        expect(offered(el)).to.deep.equal([...locales]);
        expect(shadow(el).querySelector('img')).to.equal(null);
        const mine = warnings.messages.filter((m) => m.includes('languages="') || m.includes('default-lang="'));
        expect(mine).to.have.length(2);
        for (const message of mine) expect(message.length).to.be.below(1000);
      } finally {
        warnings.restore();
      }
    });
  });
});
