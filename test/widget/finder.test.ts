import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {KiutGuide} from '../../src/kiut-guide.js';
import {captureWarnings, shadow, visibleText} from './helpers.js';
import {darkGuide, darkMarks, expectAccessibleIn} from './dark.js';
import {removeFrames} from './frame.js';
import {markedIt, sendKeys} from './engine.js';

/**
 * What each need should show, read from the source text (seed 000_8f1eb2905487cb90.txt),
 * written out here by hand so that a change to the matching data in facts.yaml must agree
 * with it. Every view keeps the hotline first and, while quick exit is on, the no-trace tips;
 * an alternative (families' homes, domestic violence, homeless services, the institution
 * finder) always comes with the seed's condition for the alternatives ("Ha … nem szeretnék
 * vagy nem tudják igénybe venni … egyéb segítségnyújtásra okot adó körülmény fennállása esetén").
 * - safe place now: OKIT "irányítanak tovább lakhatást biztosító védett szállásokba".
 * - children: families' homes take the "védelmet kereső szülőt és gyermekét"; the institution finder finds them.
 * - pregnant / recently had a baby: families' homes take the "várandós anyát" and the "szülészetről kikerülő anyát".
 * - hurt by someone close: the services for victims of "kapcsolati erőszak", whose section leads with
 *   OKIT's number ("a kapcsolati erőszak túlélői számára is az OKIT nyújthat bővebb tájékoztatást").
 * - nowhere to sleep: the protected shelters ("lakhatást biztosító"), the homeless services, the
 *   institution finder. Not the other temporary homes: they admit only their target groups.
 * - talk now: the hotline ("a nap 24 órájában, a hét minden napján") and, in state victim support, the
 *   Victim Support Line: its staff "provide immediate help via pone 24 hours a day in Hungary" (the
 *   European e-Justice Portal, content provided by Hungary).
 */
const expected: Record<string, string[]> = {
  'safe-place-now': ['hotline', 'shelters', 'no-trace'],
  children: ['hotline', 'alternatives', 'family-homes', 'institution-finder', 'no-trace'],
  pregnant: ['hotline', 'alternatives', 'family-homes', 'institution-finder', 'no-trace'],
  'hurt-by-partner': ['hotline', 'alternatives', 'domestic-violence', 'no-trace'],
  'nowhere-to-sleep': ['hotline', 'shelters', 'alternatives', 'homeless', 'institution-finder', 'no-trace'],
  'talk-now': ['hotline', 'victim-support', 'no-trace'],
};
/** The sections that the alternatives' condition applies to. */
const alternatives = ['family-homes', 'domestic-violence', 'homeless', 'other-homes', 'institution-finder'];

const shownSections = (el: KiutGuide) => [...shadow(el).querySelectorAll('section[data-section]')].map((s) => s.getAttribute('data-section'));
const needButton = (el: KiutGuide, need: string) => shadow(el).querySelector<HTMLButtonElement>(`button[data-need="${need}"]`)!;
const status = (el: KiutGuide) => visibleText(shadow(el).querySelector('.finder [role="status"]')!);

/** The element shadow-DOM focus is on, following nested shadow roots. */
function focused(el: KiutGuide): Element | null {
  return shadow(el).activeElement;
}

async function click(el: KiutGuide, need: string): Promise<void> {
  needButton(el, need).click();
  await el.updateComplete;
}

afterEach(() => {
  removeFrames();
  history.replaceState(null, '', window.location.pathname + window.location.search);
});

describe('finder: "What do you need?"', () => {
  it('asks the question with one large button per need, in the order of facts.yaml', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="en"></kiut-guide>`);
    const finder = shadow(el).querySelector('[part="finder"]')!;
    expect(visibleText(finder.querySelector('.heading')!)).to.equal('What do you need?');
    const buttons = [...finder.querySelectorAll<HTMLButtonElement>('[part="need-button"]')];
    expect(buttons.map((b) => b.dataset.need)).to.deep.equal(Object.keys(expected));
    expect(visibleText(buttons[0])).to.equal('I need a safe place to stay now');
    for (const button of buttons) {
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    }
  });

  for (const [need, sections] of Object.entries(expected)) {
    it(`"${need}" shows exactly the services the source names for it, hotline first`, async () => {
      const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
      await click(el, need);
      expect(shownSections(el)).to.deep.equal(sections);
      expect(needButton(el, need).getAttribute('aria-pressed')).to.equal('true');
    });
  }

  it('combines several needs, keeping the source order', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    await click(el, 'hurt-by-partner');
    await click(el, 'children');
    // Hurt by a partner, with a child: the families' homes take the "bántalmazott szülő és gyermeke".
    expect(shownSections(el)).to.deep.equal(['hotline', 'alternatives', 'family-homes', 'domestic-violence', 'institution-finder', 'no-trace']);
    // Choosing a need again takes it away.
    await click(el, 'children');
    expect(shownSections(el)).to.deep.equal(expected['hurt-by-partner']);
  });

  it('resets to the full guide', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const all = shownSections(el);
    await click(el, 'talk-now');
    shadow(el).querySelector<HTMLButtonElement>('.reset')!.click();
    await el.updateComplete;
    expect(shownSections(el)).to.deep.equal(all);
    expect(shadow(el).querySelector('.reset')).to.equal(null);
    expect(status(el)).to.equal('');
  });

  it('announces the result count in a live region', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="en"></kiut-guide>`);
    expect(status(el)).to.equal('');
    await click(el, 'nowhere-to-sleep');
    expect(status(el)).to.equal('OKIT first. Other help listed below: 3.');
    await click(el, 'children');
    expect(status(el)).to.equal('OKIT first. Other help listed below: 4.');
  });

  it('says plainly when only the hotline fits, and names OKIT', async () => {
    // Every need now shows a place beside OKIT; a partner who shows only the hotline leaves OKIT alone.
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="en" sections="hotline"></kiut-guide>`);
    await click(el, 'talk-now');
    expect(shownSections(el)).to.deep.equal(['hotline']);
    expect(status(el)).to.equal('Call OKIT first. They can tell you what help is available.');
    const hu = await fixture<KiutGuide>(html`<kiut-guide lang="hu"></kiut-guide>`);
    await click(hu, 'nowhere-to-sleep');
    expect(status(hu)).to.equal('Először az OKIT. Alább további segítséget találsz: 3.');
    expect(status(hu)).not.to.contain('segélyvonal');
  });

  it('keeps the no-trace tips in every filtered view while quick exit is on, and only then', async () => {
    for (const need of Object.keys(expected)) {
      const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
      await click(el, need);
      expect(shownSections(el), need).to.include('no-trace');
      expect(shownSections(el).at(-1), need).to.equal('no-trace');
    }
    const noExit = await fixture<KiutGuide>(html`<kiut-guide no-exit></kiut-guide>`);
    await click(noExit, 'talk-now');
    expect(shownSections(noExit)).to.deep.equal(['hotline', 'victim-support']);
    // A partner who hides the tips hides them in every view.
    const hidden = await fixture<KiutGuide>(html`<kiut-guide hide-no-trace></kiut-guide>`);
    await click(hidden, 'talk-now');
    expect(shownSections(hidden)).to.deep.equal(['hotline', 'victim-support']);
  });

  it("shows the seed's condition for the alternatives whenever an alternative shows", async () => {
    for (const need of Object.keys(expected)) {
      const el = await fixture<KiutGuide>(html`<kiut-guide lang="en"></kiut-guide>`);
      await click(el, need);
      const shown = shownSections(el);
      const first = shown.findIndex((id) => alternatives.includes(id!));
      if (first < 0) {
        expect(shown, need).not.to.include('alternatives');
        continue;
      }
      expect(shown.indexOf('alternatives'), need).to.equal(first - 1);
      const condition = visibleText(shadow(el).querySelector('section[data-section="alternatives"] .summary')!);
      expect(condition).to.contain('If you do not want to or cannot use the help above');
      expect(condition).to.contain('if you also need help for another reason');
    }
  });

  it('never offers the other temporary homes or IOM as a finder answer, and state victim support only to talk now', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    for (const need of Object.keys(expected)) {
      await click(el, need);
    }
    // Every need chosen at once: still none of them.
    expect(shownSections(el)).not.to.include.members(['other-homes']);
    expect(shownSections(el)).not.to.include('further-information');
    // State victim support answers only "talk now", through the Victim Support Line (its
    // centres' list is a directory, not a place to turn to tonight).
    for (const [need, sections] of Object.entries(expected)) expect(sections.includes('victim-support'), need).to.equal(need === 'talk-now');
    const others = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    for (const need of Object.keys(expected).filter((n) => n !== 'talk-now')) await click(others, need);
    expect(shownSections(others)).not.to.include('victim-support');
  });

  it('works by keyboard: focus goes to the results, and back to the question after a reset', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="en" no-exit></kiut-guide>`);
    needButton(el, 'children').focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    await el.updateComplete;
    // With no-exit there is no quick exit, so the view need not keep the no-trace tips.
    expect(shownSections(el)).to.deep.equal(expected.children.filter((id) => id !== 'no-trace'));
    expect(focused(el)?.classList.contains('finder-result')).to.equal(true);
    expect(visibleText(focused(el)!)).to.contain('OKIT first. Other help listed below: 2.');
    // Tab from the results reaches the reset button; Space activates it.
    await sendKeys({press: 'Tab'});
    expect(focused(el)?.classList.contains('reset')).to.equal(true);
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    await el.updateComplete;
    expect(shownSections(el)).to.have.length(12);
    expect(focused(el)?.classList.contains('heading')).to.equal(true);
  });

  it('opens on a need given by the partner with need="…"', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide need="pregnant"></kiut-guide>`);
    expect(shownSections(el)).to.deep.equal(expected.pregnant);
    expect(needButton(el, 'pregnant').getAttribute('aria-pressed')).to.equal('true');
  });

  it('warns once about an unknown need and shows the full guide', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<KiutGuide>(html`<kiut-guide need="a-pony"></kiut-guide>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(shownSections(el)).to.have.length(12);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('a-pony');
    } finally {
      warnings.restore();
    }
  });

  it('can be turned off with no-finder', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide no-finder need="children"></kiut-guide>`);
    expect(shadow(el).querySelector('[part="finder"]')).to.equal(null);
    expect(shownSections(el)).to.have.length(12);
  });

  it('keeps nothing in the address unless the partner opts in', async () => {
    const before = window.location.href;
    const historyLength = history.length;
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    await click(el, 'children');
    expect(window.location.href).to.equal(before);
    expect(history.length).to.equal(historyLength);
  });

  it('with remember-in-url, keeps the choice in the fragment without adding history', async () => {
    const historyLength = history.length;
    const el = await fixture<KiutGuide>(html`<kiut-guide remember-in-url></kiut-guide>`);
    await click(el, 'children');
    await click(el, 'pregnant');
    expect(window.location.hash).to.equal('#kiut-need=children%2Cpregnant');
    expect(history.length).to.equal(historyLength);
    // A guide opened on that address starts on the same needs.
    const again = await fixture<KiutGuide>(html`<kiut-guide remember-in-url></kiut-guide>`);
    expect(shownSections(again)).to.deep.equal(['hotline', 'alternatives', 'family-homes', 'institution-finder', 'no-trace']);
    shadow(el).querySelector<HTMLButtonElement>('.reset')!.click();
    await el.updateComplete;
    expect(window.location.hash).to.equal('');
  });

  it('speaks the reader’s language', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="uk"></kiut-guide>`);
    expect(visibleText(shadow(el).querySelector('.finder .heading')!)).to.equal('Що вам потрібно?');
    await click(el, 'nowhere-to-sleep');
    expect(status(el)).to.equal('Спершу OKIT. Іншої допомоги нижче: 3.');
    const alone = await fixture<KiutGuide>(html`<kiut-guide lang="uk" sections="hotline"></kiut-guide>`);
    await click(alone, 'talk-now');
    expect(status(alone)).to.equal('Спершу зателефонуйте до OKIT. Вам можуть розповісти, яка допомога доступна.');
  });

  /** Audits the guide before a choice, with two needs chosen, and after the reset. */
  async function auditEveryState(el: KiutGuide, audit: () => Promise<void>): Promise<void> {
    await audit();
    await click(el, 'children');
    await click(el, 'nowhere-to-sleep');
    await audit();
    shadow(el).querySelector<HTMLButtonElement>('.reset')!.click();
    await el.updateComplete;
    await audit();
  }

  it('passes the axe audit in every state (light)', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    await auditEveryState(el, async () => {
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  markedIt(darkMarks, 'passes the axe audit in every state (dark)', async () => {
    const {guide: el, win} = await darkGuide('<kiut-guide></kiut-guide>');
    await auditEveryState(el, () => expectAccessibleIn(win, el));
  });
});
