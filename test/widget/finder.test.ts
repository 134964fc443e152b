import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {KiutGuide} from '../../src/kiut-guide.js';
import {captureWarnings, shadow, visibleText} from './helpers.js';
import {emulateMedia, markedIt, mediaMarks, resetMedia, sendKeys} from './engine.js';

/**
 * What each need should show, read from the source text (seed 000_8f1eb2905487cb90.txt),
 * written out here by hand so that a change to the matching data in facts.yaml must agree
 * with it. The hotline is always first.
 * - safe place now: OKIT refers to the protected shelters; the institution finder lists local places.
 * - children: families' temporary homes take a parent with their child (and adult siblings up to 21).
 * - pregnant / just gave birth: families' temporary homes take pregnant women and mothers leaving maternity wards.
 * - hurt by someone close: the domestic-violence services, and state victim support for crime victims.
 * - nowhere to sleep: homeless services, the other temporary homes (for their target groups), the finder.
 * - abroad, going home: IOM's return programme.
 * - talk now: the hotline, and the victim support services.
 */
const expected: Record<string, string[]> = {
  'safe-place-now': ['hotline', 'shelters', 'institution-finder'],
  children: ['hotline', 'family-homes', 'institution-finder'],
  pregnant: ['hotline', 'family-homes', 'institution-finder'],
  'hurt-by-partner': ['hotline', 'victim-support', 'domestic-violence'],
  'nowhere-to-sleep': ['hotline', 'homeless', 'other-homes', 'institution-finder'],
  'abroad-go-home': ['hotline', 'return-home'],
  'talk-now': ['hotline', 'victim-support'],
};

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

afterEach(async () => {
  await resetMedia();
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
    expect(shownSections(el)).to.deep.equal(['hotline', 'victim-support', 'family-homes', 'domestic-violence', 'institution-finder']);
    // Choosing a need again takes it away.
    await click(el, 'children');
    expect(shownSections(el)).to.deep.equal(expected['hurt-by-partner']);
  });

  it('resets to the full guide', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const all = shownSections(el);
    await click(el, 'abroad-go-home');
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
    expect(status(el)).to.equal('Places that can help you: 3. The hotline is first.');
    await click(el, 'abroad-go-home');
    expect(status(el)).to.equal('Places that can help you: 4. The hotline is first.');
  });

  it('works by keyboard: focus goes to the results, and back to the question after a reset', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="en" no-exit></kiut-guide>`);
    needButton(el, 'children').focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    await el.updateComplete;
    expect(shownSections(el)).to.deep.equal(expected.children);
    expect(focused(el)?.classList.contains('finder-result')).to.equal(true);
    expect(visibleText(focused(el)!)).to.contain('Places that can help you: 2');
    // Tab from the results reaches the reset button; Space activates it.
    await sendKeys({press: 'Tab'});
    expect(focused(el)?.classList.contains('reset')).to.equal(true);
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    await el.updateComplete;
    expect(shownSections(el)).to.have.length(11);
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
      expect(shownSections(el)).to.have.length(11);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('a-pony');
    } finally {
      warnings.restore();
    }
  });

  it('can be turned off with no-finder', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide no-finder need="children"></kiut-guide>`);
    expect(shadow(el).querySelector('[part="finder"]')).to.equal(null);
    expect(shownSections(el)).to.have.length(11);
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
    expect(shownSections(again)).to.deep.equal(['hotline', 'family-homes', 'institution-finder']);
    shadow(el).querySelector<HTMLButtonElement>('.reset')!.click();
    await el.updateComplete;
    expect(window.location.hash).to.equal('');
  });

  it('speaks the reader’s language', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="uk"></kiut-guide>`);
    expect(visibleText(shadow(el).querySelector('.finder .heading')!)).to.equal('Що вам потрібно?');
    await click(el, 'talk-now');
    expect(status(el)).to.contain('Гаряча лінія');
  });

  for (const scheme of ['light', 'dark'] as const) {
    markedIt(scheme === 'dark' ? mediaMarks : {}, `passes the axe audit in every state (${scheme})`, async () => {
      await emulateMedia({colorScheme: scheme});
      const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
      await expect(el).shadowDom.to.be.accessible();
      await click(el, 'children');
      await click(el, 'nowhere-to-sleep');
      await expect(el).shadowDom.to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('.reset')!.click();
      await el.updateComplete;
      await expect(el).shadowDom.to.be.accessible();
    });
  }
});
