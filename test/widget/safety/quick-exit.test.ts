/**
 * Quick exit: the button, the Shift ×3 shortcut and what happens the moment it fires.
 *
 * In this page (the test runner's) `leave()` is replaced by a stub, because a real exit would
 * navigate the test runner away. Real exits happen in iframes (see helpers.ts): there the
 * guide and the page really hide, location.replace really runs, and the iframe really lands
 * on the exit page without a new history entry. What leaves with the reader (the Referer) is
 * in referrer.test.ts; the page without JavaScript in no-js.test.ts.
 */
import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/index.js';
import type {KiutGuide} from '../../../src/kiut-guide.js';
import type {KiutGuideExitEvent} from '../../../src/events.js';
import {sendKeys} from '../engine.js';
import {destination} from './destination.js';
import {defaultExitUrl, exitTarget, isShown, key, nextLoad, openPage, press, pressShift, removeFrames, type Frame} from './helpers.js';

const exitButton = (el: KiutGuide) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="exit-button"]');
const status = (el: KiutGuide) => el.shadowRoot!.querySelector('.exit-bar [role="status"]');
const statusText = (el: KiutGuide) => status(el)!.textContent!.trim();
/**
 * The visible indicator: how many of its three rings are filled, or null when it is not shown.
 * A filled ring is all border: its border is wider than the empty ring's 2 px line.
 */
function litSteps(el: KiutGuide): number | null {
  const steps = el.shadowRoot!.querySelector<HTMLElement>('.exit-steps');
  if (!steps || !isShown(steps)) return null;
  const rings = [...steps.querySelectorAll('.exit-step')];
  expect(rings, 'three rings').to.have.length(3);
  return rings.filter((ring) => parseFloat(getComputedStyle(ring).borderLeftWidth) > 2).length;
}

/** Replaces the guide's leave() with a stub, so that nothing navigates the test runner. */
function stubLeave(el: KiutGuide): sinon.SinonStub {
  return sinon.stub(el, 'leave');
}

afterEach(async () => {
  sinon.restore();
  removeFrames();
  // Any Shift count left over would leak into the next test.
  press(document, 'Escape');
});

describe('quick exit: the button', () => {
  it('is visible, on top, and described by the shortcut hint', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const button = exitButton(el)!;
    expect(button).to.exist;
    expect(isShown(button)).to.be.true;
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    // Nothing covers it: the topmost element at its centre is the button (or its text).
    const hit = el.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    expect(hit === button || button.contains(hit)).to.be.true;
    expect(button.textContent!.trim()).to.not.equal('');
    const hint = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!);
    expect(hint?.textContent).to.match(/Shift/);
    // The button comes first in the guide, before any other control.
    const focusable = el.shadowRoot!.querySelectorAll('button, a[href]');
    expect(focusable[0]).to.equal(button);
  });

  it('is reached with Tab from the page and its focus is visible', async () => {
    const wrapper = await fixture(html`<div><button id="before">before</button><kiut-guide></kiut-guide></div>`);
    const el = wrapper.querySelector('kiut-guide')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({press: 'Tab'});
    const button = exitButton(el)!;
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(button.matches(':focus-visible')).to.be.true;
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
  });

  for (const key of ['Enter', 'Space']) {
    it(`is activated with ${key}`, async () => {
      const wrapper = await fixture(html`<div><button id="before">before</button><kiut-guide></kiut-guide></div>`);
      const el = wrapper.querySelector('kiut-guide')!;
      await el.updateComplete;
      const leave = stubLeave(el);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({press: 'Tab'});
      await sendKeys({press: key});
      expect(leave.callCount).to.equal(1);
    });
  }

  describe('exit-position', () => {
    // A tall page: the guide starts below the first screen, and is taller than one screen.
    async function guideBelowTheFold(position: string): Promise<{el: KiutGuide; bar: HTMLElement}> {
      const wrapper = await fixture(html`<div>
        <div style="height: 1500px">partner content</div>
        <kiut-guide exit-position=${position}></kiut-guide>
        <div style="height: 3000px">more partner content</div>
      </div>`);
      const el = wrapper.querySelector('kiut-guide')!;
      await el.updateComplete;
      return {el, bar: el.shadowRoot!.querySelector<HTMLElement>('.exit-bar')!};
    }

    afterEach(() => window.scrollTo(0, 0));

    it('sticky (the default): the bar stays at the top of the window while the guide is in view', async () => {
      const {el, bar} = await guideBelowTheFold('sticky');
      expect(el.getAttribute('exit-position')).to.equal('sticky');
      expect(getComputedStyle(bar).position).to.equal('sticky');
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 400);
      expect(bar.getBoundingClientRect().top).to.equal(0);
      expect(isShown(exitButton(el)!)).to.be.true;
    });

    it('fixed: the bar sits in the corner of the window, wherever the guide is', async () => {
      const {el, bar} = await guideBelowTheFold('fixed');
      expect(getComputedStyle(bar).position).to.equal('fixed');
      // The guide itself is off screen, below the fold; the button must still be on screen.
      expect(el.getBoundingClientRect().top).to.be.above(window.innerHeight);
      const box = exitButton(el)!.getBoundingClientRect();
      expect(box.top, 'button top').to.be.within(0, 50);
      expect(box.bottom, 'button bottom').to.be.below(window.innerHeight);
      expect(box.right, 'button right edge').to.be.within(window.innerWidth - 50, document.documentElement.clientWidth);
      // And on top of the partner's content there.
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      expect(hit, 'element at the button centre').to.equal(el);
    });

    it('inline: the bar scrolls with the guide', async () => {
      const {el, bar} = await guideBelowTheFold('inline');
      expect(getComputedStyle(bar).position).to.equal('static');
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 400);
      expect(bar.getBoundingClientRect().bottom).to.be.below(0);
    });

    it('an unknown position falls back to sticky, with one warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<KiutGuide>(html`<kiut-guide exit-position="floating"></kiut-guide>`);
      el.requestUpdate();
      await el.updateComplete;
      warn.restore();
      expect(getComputedStyle(el.shadowRoot!.querySelector('.exit-bar')!).position).to.equal('sticky');
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('exit-position');
    });
  });
});

describe('quick exit: the Shift shortcut', () => {
  it('three presses of Shift leave, once', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const leave = stubLeave(el);
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    expect(leave.callCount).to.equal(0);
    await sendKeys({press: 'Shift'});
    expect(leave.callCount).to.equal(1);
  });

  it('announces each press in a status region, and clears it after leaving', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    stubLeave(el);
    expect(status(el)!.textContent!.trim()).to.equal('');
    await sendKeys({press: 'Shift'});
    await el.updateComplete;
    expect(status(el)!.textContent!.trim()).to.not.equal('');
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    await el.updateComplete;
    expect(status(el)!.textContent!.trim()).to.equal('');
  });

  it('Shift twice, another key, then Shift once does not leave: the count starts again', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const leave = stubLeave(el);
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'KeyA'});
    await sendKeys({press: 'Shift'});
    expect(leave.callCount).to.equal(0);
    await el.updateComplete;
    // It started again from the press after "a": two more make three.
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    expect(leave.callCount).to.equal(1);
  });

  it('typing capital letters is not the shortcut: Shift used with another key is not a press', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const leave = stubLeave(el);
    const capital = async (code: string) => {
      await sendKeys({down: 'Shift'});
      await sendKeys({press: code});
      await sendKeys({up: 'Shift'});
    };
    await capital('KeyO');
    await capital('KeyK');
    await capital('KeyI');
    expect(leave.callCount).to.equal(0);
    // A capital letter, then Shift twice: only two presses of Shift alone.
    await capital('KeyT');
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    expect(leave.callCount).to.equal(0);
    await sendKeys({press: 'Shift'});
    expect(leave.callCount).to.equal(1);
  });

  it('works wherever focus is, also in a text field of the partner page', async () => {
    const wrapper = await fixture(html`<div><input aria-label="search" /><kiut-guide></kiut-guide></div>`);
    const el = wrapper.querySelector('kiut-guide')!;
    await el.updateComplete;
    const leave = stubLeave(el);
    wrapper.querySelector('input')!.focus();
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    expect(leave.callCount).to.equal(1);
  });

  describe('each press within 5 seconds of the last (fake timers)', () => {
    // The shortcut reads setTimeout when a press comes; the events are dispatched
    // synchronously while sinon's clock stands in for it. Only Lit's updates (microtasks) are
    // awaited while it is installed: the test runner itself needs the real timers.
    let clock: sinon.SinonFakeTimers | undefined;
    const fakeTimers = () => (clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']}));
    afterEach(() => clock?.restore());

    it('presses 4.999 s apart leave', async () => {
      const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
      const leave = stubLeave(el);
      fakeTimers();
      pressShift(document);
      clock!.tick(4999);
      pressShift(document);
      clock!.tick(4999);
      pressShift(document);
      clock!.restore();
      expect(leave.callCount).to.equal(1);
    });

    it('the time runs out at exactly 5 s after the last press, not before', async () => {
      const el = await fixture<KiutGuide>(html`<kiut-guide lang="en"></kiut-guide>`);
      stubLeave(el);
      fakeTimers();
      pressShift(document, 2);
      clock!.tick(4999);
      await el.updateComplete;
      expect(statusText(el)).to.equal('Press Shift 1 more time to leave');
      expect(litSteps(el)).to.equal(2);
      clock!.tick(1);
      await el.updateComplete;
      clock!.restore();
      expect(statusText(el)).to.equal('Shift count reset');
      expect(litSteps(el), 'indicator hidden after the reset').to.equal(null);
    });

    it('a pause of 5 s starts the count again', async () => {
      const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
      const leave = stubLeave(el);
      fakeTimers();
      pressShift(document);
      pressShift(document);
      clock!.tick(5000);
      pressShift(document);
      clock!.restore();
      expect(leave.callCount).to.equal(0);
      await el.updateComplete;
      // The pause reset the count to 0, so the press after it was the first of a new three.
      expect(status(el)!.textContent!.trim()).to.not.equal('');
      expect(litSteps(el)).to.equal(1);
      fakeTimers();
      pressShift(document, 2);
      clock!.restore();
      expect(leave.callCount).to.equal(1);
    });

    it('says "reset" once, then falls silent, so it is not read again later', async () => {
      const el = await fixture<KiutGuide>(html`<kiut-guide lang="en"></kiut-guide>`);
      stubLeave(el);
      fakeTimers();
      pressShift(document);
      clock!.tick(5000);
      await el.updateComplete;
      expect(statusText(el)).to.equal('Shift count reset');
      clock!.tick(5000);
      await el.updateComplete;
      clock!.restore();
      expect(statusText(el)).to.equal('');
    });
  });

  it('with two guides on the page, three presses leave once, by the first guide', async () => {
    const wrapper = await fixture(html`<div><kiut-guide></kiut-guide><kiut-guide layout="compact"></kiut-guide></div>`);
    const [first, second] = [...wrapper.querySelectorAll('kiut-guide')];
    await first.updateComplete;
    await second.updateComplete;
    const leaveFirst = stubLeave(first);
    const leaveSecond = stubLeave(second);
    pressShift(document, 3);
    expect(leaveFirst.callCount).to.equal(1);
    expect(leaveSecond.callCount).to.equal(0);
  });

  it('stops listening when the guide is removed from the page', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const leave = stubLeave(el);
    el.remove();
    pressShift(document, 3);
    expect(leave.callCount).to.equal(0);
  });
});

describe('quick exit: no-exit', () => {
  it('shows no button and no hint, and the shortcut does nothing', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide no-exit></kiut-guide>`);
    const leave = stubLeave(el);
    expect(exitButton(el)).to.be.null;
    expect(el.shadowRoot!.querySelector('.exit-bar')).to.be.null;
    expect(el.shadowRoot!.querySelector('.exit-hint')).to.be.null;
    pressShift(document, 3);
    expect(leave.callCount).to.equal(0);
  });

  it('does not tell the reader about a button and a shortcut that are not there', async () => {
    // A reader in danger who presses Shift three times because the guide told them to, and
    // stays on the page, is worse off than one who was never told.
    for (const lang of ['hu', 'en', 'uk']) {
      const el = await fixture<KiutGuide>(html`<kiut-guide no-exit lang=${lang}></kiut-guide>`);
      const noTrace = el.shadowRoot!.querySelector('[data-section="no-trace"]');
      const mentions = (noTrace?.textContent ?? '').includes('Shift');
      expect(mentions, `${lang}: the no-trace section still explains the Shift shortcut under no-exit`).to.be.false;
    }
  });

  it('can be turned on and off after the guide rendered', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const leave = stubLeave(el);
    el.noExit = true;
    await el.updateComplete;
    expect(exitButton(el)).to.be.null;
    pressShift(document, 3);
    expect(leave.callCount).to.equal(0);
    el.removeAttribute('no-exit');
    await el.updateComplete;
    expect(exitButton(el)).to.exist;
    pressShift(document, 3);
    expect(leave.callCount).to.equal(1);
  });

  it('makes leave() do nothing, in a real page', async () => {
    const {doc, guide, win} = await openPage('guide.html', {'no-exit': '', 'exit-url': exitTarget});
    let exits = 0;
    guide.addEventListener('kiut-guide-exit', () => exits++);
    pressShift(doc, 3);
    guide.leave();
    expect(exits).to.equal(0);
    expect(guide.hasAttribute('exiting')).to.be.false;
    expect(win.location.pathname).to.equal('/test/widget/pages/guide.html');
  });
});

describe('quick exit: leaving, in a real page (iframe)', () => {
  /** Checks what the reader sees the moment exit starts: a blank page, nothing of the guide or the page. */
  function expectHiddenAndCovered({guide, win, doc}: Frame): void {
    expect(guide.hasAttribute('exiting'), 'exiting attribute').to.be.true;
    const root = guide.shadowRoot!;
    expect(win.getComputedStyle(root.querySelector('.guide')!).visibility, '.guide visibility').to.equal('hidden');
    // The whole page hides, not only the guide: the partner's own text is not painted either.
    expect(win.getComputedStyle(doc.documentElement).visibility, '<html> visibility').to.equal('hidden');
    expect(isShown(doc.getElementById('partner-text')!), "the partner's text shown").to.be.false;
    // The tab's title is blank (a zero-width space: with no title at all, the tab shows the address).
    expect(doc.title, 'document.title').to.equal('\u200b');
    // The cover: a modal dialog, so it is in the top layer and the rest of the page is inert.
    const cover = root.querySelector<HTMLDialogElement>('dialog.cover')!;
    expect(cover.open, 'cover open').to.be.true;
    expect(cover.matches(':modal'), 'cover is modal').to.be.true;
    expect(isShown(cover), '.cover shown').to.be.true;
    const box = cover.getBoundingClientRect();
    // The viewport less any scrollbar (Firefox draws one of its own in the frame).
    const [w, h] = [doc.documentElement.clientWidth, doc.documentElement.clientHeight];
    expect([box.left, box.top, box.width, box.height], '.cover box').to.deep.equal([0, 0, w, h]);
    expect(win.getComputedStyle(cover).backgroundColor).to.equal('rgb(255, 255, 255)');
    // The cover is on top of everything: the partner page's text, too, is hidden.
    for (const [x, y] of [
      [1, 1],
      [w - 2, 1],
      [1, h - 2],
      [w - 2, h - 2],
      [w / 2, h / 2],
    ]) {
      expect(root.elementFromPoint(x, y), `element at ${x},${y}`).to.equal(cover);
    }
  }

  it('three Shift presses hide the guide at once, then replace the page (Back cannot return)', async () => {
    const frame = await openPage('guide.html', {'exit-url': exitTarget});
    const {iframe, doc, guide, win} = frame;
    const historyLength = win.history.length;
    const urls: string[] = [];
    guide.addEventListener('kiut-guide-exit', (event: KiutGuideExitEvent) => urls.push(event.url));
    const landed = nextLoad(iframe);
    pressShift(doc, 3);
    // Synchronously: no frame is painted between the third press and the blank page.
    expectHiddenAndCovered(frame);
    expect(urls).to.deep.equal([new URL(exitTarget, location.href).href]);
    await landed;
    const after = iframe.contentWindow!;
    expect(after.location.pathname).to.equal(exitTarget);
    expect(after.document.getElementById('exit-target')).to.exist;
    expect(after.history.length, 'history.length').to.equal(historyLength);
  });

  it('the button does the same, activated from the keyboard', async () => {
    const frame = await openPage('guide.html', {'exit-url': exitTarget});
    const {iframe, guide, win} = frame;
    const historyLength = win.history.length;
    let exiting: Frame | undefined;
    guide.addEventListener('kiut-guide-exit', () => {
      // A partner's listener already sees the guide hidden.
      expectHiddenAndCovered(frame);
      exiting = frame;
    });
    const landed = nextLoad(iframe);
    iframe.focus();
    exitButton(guide)!.focus();
    await sendKeys({press: 'Enter'});
    await landed;
    expect(exiting).to.exist;
    expect(iframe.contentWindow!.location.pathname).to.equal(exitTarget);
    expect(iframe.contentWindow!.history.length, 'history.length').to.equal(historyLength);
  });

  it('(control) the history check does see a navigation that adds an entry', async () => {
    const {iframe, win} = await openPage('guide.html');
    const historyLength = win.history.length;
    const landed = nextLoad(iframe);
    win.location.assign(exitTarget);
    await landed;
    expect(iframe.contentWindow!.history.length).to.equal(historyLength + 1);
  });

  it('without exit-url, leaves for the neutral default, without a warning', async () => {
    const {iframe, guide, win} = await openPage('guide.html');
    const warn = sinon.stub(win.console, 'warn');
    let url = '';
    guide.addEventListener('kiut-guide-exit', (event: KiutGuideExitEvent) => {
      url = event.url;
      // Removing the iframe cancels the navigation: the test makes no request to the internet.
      iframe.remove();
    });
    exitButton(guide)!.click();
    expect(url).to.equal(defaultExitUrl);
    expect(warn.callCount).to.equal(0);
  });

  for (const bad of [
    'javascript:alert(1)',
    ' JavaScript:window.parent.__pwned=1',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ]) {
    it(`refuses exit-url=${JSON.stringify(bad)}: one warning, the default address`, async () => {
      const {iframe, guide, log} = await openPage('guide.html', {'exit-url': bad});
      let url = '';
      guide.addEventListener('kiut-guide-exit', (event: KiutGuideExitEvent) => {
        url = event.url;
        iframe.remove();
      });
      expect(guide.getAttribute('exit-url')).to.equal(bad);
      exitButton(guide)!.click();
      expect(url).to.equal(defaultExitUrl);
      // One warning over the page's whole life: when the guide rendered, not again on exit.
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('exit-url');
      expect((window as {__pwned?: unknown}).__pwned).to.be.undefined;
    });
  }
});

describe('quick exit: what the reader sees and hears of the shortcut', () => {
  it('shows one, then two of three steps, and says how many presses remain, in every language', async () => {
    const expected: Record<string, [string, string]> = {
      en: ['Press Shift 2 more times to leave', 'Press Shift 1 more time to leave'],
      hu: ['Nyomd meg még kétszer a Shiftet a kilépéshez', 'Nyomd meg még egyszer a Shiftet a kilépéshez'],
      uk: ['Натисніть Shift ще 2 рази, щоб вийти', 'Натисніть Shift ще 1 раз, щоб вийти'],
    };
    for (const [lang, [afterOne, afterTwo]] of Object.entries(expected)) {
      const el = await fixture<KiutGuide>(html`<kiut-guide lang=${lang}></kiut-guide>`);
      const leave = stubLeave(el);
      expect(litSteps(el), `${lang}: indicator before any press`).to.equal(null);
      pressShift(document);
      await el.updateComplete;
      expect(litSteps(el), `${lang}: after one press`).to.equal(1);
      expect(statusText(el)).to.equal(afterOne);
      pressShift(document);
      await el.updateComplete;
      expect(litSteps(el), `${lang}: after two presses`).to.equal(2);
      expect(statusText(el)).to.equal(afterTwo);
      pressShift(document);
      await el.updateComplete;
      expect(leave.callCount).to.equal(1);
      expect(litSteps(el), `${lang}: after leaving`).to.equal(null);
      leave.restore();
      el.remove();
    }
  });

  it('the indicator is not announced: the status region says it in words', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="en"></kiut-guide>`);
    stubLeave(el);
    pressShift(document);
    await el.updateComplete;
    const steps = el.shadowRoot!.querySelector('.exit-steps')!;
    expect(steps.getAttribute('aria-hidden')).to.equal('true');
    expect(isShown(steps)).to.be.true;
    // The button's name stays its label.
    expect(exitButton(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Leave this page');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('another key resets the count and says so', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="en"></kiut-guide>`);
    stubLeave(el);
    pressShift(document, 2);
    press(document, 'a', {code: 'KeyA'});
    await el.updateComplete;
    expect(statusText(el)).to.equal('Shift count reset');
    expect(litSteps(el)).to.equal(null);
  });

  it('the button is a plain verb in Hungarian, and one word for leaving in Ukrainian', async () => {
    const hu = await fixture<KiutGuide>(html`<kiut-guide lang="hu"></kiut-guide>`);
    expect(exitButton(hu)!.textContent!.trim()).to.equal('Kilépés');
    const uk = await fixture<KiutGuide>(html`<kiut-guide lang="uk"></kiut-guide>`);
    expect(exitButton(uk)!.textContent!.trim()).to.equal('Вийти');
    const tip = uk.shadowRoot!.querySelector('[data-section="no-trace"]')!.textContent!;
    // The tip names the button by its label, and says "3 times" the way the hint does.
    expect(tip).to.contain('«Вийти»');
    expect(tip).to.contain('3 рази');
    expect(uk.shadowRoot!.querySelector('.exit-hint')!.textContent).to.contain('3 рази');
  });
});

describe('quick exit: shortcut details', () => {
  it('left and right Shift count alike, also alternated fast enough to overlap (govuk-frontend #5393)', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const leave = stubLeave(el);
    pressShift(document, 1, 'ShiftRight');
    // Left goes down, right goes down before left comes up: two presses, neither a modifier.
    key(document, 'keydown', {key: 'Shift', code: 'ShiftLeft', shiftKey: true});
    key(document, 'keydown', {key: 'Shift', code: 'ShiftRight', shiftKey: true});
    key(document, 'keyup', {key: 'Shift', code: 'ShiftLeft', shiftKey: true});
    expect(leave.callCount).to.equal(0);
    key(document, 'keyup', {key: 'Shift', code: 'ShiftRight', shiftKey: false});
    expect(leave.callCount).to.equal(1);
  });

  it('left and right Shift count alike on a real keyboard', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const leave = stubLeave(el);
    await sendKeys({press: 'ShiftLeft'});
    await sendKeys({press: 'ShiftRight'});
    await sendKeys({press: 'ShiftLeft'});
    expect(leave.callCount).to.equal(1);
  });

  it('a held Shift that repeats its keydown is one press', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const leave = stubLeave(el);
    for (let i = 0; i < 5; i++) key(document, 'keydown', {key: 'Shift', code: 'ShiftLeft', shiftKey: true, repeat: i > 0});
    key(document, 'keyup', {key: 'Shift', code: 'ShiftLeft'});
    pressShift(document);
    expect(leave.callCount).to.equal(0);
    pressShift(document);
    expect(leave.callCount).to.equal(1);
  });

  it('Shift held for a click (selecting text) is a modifier, not a press', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const leave = stubLeave(el);
    pressShift(document, 2);
    key(document, 'keydown', {key: 'Shift', code: 'ShiftLeft', shiftKey: true});
    document.body.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true, composed: true, pointerType: 'mouse', shiftKey: true}));
    key(document, 'keyup', {key: 'Shift', code: 'ShiftLeft'});
    expect(leave.callCount).to.equal(0);
  });

  describe('on a touch screen (govuk-frontend #4095)', () => {
    /** A text field the reader tapped: the on-screen keyboard is up, and its Shift sends key events. */
    async function tapInto(field: HTMLElement): Promise<void> {
      field.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true, composed: true, pointerType: 'touch'}));
      field.focus();
    }

    it("the on-screen keyboard's Shift does not leave while someone types in a text field", async () => {
      const wrapper = await fixture(
        html`<div><input aria-label="name" /><textarea aria-label="message"></textarea><div contenteditable="true" aria-label="note" role="textbox"></div><kiut-guide></kiut-guide></div>`,
      );
      const el = wrapper.querySelector('kiut-guide')!;
      await el.updateComplete;
      const leave = stubLeave(el);
      for (const selector of ['input', 'textarea', '[contenteditable]']) {
        await tapInto(wrapper.querySelector<HTMLElement>(selector)!);
        pressShift(document, 3);
        expect(leave.callCount, selector).to.equal(0);
      }
    });

    it('outside text fields, three Shift presses still leave after a tap', async () => {
      const wrapper = await fixture(html`<div><button type="button">partner button</button><kiut-guide></kiut-guide></div>`);
      const el = wrapper.querySelector('kiut-guide')!;
      await el.updateComplete;
      const leave = stubLeave(el);
      await tapInto(wrapper.querySelector('button')!);
      pressShift(document, 3);
      expect(leave.callCount).to.equal(1);
    });

    it('a text field reached with the mouse or the keyboard keeps the shortcut: a real keyboard is in use', async () => {
      const wrapper = await fixture(html`<div><input aria-label="search" /><kiut-guide></kiut-guide></div>`);
      const el = wrapper.querySelector('kiut-guide')!;
      await el.updateComplete;
      const leave = stubLeave(el);
      const input = wrapper.querySelector('input')!;
      await tapInto(input);
      pressShift(document, 3);
      expect(leave.callCount, 'after a tap').to.equal(0);
      input.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true, composed: true, pointerType: 'mouse'}));
      pressShift(document, 3);
      expect(leave.callCount, 'after a click').to.equal(1);
    });
  });
});

describe('quick exit: the moment it fires, and coming back', () => {
  it('announces "Leaving the page" from the cover, in the guide’s language', async () => {
    // A destination that answers 204 No Content: the browser stays on the page, as it is while
    // a slow network loads the next one.
    const dest = await destination();
    const frame = await openPage('guide.html', {'exit-url': dest.noContent, lang: 'en'});
    const {guide, doc} = frame;
    pressShift(doc, 3);
    await guide.updateComplete;
    const alert = guide.shadowRoot!.querySelector('dialog.cover [role="alert"]')!;
    expect(alert.textContent!.trim()).to.equal('Leaving the page');
    expect(statusText(guide), 'the press count is not read out on the way out').to.equal('');
    // The page stays hidden while it waits.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expectStillHidden(frame);
  });

  function expectStillHidden({guide, win, doc}: Frame): void {
    expect(guide.hasAttribute('exiting')).to.be.true;
    expect(win.getComputedStyle(doc.documentElement).visibility).to.equal('hidden');
    expect(doc.title).to.equal('\u200b');
  }

  it('a page shown again from the back-forward cache is reset to how it was', async () => {
    const dest = await destination();
    const frame = await openPage('guide.html', {'exit-url': dest.noContent, lang: 'en'});
    const {guide, doc, win} = frame;
    const title = doc.title;
    pressShift(doc, 3);
    await guide.updateComplete;
    expectStillHidden(frame);
    // A real restore from the back-forward cache cannot happen inside a test's iframe (only
    // top-level pages are cached); the browser tells the page with this event.
    win.dispatchEvent(new win.PageTransitionEvent('pageshow', {persisted: true}));
    await guide.updateComplete;
    expect(guide.hasAttribute('exiting'), 'exiting').to.be.false;
    expect(win.getComputedStyle(doc.documentElement).visibility, '<html> visibility').to.equal('visible');
    expect(doc.documentElement.getAttribute('style') ?? '', 'no style left on <html>').to.equal('');
    expect(doc.title).to.equal(title);
    expect(isShown(doc.getElementById('partner-text')!)).to.be.true;
    expect(guide.shadowRoot!.querySelector<HTMLDialogElement>('dialog.cover')!.open, 'cover closed').to.be.false;
    expect(isShown(exitButton(guide)!)).to.be.true;
    expect(guide.shadowRoot!.querySelector('dialog.cover [role="alert"]')!.textContent!.trim()).to.equal('');
    // The shortcut counts from zero again, and works again.
    pressShift(doc);
    await guide.updateComplete;
    expect(statusText(guide)).to.equal('Press Shift 2 more times to leave');
    expect(litSteps(guide)).to.equal(1);
  });

  it('a first page load (pageshow, not persisted) changes nothing', async () => {
    const {guide, doc, win} = await openPage('guide.html');
    win.dispatchEvent(new win.PageTransitionEvent('pageshow', {persisted: false}));
    await guide.updateComplete;
    expect(guide.hasAttribute('exiting')).to.be.false;
    expect(doc.title).to.equal('Partner page');
  });

  it('sets the no-referrer policy in <head> just before leaving, once', async () => {
    const dest = await destination();
    const {guide, doc} = await openPage('guide.html', {'exit-url': dest.noContent});
    expect(doc.querySelector('meta[name="referrer"]')).to.be.null;
    guide.leave();
    guide.leave();
    const metas = [...doc.head.querySelectorAll('meta[name="referrer"]')];
    expect(metas.map((m) => m.getAttribute('content'))).to.deep.equal(['no-referrer']);
  });
});
