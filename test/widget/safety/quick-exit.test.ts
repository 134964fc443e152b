/**
 * Quick exit: the "Leave this page" button and the Shift ×3 shortcut.
 *
 * In this page (the test runner's) `leave()` is replaced by a spy, because a real exit would
 * navigate the test runner away. Real exits happen in iframes (see helpers.ts): there the
 * guide really hides, really calls location.replace, and the iframe really lands on the
 * exit page without a new history entry.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../../src/index.js';
import type {KiutGuide} from '../../../src/kiut-guide.js';
import type {KiutGuideExitEvent} from '../../../src/safety/exit-event.js';
import {
  ManualClock,
  defaultExitUrl,
  exitTarget,
  isShown,
  nextLoad,
  openPage,
  press,
  pressShift,
  removeFrames,
  spyOn,
  type Frame,
  type Spy,
} from './helpers.js';

const exitButton = (el: KiutGuide) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="exit-button"]');
const status = (el: KiutGuide) => el.shadowRoot!.querySelector('.exit-bar [role="status"]');

let spies: Spy<unknown[]>[] = [];
/** Replaces the guide's leave() with a spy, so that nothing navigates the test runner. */
function stubLeave(el: KiutGuide): Spy<[]> {
  const spy = spyOn(el, 'leave');
  spies.push(spy as Spy<unknown[]>);
  return spy;
}

afterEach(async () => {
  for (const spy of spies) spy.restore();
  spies = [];
  removeFrames();
  // Any Shift count left over would leak into the next test.
  press(document, 'Escape');
  await setViewport({width: 800, height: 600});
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
      expect(leave.calls).to.have.length(1);
    });
  }

  describe('exit-position', () => {
    // A tall page: the guide starts below the first screen, and is taller than one screen.
    async function guideBelowTheFold(position: string): Promise<{el: KiutGuide; bar: HTMLElement}> {
      await setViewport({width: 800, height: 600});
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
      const warn = spyOn(console, 'warn');
      try {
        const el = await fixture<KiutGuide>(html`<kiut-guide exit-position="floating"></kiut-guide>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(getComputedStyle(el.shadowRoot!.querySelector('.exit-bar')!).position).to.equal('sticky');
        expect(warn.calls).to.have.length(1);
        expect(String(warn.calls[0][0])).to.contain('exit-position');
      } finally {
        warn.restore();
      }
    });
  });
});

describe('quick exit: the Shift shortcut', () => {
  it('three presses of Shift leave, once', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const leave = stubLeave(el);
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    expect(leave.calls).to.have.length(0);
    await sendKeys({press: 'Shift'});
    expect(leave.calls).to.have.length(1);
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
    expect(leave.calls).to.have.length(0);
    await el.updateComplete;
    // It started again from the press after "a": two more make three.
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    expect(leave.calls).to.have.length(1);
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
    expect(leave.calls).to.have.length(0);
    // A capital letter, then Shift twice: only two presses of Shift alone.
    await capital('KeyT');
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    expect(leave.calls).to.have.length(0);
    await sendKeys({press: 'Shift'});
    expect(leave.calls).to.have.length(1);
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
    expect(leave.calls).to.have.length(1);
  });

  describe('each press within 5 seconds of the last (manual clock)', () => {
    // The shortcut reads setTimeout when a press comes; the events are dispatched
    // synchronously while the manual clock stands in for it.
    let clock: ManualClock | undefined;
    afterEach(() => clock?.uninstall());

    it('presses 4.999 s apart leave', async () => {
      const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
      const leave = stubLeave(el);
      clock = new ManualClock().install();
      pressShift(document);
      clock.tick(4999);
      pressShift(document);
      clock.tick(4999);
      pressShift(document);
      clock.uninstall();
      expect(leave.calls).to.have.length(1);
      expect(clock.delays).to.deep.equal([5000, 5000]);
    });

    it('a pause of 5 s starts the count again', async () => {
      const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
      const leave = stubLeave(el);
      clock = new ManualClock().install();
      pressShift(document);
      pressShift(document);
      clock.tick(5000);
      pressShift(document);
      clock.uninstall();
      expect(leave.calls).to.have.length(0);
      await el.updateComplete;
      // The pause reset the count to 0, so the press after it was the first of a new three.
      expect(status(el)!.textContent!.trim()).to.not.equal('');
      clock.install();
      pressShift(document, 2);
      clock.uninstall();
      expect(leave.calls).to.have.length(1);
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
    expect(leaveFirst.calls).to.have.length(1);
    expect(leaveSecond.calls).to.have.length(0);
  });

  it('stops listening when the guide is removed from the page', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const leave = stubLeave(el);
    el.remove();
    pressShift(document, 3);
    expect(leave.calls).to.have.length(0);
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
    expect(leave.calls).to.have.length(0);
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
    expect(leave.calls).to.have.length(0);
    el.removeAttribute('no-exit');
    await el.updateComplete;
    expect(exitButton(el)).to.exist;
    pressShift(document, 3);
    expect(leave.calls).to.have.length(1);
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
  /** Checks what the reader sees the moment exit starts: a blank page, nothing of the guide. */
  function expectHiddenAndCovered({guide, win}: Frame): void {
    expect(guide.hasAttribute('exiting'), 'exiting attribute').to.be.true;
    const root = guide.shadowRoot!;
    expect(win.getComputedStyle(root.querySelector('.guide')!).visibility, '.guide visibility').to.equal('hidden');
    const cover = root.querySelector('.cover')!;
    expect(isShown(cover), '.cover shown').to.be.true;
    const box = cover.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height], '.cover box').to.deep.equal([0, 0, win.innerWidth, win.innerHeight]);
    expect(win.getComputedStyle(cover).backgroundColor).to.equal('rgb(255, 255, 255)');
    // The cover is on top of everything: the partner page's text, too, is hidden.
    const w = win.innerWidth;
    const h = win.innerHeight;
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
    const warn = spyOn(win.console, 'warn');
    let url = '';
    guide.addEventListener('kiut-guide-exit', (event: KiutGuideExitEvent) => {
      url = event.url;
      // Removing the iframe cancels the navigation: the test makes no request to the internet.
      iframe.remove();
    });
    exitButton(guide)!.click();
    expect(url).to.equal(defaultExitUrl);
    expect(warn.calls).to.have.length(0);
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
