/**
 * Strict Content-Security-Policy: the guide works on a page served with
 * `default-src 'self'; script-src 'self'; style-src 'self'` (no unsafe-inline, no
 * unsafe-eval), from the ES module, from the classic script, and from both at once.
 * test/widget/csp-plugin.mjs sends the header for /test/widget/pages/csp*; recorder.js logs
 * every securitypolicyviolation event and console error of the page.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {exitTarget, isShown, nextLoad, openPage, removeFrames, type Frame} from './helpers.js';

afterEach(() => removeFrames());

/** As in test/widget/csp-plugin.mjs. */
const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

/** The policy really is in force: the page cannot run an inline script or apply an inline style. */
async function expectPolicyInForce({doc, win, log}: Frame): Promise<void> {
  const response = await fetch(win.location.href);
  expect(response.headers.get('content-security-policy')).to.equal(strictCsp);
  const inline = doc.createElement('script');
  inline.textContent = 'window.__pwned = 1';
  doc.body.append(inline);
  expect(win.__pwned, 'inline script ran').to.be.undefined;
  inline.remove();
  // The violation event comes in a task of its own.
  await waitUntil(() => log.violations.length > 0, 'the probe was reported');
  expect(log.violations.map((v) => v.directive)).to.deep.equal(['script-src-elem']);
  log.violations.length = 0;
}

function expectRenderedAndStyled({guide, win, log}: Frame): void {
  const root = guide.shadowRoot!;
  const call = root.querySelector<HTMLAnchorElement>('a[href="tel:+3680205520"]');
  expect(call, 'tel: link').to.exist;
  expect(call!.textContent).to.contain('+36 80 20 55 20');
  expect(root.textContent).to.contain('OKIT');
  // Styles: Lit adopts constructed style sheets, which style-src 'self' allows.
  expect(root.adoptedStyleSheets.length).to.be.above(0);
  const button = root.querySelector('[part="exit-button"]')!;
  const guideBox = root.querySelector('.guide')!;
  const buttonStyle = win.getComputedStyle(button);
  // The button's background is the guide's text colour, not the browser's ButtonFace.
  expect(buttonStyle.backgroundColor).to.equal(win.getComputedStyle(guideBox).color);
  expect(buttonStyle.backgroundColor).to.not.equal('rgb(239, 239, 239)');
  expect(buttonStyle.fontWeight).to.equal('700');
  expect(isShown(root.querySelector('.cover')!), '.cover hidden by the styles').to.be.false;
  expect(win.getComputedStyle(root.querySelector('.call')!).display).to.equal('inline-flex');
  expect(log.violations, 'CSP violations').to.deep.equal([]);
  expect(log.errors, 'console errors').to.deep.equal([]);
}

for (const [name, page] of [
  ['the ES module', 'csp.html'],
  ['the classic script (IIFE)', 'csp-iife.html'],
  ['both scripts, the module twice', 'csp-both.html'],
]) {
  describe(`strict CSP: ${name}`, () => {
    it('renders, styled, with no violation and no error', async () => {
      const frame = await openPage(page);
      // The page really ran the script it is about.
      const scripts = frame.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(scripts.includes('/dist/kiut-guide.iife.js'), 'classic script loaded').to.equal(page !== 'csp.html');
      expect(scripts.includes('/dist/kiut-guide.js'), 'module loaded').to.equal(page !== 'csp-iife.html');
      expectRenderedAndStyled(frame);
      await expectPolicyInForce(frame);
    });

    it('stays clean through the switcher, the finder and a quick exit', async () => {
      const frame = await openPage(page);
      const {guide, iframe, log} = frame;
      const root = guide.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[part="language-switcher"] button[lang="en"]')!.click();
      await guide.updateComplete;
      expect(root.querySelector('.guide')!.getAttribute('lang')).to.equal('en');
      root.querySelector<HTMLButtonElement>('[part="need-button"]')!.click();
      await guide.updateComplete;
      expect(root.querySelector('.finder-result')).to.exist;
      expect(log.violations, 'CSP violations').to.deep.equal([]);
      expect(log.errors, 'console errors').to.deep.equal([]);
      const landed = nextLoad(iframe);
      root.querySelector<HTMLButtonElement>('[part="exit-button"]')!.click();
      expect(guide.hasAttribute('exiting')).to.be.true;
      expect(log.violations, 'CSP violations on exit').to.deep.equal([]);
      await landed;
      expect(iframe.contentWindow!.location.pathname).to.equal(exitTarget);
    });
  });
}
