/**
 * Hostile content: the section templates render every text through Lit text bindings (and
 * attribute bindings for labels), so a text can never become markup. Validation rejects
 * such texts in content/ (tested in test/content/); this is the second wall, in the browser.
 */
import {expect} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import {facts} from '../../../src/generated/facts.js';
import {everyLocale as textsByLocale} from '../../../src/generated/every-locale.js';
import type {WidgetTexts} from '../../../src/content/widget-types.js';
import type {RenderContext} from '../../../src/templates/context.js';
import {hotlineCard} from '../../../src/templates/hotline-card.js';
import {section} from '../../../src/templates/section.js';
import {text} from '../../../src/templates/text.js';

type PwnedWindow = Window & {__pwned?: unknown};

const hostile = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  link: '<a href="javascript:window.__pwned=1">javascript:window.__pwned=1</a>',
  words: 'javascript:alert(1) data:text/html,<b>x</b> vbscript:msgbox',
  closing: '"></p></section><iframe src="javascript:window.__pwned=1"></iframe>',
  entity: '&lt;img src=x onerror=window.__pwned=1&gt; &amp;',
  template: '${window.__pwned=1} {{constructor.constructor("window.__pwned=1")()}}',
  litMarker: '<!--?lit$123$--><?lit$123$>lit$123$',
  rtl: '\u202Egnp.exe\u202C \u2066isolated\u2069 \u200F',
  long: `${'Hosszú szöveg <b>nem</b> félkövér. '.repeat(300)}`.slice(0, 10_000),
};
const all = Object.values(hostile);
const injected = 'img, script, iframe, object, embed, style, link, form, base, meta, b, template';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  delete (window as PwnedWindow).__pwned;
});

/** Hungarian texts with every string replaced by hostile ones, in turn. */
function hostileTexts(): WidgetTexts {
  const texts = structuredClone(textsByLocale.hu);
  let i = 0;
  const next = () => all[i++ % all.length];
  const replaceStrings = (value: unknown): unknown => {
    if (typeof value === 'string') return next();
    if (Array.isArray(value)) return value.map(replaceStrings);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, key === 'types' && typeof v === 'string' ? v : replaceStrings(v)]));
    }
    return value;
  };
  const replaced = replaceStrings(texts) as WidgetTexts;
  replaced.locale = 'hu';
  return replaced;
}

function context(texts: WidgetTexts): RenderContext {
  return {facts, texts, locale: 'hu', headingLevel: 2, quickExit: true, fullTexts: 'here', openMore: () => undefined};
}

function renderInto(template: TemplateResult | TemplateResult[]): HTMLElement {
  render(template, container);
  return container;
}

/** Nothing became an element, a handler, a script URL, or ran. */
function expectInert(root: HTMLElement): void {
  expect(root.querySelector(injected), 'injected element').to.be.null;
  for (const node of root.querySelectorAll('*')) {
    const bad = [...node.attributes].filter(
      (a) => a.name.startsWith('on') || (/^(href|src|action|formaction|xlink:href)$/.test(a.name) && !/^(https?:|tel:|mailto:)/i.test(a.value)),
    );
    expect(
      bad.map((a) => `${node.localName} ${a.name}=${a.value}`),
      'dangerous attributes',
    ).to.deep.equal([]);
  }
  for (const a of root.querySelectorAll('a')) expect(['https:', 'http:', 'tel:', 'mailto:']).to.include(a.protocol);
  expect((window as PwnedWindow).__pwned).to.be.undefined;
}

describe('hostile content: text()', () => {
  const ctx = context(textsByLocale.hu);

  for (const [name, value] of Object.entries(hostile)) {
    it(`${name}: shows as the literal text`, () => {
      const root = renderInto(text(value, ctx));
      expectInert(root);
      expect(root.textContent).to.equal(value);
    });
  }

  it('tokens around hostile text: the token becomes the fact, the rest stays text', () => {
    const source = `${hostile.img}{tel:okit}${hostile.script}{link:okit}${hostile.rtl}`;
    const root = renderInto(text(source, ctx));
    expectInert(root);
    expect(root.querySelector('a[href="tel:+3680205520"]')).to.exist;
    expect(root.querySelector('a[href="http://okit.hu"]')).to.exist;
    expect(root.textContent).to.contain(hostile.img).and.contain(hostile.script).and.contain(hostile.rtl);
  });

  it('token look-alikes with script stay text, unknown ids render nothing', () => {
    const source = '{link:javascript:alert(1)}{tel:nobody}{link:okit"onclick="x}';
    const root = renderInto(text(source, ctx));
    expectInert(root);
    expect(root.querySelectorAll('a').length).to.equal(0);
    expect(root.textContent).to.contain('{link:javascript:alert(1)}');
    expect(root.textContent).to.contain('{link:okit"onclick="x}');
  });
});

describe('hostile content: every section and the hotline card', () => {
  it('renders every hostile text as inert text, in every section', () => {
    const texts = hostileTexts();
    const ctx = context(texts);
    const root = renderInto(facts.sections.map((s) => section(s.id, ctx)));
    expectInert(root);
    expect(root.querySelectorAll('section').length).to.equal(facts.sections.length);
    const shown = root.textContent!;
    for (const value of all) expect(shown, JSON.stringify(value.slice(0, 40))).to.contain(value);
    // The facts still render as facts: the number and the tel: link.
    expect(root.querySelector('a[href="tel:+3680205520"]')).to.exist;
  });

  it('hotline card: hostile names stay text, the call link stays the number', () => {
    const texts = structuredClone(textsByLocale.hu);
    texts.hotline = {badge: hostile.img, name: hostile.script, short: hostile.closing, free: hostile.rtl, hours: hostile.long};
    const root = renderInto(hotlineCard(context(texts)));
    expectInert(root);
    for (const value of Object.values(texts.hotline)) expect(root.textContent).to.contain(value);
    const call = root.querySelector<HTMLAnchorElement>('[part="call-link"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+3680205520');
    // Wherever a text lands in an attribute (labels), it is the literal string.
    for (const node of root.querySelectorAll('*')) {
      for (const attribute of node.attributes) {
        const value = attribute.value;
        if (value.includes('<') || value.includes('"'))
          expect(
            Object.values(texts.hotline).some((t) => value.includes(t)),
            `${node.localName} ${attribute.name}`,
          ).to.be.true;
      }
    }
  });
});
