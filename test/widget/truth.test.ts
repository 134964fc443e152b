import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {setViewport} from './engine.js';
import '../../src/index.js';
import type {KiutGuide} from '../../src/kiut-guide.js';
import {facts} from '../../src/generated/facts.js';
import {everyLocale as textsByLocale} from '../../src/generated/every-locale.js';
import {openEveryMore, shadow, visibleText} from './helpers.js';

/**
 * What the truth review asked of the screen: the emergency number beside the hotline, the
 * numbers each language can dial, plain summaries before the full text, the IOM link named as
 * the seed names it, and a last line that says where the facts come from and as of when.
 */
async function guide(lang: string): Promise<KiutGuide> {
  const el = await fixture<KiutGuide>(html`<kiut-guide lang=${lang}></kiut-guide>`);
  await el.updateComplete;
  await openEveryMore(el);
  return el;
}

afterEach(async () => {
  await setViewport({width: 800, height: 600});
});

describe('<kiut-guide> says only what its sources say', () => {
  for (const lang of ['hu', 'en', 'uk']) {
    it(`shows 112 for immediate danger right under the hotline, one tap away (${lang})`, async () => {
      const el = await guide(lang);
      const line = shadow(el).querySelector('.emergency')!;
      const link = line.querySelector<HTMLAnchorElement>('a[href="tel:112"]')!;
      expect(link.textContent).to.equal('112');
      expect(shadow(el).querySelector('[part="hotline"]')!.nextElementSibling).to.equal(line);
      // The compact card carries it too.
      const compact = await fixture<KiutGuide>(html`<kiut-guide lang=${lang} layout="compact"></kiut-guide>`);
      expect(shadow(compact).querySelector('.emergency a[href="tel:112"]')).to.not.equal(null);
    });
  }

  it('shows en and uk readers only the number form that works from a foreign SIM card', async () => {
    for (const lang of ['en', 'uk']) {
      const el = await guide(lang);
      const all = visibleText(shadow(el));
      expect(all, lang).to.contain('+36 80 20 55 20');
      expect(all, lang).to.contain('+36 80 225 225');
      expect(all, lang).not.to.contain('06/80-20-55-20');
      expect(all, lang).not.to.contain('06/80-225-225');
      // OKIT, the Victim Support Line and 112: every tap dials the international form.
      for (const a of shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]'))
        expect(a.getAttribute('href'), lang).to.match(/^tel:(\+3680205520|\+3680225225|112)$/);
    }
    // Hungarian readers see both: the seed's 06/… form in its text, +36 on the card.
    const hu = visibleText(shadow(await guide('hu')));
    expect(hu).to.contain('06/80-20-55-20');
    expect(hu).to.contain('+36 80 20 55 20');
  });

  it('opens each section with its plain summary, and keeps the full text one tap away in a native <details>', async () => {
    // Closed, as a reader first sees it.
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="en"></kiut-guide>`);
    await el.updateComplete;
    for (const {id} of facts.sections) {
      const section = shadow(el).querySelector(`section[data-section="${id}"]`)!;
      const summary = section.querySelector('.summary')!;
      expect(visibleText(summary), id).to.contain(
        textsByLocale.en.sections[id].summary[0]
          .replace(/\{[^}]+\}/g, '')
          .trim()
          .slice(0, 20),
      );
      if (id === 'no-trace') {
        // The no-trace tips are never folded away.
        expect(section.querySelector('details'), id).to.equal(null);
        continue;
      }
      const details = section.querySelector('details')!;
      expect(details.open, id).to.equal(false);
      expect(summary.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING, id).to.be.greaterThan(0);
      const toggle = details.querySelector('summary')!;
      // Each "More" names its section, so a screen reader's list of controls tells them apart.
      expect(visibleText(toggle), id).to.equal(`More: ${textsByLocale.en.sections[id].title}`);
      const toggled = oneEvent(details, 'toggle');
      toggle.click();
      expect(details.open, id).to.equal(true);
      // The full texts are fetched when the first "More" opens (src/i18n/languages.ts).
      await toggled;
      await el.updateComplete;
      expect(details.querySelector('.more-status'), id).to.equal(null);
      expect(details.querySelector('p, ul')!.getBoundingClientRect().height, id).to.be.greaterThan(0);
    }
  });

  it('names the IOM link as further information, in every language, never as a return programme', async () => {
    const titles: Record<string, string> = {
      hu: 'További hasznos információ (IOM Magyarország)',
      en: 'Further useful information (IOM Hungary)',
      uk: 'Більше корисної інформації — МОМ (IOM) в Угорщині',
    };
    for (const lang of ['hu', 'en', 'uk']) {
      const el = await guide(lang);
      const section = shadow(el).querySelector('section[data-section="further-information"]')!;
      expect(visibleText(section.querySelector('.heading')!)).to.equal(titles[lang]);
      expect(section.querySelector('a[href="http://hungary.iom.int/ct-return"]')).to.not.equal(null);
      // The address itself says "ct-return"; the words around it must not.
      expect(visibleText(section).replaceAll('hungary.iom.int/ct-return', '')).not.to.match(/return|hazatér|повернен|programme/i);
    }
  });

  it('ends with where the facts come from and when they were last updated', async () => {
    const el = await guide('en');
    const about = shadow(el).querySelector('footer.about')!;
    expect(visibleText(about)).to.contain('Sources: a Hungarian information text for victims of human trafficking');
    expect(visibleText(about)).to.contain(`Last updated: ${facts.updated}`);
    expect(about.querySelector('time')!.getAttribute('datetime')).to.equal(facts.updated);
    expect(shadow(el).querySelector('article')!.lastElementChild).to.equal(about);
  });

  it('tells the reader in their language when a native speaker has not checked the text yet', async () => {
    const expected: Record<string, string> = {
      en: 'A native speaker has not yet checked this translation.',
      uk: 'Цей переклад ще не перевірив носій мови.',
      // Hungarian is the source; its new plain summaries still wait for a native editor.
      hu: 'A rövid összefoglalókat anyanyelvi szerkesztő még nem nézte át.',
    };
    for (const [lang, line] of Object.entries(expected)) {
      const el = await guide(lang);
      expect(visibleText(shadow(el).querySelector('.unreviewed')!), lang).to.equal(line);
    }
  });

  it('reads well at 320 px: the summary, "More" and 112 fit without sideways scrolling', async () => {
    // A 320 px column (the guide lays itself out by its own width, with container queries):
    // WebKit's driver cannot make its window that narrow.
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"><kiut-guide lang="uk"></kiut-guide></div>`);
    const el = box.querySelector('kiut-guide')!;
    await el.updateComplete;
    const right = box.getBoundingClientRect().right;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of shadow(el).querySelectorAll('.summary, details > summary, .emergency, .about')) {
      expect(node.getBoundingClientRect().right).to.be.at.most(right + 0.5);
    }
  });
});
