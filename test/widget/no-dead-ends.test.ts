import {expect, fixture} from '@open-wc/testing';
import '../../src/index.js';
import type {KiutGuide} from '../../src/kiut-guide.js';
import {facts} from '../../src/generated/facts.js';
import {openEveryMore, shadow, visibleText} from './helpers.js';
import {removeFrames} from './frame.js';

/**
 * Issue 19, "no dead ends", as a reader meets it: every section the finder shows gives a number
 * to tap or a link that works; state victim support gives the Victim Support Line and the
 * centres' contact list; a reader who does not call themselves a victim finds "Is this
 * happening to you?" near the top; the no-trace tips say what they cannot do; and no text
 * speaks of "our material", which on a partner's site reads as the partner's own.
 */
const okitTel = 'tel:+3680205520';
const lineTel = 'tel:+3680225225';
const centresList = 'https://vansegitseg.im.gov.hu/elerhetosegek/';
const langs = ['hu', 'en', 'uk'];

async function guide(lang: string, attributes = ''): Promise<KiutGuide> {
  const el = await fixture<KiutGuide>(`<kiut-guide lang="${lang}" ${attributes}></kiut-guide>`);
  await el.updateComplete;
  await openEveryMore(el);
  return el;
}

const sectionOf = (el: KiutGuide, id: string) => shadow(el).querySelector<HTMLElement>(`section[data-section="${id}"]`);
const shownSections = (el: KiutGuide) => [...shadow(el).querySelectorAll('section[data-section]')].map((s) => s.getAttribute('data-section') ?? '');
const hrefs = (node: Element) => [...node.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.getAttribute('href'));

async function choose(el: KiutGuide, need: string): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>(`button[data-need="${need}"]`)!.click();
  await el.updateComplete;
  await openEveryMore(el);
}

afterEach(removeFrames);

describe('no dead ends: state victim support', () => {
  for (const lang of langs) {
    it(`gives the Victim Support Line to tap, international form, and the centres' contact list (${lang})`, async () => {
      const el = await guide(lang);
      const section = sectionOf(el, 'victim-support')!;
      // In the summary, which shows without opening "More".
      const summary = section.querySelector('.summary')!;
      const call = summary.querySelector<HTMLAnchorElement>(`a[href="${lineTel}"]`)!;
      expect(call, 'tap-to-call link in the summary').to.exist;
      expect(call.textContent).to.equal('+36 80 225 225');
      const list = summary.querySelector<HTMLAnchorElement>(`a[href="${centresList}"]`)!;
      expect(list, "the centres' contact list in the summary").to.exist;
      expect(list.textContent).to.equal('vansegitseg.im.gov.hu/elerhetosegek');
      expect(list.rel).to.contain('noreferrer');
      // Every number in the section dials the line's international form.
      for (const a of section.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')) expect(a.getAttribute('href')).to.equal(lineTel);
    });
  }

  it('writes the 06 form only in Hungarian text, and says "free, day and night" as the sources do', async () => {
    const hu = sectionOf(await guide('hu'), 'victim-support')!;
    const domestic = [...hu.querySelectorAll<HTMLAnchorElement>('a.tel')].find((a) => a.textContent === '06/80-225-225');
    expect(domestic, 'the 06/80-225-225 link').to.exist;
    expect(domestic!.getAttribute('href')).to.equal(lineTel);
    expect(visibleText(hu.querySelector('.summary')!)).to.contain('ingyenesen hívható, éjjel-nappal');
    const words: Record<string, string> = {en: 'free to call, day and night', uk: 'безкоштовна, працює цілодобово'};
    for (const lang of ['en', 'uk']) {
      const section = sectionOf(await guide(lang), 'victim-support')!;
      expect(visibleText(section), lang).not.to.match(/06\s*\/?\s*80[-\s]?225/);
      expect(visibleText(section.querySelector('.summary')!), lang).to.contain(words[lang]);
    }
  });

  it('"I want to talk to someone now" shows the Victim Support Line beside OKIT, OKIT first', async () => {
    const el = await guide('en');
    await choose(el, 'talk-now');
    expect(shownSections(el)).to.deep.equal(['hotline', 'victim-support', 'no-trace']);
    const tels = [...shadow(el).querySelectorAll<HTMLAnchorElement>('section[data-section] .summary a[href^="tel:"], [part="call-link"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(tels[0]).to.equal(okitTel);
    expect(tels).to.include(lineTel);
    expect(visibleText(shadow(el).querySelector('.finder [role="status"]')!)).to.equal('OKIT first. Other help listed below: 1.');
  });
});

describe('no dead ends: domestic violence', () => {
  for (const lang of langs) {
    it(`"Someone close to me hurts me" alone shows domestic violence, leading with OKIT's number (${lang})`, async () => {
      const el = await guide(lang);
      await choose(el, 'hurt-by-partner');
      expect(shownSections(el)).to.include('domestic-violence');
      const section = sectionOf(el, 'domestic-violence')!;
      // The first thing to act on, in the summary and in the full text, is OKIT's number.
      expect(hrefs(section.querySelector('.summary')!)[0]).to.equal(okitTel);
      expect(hrefs(section)[0]).to.equal(okitTel);
      // The material's name comes after it, as plain text.
      const cite = section.querySelector('cite')!;
      expect(cite, 'the material named').to.exist;
      const first = section.querySelector(`a[href="${okitTel}"]`)!;
      expect(first.compareDocumentPosition(cite) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });
  }

  it('every section the finder can show has a number or a link of its own', async () => {
    const el = await guide('hu');
    for (const need of facts.needs) {
      await choose(el, need);
      for (const id of shownSections(el)) {
        if (id === 'no-trace' || id === 'alternatives') continue; // the tips and the condition, not places
        const links = hrefs(sectionOf(el, id)!).filter((href) => /^(tel:|https?:)/.test(href ?? ''));
        expect(links.length, `${need}: ${id}`).to.be.greaterThan(0);
      }
      await choose(el, need);
    }
  });
});

describe('"Is this happening to you?"', () => {
  const titles: Record<string, string> = {hu: 'Ez történik veled?', en: 'Is this happening to you?', uk: 'Чи це відбувається з вами?'};
  const mayBe: Record<string, string> = {
    hu: 'Lehet, hogy emberkereskedelem áldozata vagy',
    en: 'You may be a victim of human trafficking',
    uk: 'Можливо, ви постраждали від торгівлі людьми',
  };

  for (const lang of langs) {
    it(`comes right after the hotline, says "may be", and leads to OKIT's number (${lang})`, async () => {
      const el = await guide(lang, 'no-finder');
      expect(shownSections(el).slice(0, 2)).to.deep.equal(['hotline', 'recognise']);
      const section = sectionOf(el, 'recognise')!;
      expect(visibleText(section.querySelector('.heading')!)).to.equal(titles[lang]);
      const summary = section.querySelector('.summary')!;
      expect(visibleText(summary)).to.contain(mayBe[lang]);
      const call = summary.querySelector<HTMLAnchorElement>(`a[href="${okitTel}"]`)!;
      expect(call, "OKIT's tap-to-call link").to.exist;
      expect(call.textContent).to.equal('+36 80 20 55 20');
      // OKIT is the only place it leads to.
      for (const href of hrefs(section)) expect(href).to.equal(okitTel);
    });
  }

  it('is left out when the partner chooses sections without it', async () => {
    const el = await guide('hu', 'sections="hotline shelters"');
    expect(shownSections(el)).to.deep.equal(['hotline', 'shelters']);
    expect(sectionOf(el, 'recognise')).to.equal(null);
    const chosen = await guide('en', 'sections="recognise"');
    expect(shownSections(chosen)).to.deep.equal(['recognise']);
  });
});

describe('no trace: honest about its limits', () => {
  const limits: Record<string, string> = {
    hu: 'Ezek a tanácsok nem biztos, hogy minden nyomot eltüntetnek.',
    en: 'These tips may not hide all your tracks.',
    uk: 'Ці поради можуть приховати не всі сліди.',
  };
  const callList: Record<string, RegExp> = {hu: /híváslist|hívást a listából/i, en: /call list|delete the call/i, uk: /списку викликів|списк\w* дзвінк/i};

  for (const lang of langs) {
    it(`opens with what the tips cannot do, and has no call-list tip (${lang})`, async () => {
      const section = sectionOf(await guide(lang), 'no-trace')!;
      expect(visibleText(section.querySelector('.summary')!).startsWith(limits[lang])).to.equal(true);
      // The full text, never folded away, opens with it too.
      expect(visibleText(section.querySelector('p:not(.summary)')!).startsWith(limits[lang])).to.equal(true);
      expect(visibleText(section)).not.to.match(callList[lang]);
    });
  }
});

describe('no "our material"', () => {
  for (const lang of langs) {
    it(`no text speaks of the guide's own materials (${lang})`, async () => {
      const el = await guide(lang);
      for (const details of shadow(el).querySelectorAll('details')) details.open = true;
      const all = visibleText(shadow(el));
      expect(all).not.to.match(/\bour\b[\w\s]{0,20}\bmaterials?\b/i);
      expect(all).not.to.match(/anyag(unk|aink)/i);
      expect(all).not.to.match(/наш\w*\s+(\w+\s+)?матеріал/i);
    });
  }
});
