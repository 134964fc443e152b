/**
 * Each reader downloads only their own language (src/i18n/languages.ts): Hungarian is in the
 * script; every other language, and every language's full texts behind "More", is a file beside
 * it, fetched when needed and checked against the hash the script carries. These tests load the
 * built scripts in a page, as a partner serves them, and read what the page fetched.
 */
import {expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import type {KiutGuide} from '../../src/kiut-guide.js';
import {everyLocale} from '../../src/generated/every-locale.js';
import {budgets} from '../../scripts/lib/budgets.js';
import {openPage, removeFrames, type Frame} from './safety/helpers.js';
import {openEveryMore, shadow, visibleText} from './helpers.js';

afterEach(removeFrames);

const locales = Object.keys(everyLocale);

/** The guide's files the page fetched, by name, in order. */
const fetched = ({win}: Frame): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /^\/(tampered\/)?dist\/kiut-guide/.test(path))
    .map((path) => path.replace(/^.*\//, ''));

async function gzipSize(file: string): Promise<number> {
  const response = await fetch(`/__kiut/gzip-size?file=${encodeURIComponent(file)}`);
  return ((await response.json()) as {bytes: number}).bytes;
}

describe('language files', () => {
  it('a Hungarian reader fetches the script and the Hungarian first screen, and the full texts only when a "More" opens', async () => {
    const frame = await openPage('guide.html', {lang: 'hu'});
    expect(fetched(frame)).to.deep.equal(['kiut-guide.js', 'kiut-guide.hu.json']);
    await openEveryMore(frame.guide);
    expect(fetched(frame)).to.deep.equal(['kiut-guide.js', 'kiut-guide.hu.json', 'kiut-guide.hu.full.json']);
  });

  it('the compact layout in Hungarian needs the script alone: the hotline is in it', async () => {
    const frame = await openPage('guide.html', {lang: 'hu', layout: 'compact'});
    expect(fetched(frame)).to.deep.equal(['kiut-guide.js']);
    expect(shadow(frame.guide).querySelector('.hotline a[href="tel:+3680205520"]')).to.exist;
  });

  for (const locale of locales.filter((l) => l !== 'hu')) {
    it(`a reader of ${locale} fetches the script and the ${locale} files, no other language`, async () => {
      const frame = await openPage('guide.html', {lang: locale});
      expect(shadow(frame.guide).querySelector('.guide')!.getAttribute('lang')).to.equal(locale);
      expect(fetched(frame)).to.deep.equal(['kiut-guide.js', `kiut-guide.${locale}.json`]);
      await openEveryMore(frame.guide);
      expect(fetched(frame)).to.deep.equal(['kiut-guide.js', `kiut-guide.${locale}.json`, `kiut-guide.${locale}.full.json`]);
    });
  }

  it('each reader downloads at most the budget for the guide, and each file beside the script at most its own (gzip -9 of what the page fetched)', async function (this: Mocha.Context) {
    // Eleven pages, each opening every "More": WebKit on a loaded machine needs more than 10 s.
    this.timeout(120000);
    const report: string[] = [];
    const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);
    for (const locale of locales) {
      const frame = await openPage('guide.html', {lang: locale});
      const first = await Promise.all(fetched(frame).map(gzipSize));
      expect(sum(first), `${locale}: ${fetched(frame).join(' + ')}`).to.be.at.most(budgets.readerKb * 1024);
      await openEveryMore(frame.guide);
      const files = fetched(frame);
      const sizes = await Promise.all(files.map(gzipSize));
      for (const [i, file] of files.entries()) {
        if (file.endsWith('.json')) expect(sizes[i], `${file}: ${sizes[i]} B`).to.be.at.most(budgets.perLocaleKb * 1024);
      }
      report.push(`${locale}: ${files.map((f, i) => `${f} ${sizes[i]}`).join(' + ')}; the guide ${sum(first)} B, with every "More" open ${sum(sizes)} B`);
      removeFrames();
    }
    console.log(`What each reader downloads (gzip -9):\n${report.join('\n')}`);
  });

  it('the classic script fetches the language files from its own folder too', async () => {
    const frame = await openPage('csp-iife.html');
    shadow(frame.guide).querySelector<HTMLButtonElement>('[part="language-switcher"] button[lang="en"]')!.click();
    await frame.guide.updateComplete;
    expect(shadow(frame.guide).querySelector('.guide')!.getAttribute('lang')).to.equal('en');
    // The page is Hungarian: the guide came up in Hungarian, then the reader chose English.
    expect(fetched(frame)).to.deep.equal(['kiut-guide.iife.js', 'kiut-guide.hu.json', 'kiut-guide.en.json']);
    expect(frame.log.violations, 'CSP violations').to.deep.equal([]);
  });
});

describe('a language file that was changed or lost', () => {
  for (const [page, script] of [
    ['tampered.html', 'the ES module'],
    ['tampered-iife.html', 'the classic script'],
  ]) {
    it(`${script}: a changed file is never used; the reader gets Hungarian, with a short English notice`, async () => {
      const frame = await openPage(page, {lang: 'en'});
      const root = shadow(frame.guide);
      expect(root.querySelector('.guide')!.getAttribute('lang')).to.equal('hu');
      const notice = root.querySelector('.language-notice')!;
      expect(notice.getAttribute('lang')).to.equal('en');
      expect(visibleText(notice)).to.equal('English: this language could not be loaded. The guide is shown in Hungarian.');
      expect(visibleText(root)).not.to.contain('TAMPERED');
      // The hotline and the exit work as ever.
      expect(root.querySelector('.hotline a[href="tel:+3680205520"]')).to.exist;
      expect(root.querySelector('[part="exit-button"]')).to.exist;
      expect(frame.log.warnings.join('\n')).to.contain('kiut-guide.en.json could not be used');
      expect(frame.log.errors, 'errors').to.deep.equal([]);
    });
  }

  it('a missing file: Hungarian, with the notice', async () => {
    const frame = await openPage('tampered.html', {lang: 'uk'});
    const root = shadow(frame.guide);
    expect(root.querySelector('.guide')!.getAttribute('lang')).to.equal('hu');
    expect(visibleText(root.querySelector('.language-notice')!)).to.equal('Українська: this language could not be loaded. The guide is shown in Hungarian.');
    expect(root.querySelector('.hotline a[href="tel:+3680205520"]')).to.exist;
  });

  it('changed full texts: each "More" says so, and the summaries and numbers stay', async () => {
    const frame = await openPage('tampered.html', {lang: 'hu'});
    await openEveryMore(frame.guide);
    const root = shadow(frame.guide);
    const statuses = [...root.querySelectorAll('details.more .more-status')].map(visibleText);
    expect(statuses.length).to.equal(root.querySelectorAll('details.more').length);
    for (const status of statuses)
      expect(status).to.equal('A teljes szöveget nem sikerült betölteni. A fenti összefoglaló és az oldalon lévő telefonszámok továbbra is használhatók.');
    expect(visibleText(root)).not.to.contain('TAMPERED');
    expect(root.querySelectorAll('.summary').length).to.be.greaterThan(5);
  });
});

describe('when no language file can be loaded', () => {
  for (const lang of ['hu', 'vi']) {
    it(`a ${lang} reader gets the hotline and the exit, never a blank guide`, async () => {
      const frame = await openPage('lost.html', {lang});
      const root = shadow(frame.guide);
      expect(root.querySelector('.guide')!.getAttribute('lang')).to.equal('hu');
      expect(root.querySelector('.hotline a[href="tel:+3680205520"]')).to.exist;
      expect(root.querySelector('[part="exit-button"]')).to.exist;
      const notices = [...root.querySelectorAll('.language-notice')].map(visibleText);
      expect(notices).to.deep.equal(
        lang === 'hu'
          ? ['Az útmutató többi részét nem sikerült betölteni. Az alábbi krízisvonalat továbbra is hívhatod.']
          : [
              'Tiếng Việt: this language could not be loaded.',
              'Az útmutató többi részét nem sikerült betölteni. Az alábbi krízisvonalat továbbra is hívhatod.',
            ],
      );
      expect(frame.log.errors, 'errors').to.deep.equal([]);
    });
  }
});

describe('while a language file is on its way', () => {
  it('the hotline and the exit are there at once, in Hungarian', async () => {
    const realFetch = window.fetch;
    let asked = '';
    // A file that never arrives (a slow or stalled network).
    window.fetch = (input: RequestInfo | URL) => {
      asked = String(input);
      return new Promise<Response>(() => {});
    };
    try {
      // fixtureSync: the guide's updateComplete waits for the file, which never comes.
      const el = fixtureSync<KiutGuide>(html`<kiut-guide lang="uk"></kiut-guide>`);
      await waitUntil(() => el.shadowRoot?.querySelector('.hotline'), 'the hotline is rendered');
      const root = shadow(el);
      expect(asked).to.match(/kiut-guide\.uk\.json$/);
      expect(root.querySelector('.guide')!.getAttribute('lang')).to.equal('hu');
      expect(root.querySelector('.hotline a[href="tel:+3680205520"]')).to.exist;
      expect(root.querySelector('[part="exit-button"]')).to.exist;
      expect(root.querySelector('.language-notice')).to.equal(null);
    } finally {
      window.fetch = realFetch;
    }
  });
});
