/**
 * Hostile attributes: a partner page (or anything that can write into it) may put markup,
 * script, bidi controls or huge strings into the guide's attributes. None of it may become
 * an element or run; each bad value costs one console warning and the default guide renders.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/index.js';
import type {KiutGuide} from '../../../src/kiut-guide.js';
import sinon from 'sinon';

type PwnedWindow = Window & {__pwned?: unknown};
// The guide's own drawings are its QR codes and its pictograms (one path each, from a table in the script).
const injected = 'img, script, iframe, object, embed, svg:not(.qr, .pictogram), style, link, form, base, meta';
const payload = '<img src=x onerror="window.__pwned=1">';

let warn: sinon.SinonStub;
let documentElements: number;

beforeEach(() => {
  documentElements = document.querySelectorAll(injected).length;
  warn = sinon.stub(console, 'warn');
});

afterEach(() => {
  warn.restore();
  delete (window as PwnedWindow).__pwned;
});

/** The guide with no attributes at all, in the same language. */
async function baselineText(): Promise<string> {
  const wrapper = await fixture(html`<div lang="hu"><kiut-guide></kiut-guide></div>`);
  const el = wrapper.querySelector('kiut-guide')!;
  await el.updateComplete;
  const text = el.shadowRoot!.textContent!;
  wrapper.remove();
  return text;
}

/** Renders <kiut-guide> with attributes set from the parser's point of view: setAttribute. */
async function guideWith(attributes: Record<string, string>): Promise<KiutGuide> {
  const wrapper = await fixture(html`<div lang="hu"></div>`);
  const el = document.createElement('kiut-guide');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  // A second render must not warn again.
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

function expectInert(el: KiutGuide): void {
  const root = el.shadowRoot!;
  // outerHTML, not the element: a failing assertion that carries an element can take the test page down.
  expect(root.querySelector(injected)?.outerHTML ?? null, 'element injected into the shadow root').to.be.null;
  const inPictograms = [...root.querySelectorAll('svg.pictogram *')].filter((node) => node.localName !== 'path');
  expect(
    inPictograms.map((node) => node.outerHTML),
    'elements inside a pictogram',
  ).to.deep.equal([]);
  expect(document.querySelectorAll(injected).length, 'elements injected into the page').to.equal(documentElements);
  for (const node of root.querySelectorAll('*')) {
    const handlers = [...node.attributes].filter((a) => a.name.startsWith('on'));
    expect(
      handlers.map((a) => `${node.localName} ${a.name}`),
      'event handler attributes',
    ).to.deep.equal([]);
  }
  expect((window as PwnedWindow).__pwned).to.be.undefined;
}

function warnings(): string[] {
  return warn.args.map((args) => String(args[0]));
}

const cases: [attribute: string, value: string][] = [
  ['sections', payload],
  ['sections', 'hotline"><script>window.__pwned=1</script>'],
  ['layout', '<script>window.__pwned=1</script>'],
  ['heading-level', '2 onmouseover=alert(1)'],
  ['heading-level', '2"><img src=x onerror=window.__pwned=1>'],
  ['need', '\u202Esafe-place-now'],
  ['need', `safe-place-now${payload}`],
  ['exit-position', `fixed" onclick="window.__pwned=1`],
  ['lang', '"><svg onload="window.__pwned=1">'],
  ['languages', `en ${payload}`],
  ['default-lang', '"><svg onload="window.__pwned=1">'],
];

describe('hostile attributes', () => {
  for (const [attribute, value] of cases) {
    it(`${attribute}=${JSON.stringify(value)}: inert, one warning, the default guide`, async () => {
      const expected = await baselineText();
      warn.resetHistory();
      const el = await guideWith({[attribute]: value});
      expectInert(el);
      expect(el.getAttribute(attribute), 'the attribute keeps its value').to.equal(value);
      const mine = warnings();
      expect(mine, 'warnings').to.have.length(1);
      expect(mine[0]).to.contain(attribute);
      expect(el.shadowRoot!.textContent, 'renders as the default guide').to.equal(expected);
      expect(el.shadowRoot!.querySelector('a[href="tel:+3680205520"]')).to.exist;
    });
  }

  it('every hostile value at once, set after the first render: still inert, one warning each', async () => {
    const expected = await baselineText();
    warn.resetHistory();
    const el = await guideWith({});
    expect(warnings()).to.deep.equal([]);
    const last = new Map(cases);
    for (const [attribute, value] of last) el.setAttribute(attribute, value);
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expectInert(el);
    expect(warnings(), 'one warning per attribute').to.have.length(last.size);
    expect(el.shadowRoot!.textContent).to.equal(expected);
  });

  it('exit-url with script: inert, the guide renders; the address is refused when leaving (see quick-exit.test.ts)', async () => {
    const expected = await baselineText();
    warn.resetHistory();
    const el = await guideWith({'exit-url': 'javascript:window.__pwned=1'});
    expectInert(el);
    expect(el.shadowRoot!.textContent).to.equal(expected);
    // Nothing in the guide links to it: it is only ever passed to location.replace, after checking.
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter((h) => /script:/i.test(h ?? ''))).to.deep.equal([]);
  });

  it('values of 100 000 characters: no hang, inert, one warning each, the default guide', async () => {
    const expected = await baselineText();
    warn.resetHistory();
    const long = (unit: string) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const attributes = {
      sections: long(`${payload},`),
      layout: long('x'),
      // Worst case for a backtracking pattern: all whitespace, one bad character at the end.
      'heading-level': `${' '.repeat(99_999)}7`,
      need: long('\u202E'),
      'exit-position': long('fixed '),
      lang: long('<b>'),
      'exit-url': `javascript:${long('a')}`,
      languages: long(`${payload} `),
      'default-lang': long('<i>'),
    };
    const el = await guideWith(attributes);
    expectInert(el);
    // exit-url is checked as soon as it is set, like the others: nine warnings for nine attributes.
    expect(warnings(), 'one warning per attribute').to.have.length(9);
    // Each warning quotes only the start of a 100 000-character value.
    for (const message of warnings()) expect(message.length, message.slice(0, 40)).to.be.below(1000);
    expect(el.shadowRoot!.textContent).to.equal(expected);
  });

  describe('remember-in-url: a hostile page address', () => {
    let address: string;
    beforeEach(() => {
      address = window.location.href;
    });
    afterEach(() => history.replaceState(history.state, '', address));

    it(`#kiut-need=${payload}: inert, one warning, nothing chosen`, async () => {
      history.replaceState(history.state, '', `#kiut-need=${encodeURIComponent(payload)}`);
      const el = await guideWith({'remember-in-url': ''});
      expectInert(el);
      expect(warnings()).to.have.length(1);
      expect(warnings()[0]).to.contain('need');
      const pressed = el.shadowRoot!.querySelectorAll('[part="need-button"][aria-pressed="true"]');
      expect(pressed).to.have.length(0);
    });
  });
});
