/**
 * A pictogram beside every kind of help, every need and every action (issue 21 §2): drawn
 * from the one table (src/content/pictograms.ts), hidden from assistive technology, in the
 * text's colour in light, dark and forced colours, and axe-clean.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {KiutGuide} from '../../src/kiut-guide.js';
import {facts} from '../../src/generated/facts.js';
import {actionPictograms, needPictograms, sectionPictograms} from '../../src/content/pictograms.js';
import {pictogramPaths} from '../../src/content/pictogram-paths.js';
import {allRules, shadow, visibleText} from './helpers.js';
import {darkGuide, darkMarks, expectAccessibleIn} from './dark.js';
import {removeFrames} from './frame.js';
import {markedIt} from './engine.js';

async function guide(): Promise<KiutGuide> {
  const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
  await el.updateComplete;
  return el;
}

/** The pictogram drawn first inside `host`: its name, and that it has a drawing. */
function pictogramIn(host: Element): string | null {
  const svg = host.querySelector('svg.pictogram');
  if (!svg) return null;
  expect(svg.querySelector('path')!.getAttribute('d')).to.equal(pictogramPaths[svg.getAttribute('data-pictogram') as keyof typeof pictogramPaths]);
  return svg.getAttribute('data-pictogram');
}

afterEach(() => removeFrames());

describe('pictograms', () => {
  it('stand beside every section title: the one the table gives it', async () => {
    const el = await guide();
    const sections = [...shadow(el).querySelectorAll('section[data-section]')];
    expect(sections.map((s) => s.getAttribute('data-section'))).to.deep.equal(facts.sections.map((s) => s.id));
    for (const section of sections) {
      const id = section.getAttribute('data-section')!;
      const title = section.querySelector('.heading')!;
      expect(pictogramIn(title), id).to.equal(sectionPictograms[id]);
      // Beside the words, before them: the title reads the same.
      expect(title.firstElementChild!.matches('svg.pictogram'), id).to.be.true;
    }
  });

  it('stand beside every need button', async () => {
    const el = await guide();
    const buttons = [...shadow(el).querySelectorAll('button[data-need]')];
    expect(buttons.map((b) => b.getAttribute('data-need'))).to.deep.equal(facts.needs);
    for (const button of buttons) expect(pictogramIn(button), button.getAttribute('data-need')!).to.equal(needPictograms[button.getAttribute('data-need')!]);
  });

  it('stand beside the call link and the quick-exit button', async () => {
    const el = await guide();
    expect(pictogramIn(shadow(el).querySelector('[part="call-link"]')!)).to.equal(actionPictograms.call);
    expect(pictogramIn(shadow(el).querySelector('[part="exit-button"]')!)).to.equal(actionPictograms.exit);
  });

  it('are hidden from assistive technology and add nothing to a name', async () => {
    const el = await guide();
    const all = [...shadow(el).querySelectorAll('svg.pictogram')];
    expect(all.length).to.equal(facts.sections.length + facts.needs.length + 2);
    for (const svg of all) {
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getAttribute('focusable')).to.equal('false');
      expect(svg.hasAttribute('role') || svg.hasAttribute('aria-label') || svg.querySelector('title') !== null).to.be.false;
      expect(visibleText(svg)).to.equal('');
    }
    // The call link's name is still "Call" and the number.
    expect(visibleText(shadow(el).querySelector('[part="call-link"]')!)).to.equal('Hívás +36 80 20 55 20');
  });

  it('stroke in the text colour, which forced colours and the dark scheme set, and no rule takes that away', async () => {
    const el = await guide();
    for (const svg of shadow(el).querySelectorAll('svg.pictogram')) {
      expect(svg.getAttribute('stroke')).to.equal('currentColor');
      expect(getComputedStyle(svg).stroke).to.equal(getComputedStyle(svg).color);
      expect(getComputedStyle(svg).forcedColorAdjust ?? 'auto').to.not.equal('none');
    }
    const pictogramRules = allRules(shadow(el)).filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText.includes('pictogram'));
    for (const rule of pictogramRules) expect(rule.style.getPropertyValue('forced-color-adjust'), rule.cssText).to.not.equal('none');
  });

  markedIt(darkMarks, 'follow the text into the dark scheme, and stay axe-clean there', async () => {
    const {guide: el, win} = await darkGuide('<kiut-guide></kiut-guide>');
    const svg = el.shadowRoot!.querySelector('.section-shelters svg.pictogram')!;
    expect(win.getComputedStyle(svg).stroke).to.equal(win.getComputedStyle(el.shadowRoot!.querySelector('.section-shelters .heading')!).color);
    await expectAccessibleIn(win, el);
  });
});
