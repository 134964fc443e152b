/**
 * Issue 20 §2: the "Say this in Hungarian" card. A reader of another language shows it, or reads
 * it out: each sentence in Hungarian (marked lang="hu", large), what it means beneath it in the
 * reader's language; in the full guide and the compact layout, never for Hungarian readers.
 */
import {expect, fixture} from '@open-wc/testing';
import '../../src/index.js';
import type {KiutGuide} from '../../src/kiut-guide.js';
import {allRules, shadow, visibleText} from './helpers.js';
import {darkGuide, darkMarks, expectAccessibleIn} from './dark.js';
import {markedIt} from './engine.js';
import {removeFrames} from './frame.js';
import {hostPage, rootHosts} from './hosts/host-pages.js';

/** What each reader sees: the heading, then [Hungarian, meaning] per sentence, as written in content/. */
const cards: Record<string, {heading: string; sentences: [string, string][]}> = {
  en: {
    heading: 'Say this in Hungarian',
    sentences: [
      ['Segítségre van szükségem.', 'I need help.'],
      ['Nem beszélek magyarul.', 'I do not speak Hungarian.'],
      ['Beszél angolul?', 'Do you speak English?'],
      ['Angolul beszélek.', 'I speak English.'],
    ],
  },
  uk: {
    heading: 'Скажіть це угорською',
    sentences: [
      ['Segítségre van szükségem.', 'Мені потрібна допомога.'],
      ['Nem beszélek magyarul.', 'Я не розмовляю угорською.'],
      ['Beszél angolul?', 'Ви розмовляєте англійською?'],
      ['Ukránul beszélek.', 'Я розмовляю українською.'],
    ],
  },
};

async function render(lang: string, layout: 'full' | 'compact'): Promise<KiutGuide> {
  const el = await fixture<KiutGuide>(`<kiut-guide lang="${lang}"${layout === 'compact' ? ' layout="compact"' : ''}></kiut-guide>`);
  await el.updateComplete;
  return el;
}

const card = (el: KiutGuide) => shadow(el).querySelector<HTMLElement>('[part="phrases"]');

describe('"Say this in Hungarian"', () => {
  for (const layout of ['full', 'compact'] as const) {
    for (const [lang, expected] of Object.entries(cards)) {
      it(`shows every sentence in Hungarian, with its meaning in ${lang}, in the ${layout} layout`, async () => {
        const el = await render(lang, layout);
        const found = card(el);
        expect(found, 'the card').to.exist;
        const heading = found!.querySelector('h1, h2, h3, h4, h5, h6')!;
        expect(visibleText(heading)).to.equal(expected.heading);
        expect(found!.getAttribute('aria-labelledby')).to.equal(heading.id);
        const sentences = [...found!.querySelectorAll('p')].map((p) => {
          const [hu, says] = [...p.querySelectorAll('span')];
          return {hu: [hu.lang, visibleText(hu)], says: [says.lang, visibleText(says)]};
        });
        expect(sentences).to.deep.equal(expected.sentences.map(([hu, says]) => ({hu: ['hu', hu], says: [lang, says]})));
        // Large: the Hungarian is what the other person reads, across a counter or a doorway.
        const [hu, says] = [...found!.querySelectorAll('p')[0].querySelectorAll('span')];
        expect(parseFloat(getComputedStyle(hu).fontSize)).to.be.at.least(1.4 * parseFloat(getComputedStyle(says).fontSize));
      });
    }

    it(`is absent for Hungarian readers in the ${layout} layout`, async () => {
      const el = await render('hu', layout);
      expect(card(el)).to.equal(null);
      expect(visibleText(shadow(el))).not.to.contain('Nem beszélek magyarul.');
    });

    it(`passes axe with the card in the ${layout} layout`, async () => {
      const el = await render('uk', layout);
      expect(card(el)).to.exist;
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('sits right after the hotline in the full guide, a heading one level below the title', async () => {
    const el = await render('en', 'full');
    expect(card(el)!.previousElementSibling!.getAttribute('data-section')).to.equal('hotline');
    expect(card(el)!.querySelector('h3')).to.exist;
  });

  markedIt(darkMarks, 'passes axe with the card in the dark scheme', async () => {
    const {guide, win} = await darkGuide('<kiut-guide lang="en"></kiut-guide>');
    expect(card(guide)).to.exist;
    await expectAccessibleIn(win, guide);
    removeFrames();
  });

  // The test runner cannot switch forced colours on: the card keeps its border in system colours by this rule.
  it('keeps its frame in forced colours', async () => {
    const el = await render('en', 'compact');
    const forced = allRules(shadow(el)).filter(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
    );
    const rule = [...forced[0].cssRules].find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.split(/,\s*/).includes('.phrases'));
    expect(rule?.style.borderColor.toLowerCase()).to.equal('canvastext');
  });

  it('reads at the reader’s size and fits 320 px on a page with a 10 px root', async () => {
    const host = rootHosts.find((h) => h.head.includes('font-size: 10px'))!;
    const page = await hostPage(host, 'uk', {width: '320px'});
    const found = page.root.querySelector<HTMLElement>('[part="phrases"]')!;
    expect(found, 'the card').to.exist;
    for (const el of [found, ...found.querySelectorAll('*')]) {
      const box = el.getBoundingClientRect();
      expect(box.right, `${el.localName}.${el.className} right`).to.be.at.most(320.5);
    }
    // em, not rem: the Hungarian stays 1.5 × the reader's 16 px, whatever the partner's root.
    expect(parseFloat(page.win.getComputedStyle(found.querySelector('.phrase-hu')!).fontSize)).to.equal(24);
    removeFrames();
  });
});
