import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import {defineKiutGuide} from '../../src/define.js';
import type {KiutGuide} from '../../src/kiut-guide.js';
import {facts} from '../../src/generated/facts.js';
import {texts as hu} from '../../src/generated/texts-hu.js';
import {splitTokens} from '../../src/content/tokens.js';
import {allRules, captureWarnings, headings, openEveryMore, shadow, visibleText} from './helpers.js';
import {emulateMedia, markedIt, mediaMarks, resetMedia, setViewport} from './engine.js';
import {openPage, removeFrames} from './safety/helpers.js';
import {darkGuide, darkMarks, expectAccessibleIn} from './dark.js';

async function guide(template = html`<kiut-guide></kiut-guide>`): Promise<KiutGuide> {
  const el = await fixture<KiutGuide>(template);
  await el.updateComplete;
  await openEveryMore(el);
  return el;
}

/** The plain words of a text, without its `{kind:id}` tokens: what a reader sees around the links. */
function firstWords(text: string, count = 6): string {
  const plain = splitTokens(text).find((piece): piece is string => typeof piece === 'string') ?? '';
  return plain.trim().split(/\s+/).slice(0, count).join(' ');
}

afterEach(async () => {
  removeFrames();
  await resetMedia();
  await setViewport({width: 800, height: 600});
});

describe('<kiut-guide> content', () => {
  it('puts the hotline first, with a tap-to-call link in E.164 and the number in local form', async () => {
    const el = await guide();
    const call = shadow(el).querySelector<HTMLAnchorElement>('[part="call-link"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+3680205520');
    expect(call.textContent).to.contain('+36 80 20 55 20');
    // The hotline card comes before every other section and before the finder.
    const firstSection = shadow(el).querySelector('section[data-section]')!;
    expect(firstSection.getAttribute('data-section')).to.equal('hotline');
    expect(firstSection.compareDocumentPosition(shadow(el).querySelector('.finder')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('shows the 0-24 badge, "free from Hungary", the hours and a link to okit.hu', async () => {
    const el = await guide();
    const card = shadow(el).querySelector('[part="hotline"]')!;
    expect(card.querySelector('[part="badge"]')!.textContent!.trim()).to.equal('0-24');
    expect(visibleText(card)).to.contain('Magyarországról ingyenesen hívható');
    expect(visibleText(card)).to.contain('a nap 24 órájában, a hét minden napján');
    const web = card.querySelector<HTMLAnchorElement>('.hotline-web a')!;
    expect(web.getAttribute('href')).to.equal('http://okit.hu');
    expect(web.textContent).to.equal('okit.hu');
  });

  it('writes the domestic number in the running text as a tel: link too', async () => {
    const el = await guide();
    const domestic = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a.tel')].find((a) => a.textContent === '06/80-20-55-20');
    expect(domestic, 'the 06/80-20-55-20 link').to.exist;
    expect(domestic!.getAttribute('href')).to.equal('tel:+3680205520');
  });

  it('renders every section of the source, in its order, with its heading and key phrase', async () => {
    const el = await guide(html`<kiut-guide no-finder></kiut-guide>`);
    const rendered = [...shadow(el).querySelectorAll('section[data-section]')].map((s) => s.getAttribute('data-section'));
    expect(rendered).to.deep.equal(facts.sections.map((s) => s.id));
    for (const {id} of facts.sections) {
      const section = shadow(el).querySelector(`section[data-section="${id}"]`)!;
      expect(visibleText(section.querySelector('.heading')!), id).to.equal(hu.sections[id].title);
      const first = hu.sections[id].blocks.find((b): b is string => typeof b === 'string')!;
      expect(visibleText(section), id).to.contain(firstWords(first));
    }
  });

  it('says what the source says, word for word where it matters', async () => {
    const el = await guide();
    const all = visibleText(shadow(el));
    for (const phrase of [
      'Országos Kríziskezelő és Információs Telefonszolgálat',
      'jogász',
      'pszichológus vagy mentálhigiénés szakember',
      'szociális munkás',
      'Áldozatsegítő Központok',
      'Áldozatsegítő Szolgálatok',
      'Családok átmeneti otthona',
      'legfeljebb 21. életévének betöltéséig',
      'szülészetről kikerülő anyát',
      'Kapcsolati erőszak',
      'éjjeli menedékhely',
      'nappali melegedő',
      'hajléktalanok otthona',
      'időskorúak gondozóháza',
      'szenvedélybetegek átmeneti otthona',
      // The seed's "a vonatkozó célcsoportba való tartozás", in plain words.
      'abba a csoportba tartozik, amelynek az otthon szól',
      'Szociális Ágazati Portál',
    ]) {
      expect(all, phrase).to.contain(phrase);
    }
    // The seed's typo is fixed, not repeated.
    expect(all).not.to.contain('időszerű');
  });

  it('uses real lists for lists', async () => {
    const el = await guide();
    const items = (id: string) => [...shadow(el).querySelectorAll(`section[data-section="${id}"] ul li`)].map((li) => visibleText(li));
    expect(items('shelters')).to.deep.equal(['jogász', 'pszichológus vagy mentálhigiénés szakember', 'szociális munkás']);
    expect(items('homeless')).to.deep.equal([
      'utcai szociális munka',
      'éjjeli menedékhely',
      'nappali melegedő',
      'átmeneti szálláshely',
      'rehabilitációs központ',
      'hajléktalanok otthona',
    ]);
    expect(items('other-homes')).to.have.length(4);
    // The seed's whole list of who the families' homes take in, "többek között" (among others).
    expect(items('family-homes')).to.have.length(10);
    expect(items('family-homes')).to.include.members(['a válsághelyzetben lévő anyát', 'a bántalmazott anyát', 'a várandós anyát']);
  });

  it('links the institution finder and IOM by their address, and says where each goes', async () => {
    const el = await guide();
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="http"]')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.include(['http://szocialisportal.hu/szakmai-intezmenykereso/', 'szocialisportal.hu/szakmai-intezmenykereso']);
    expect(links).to.deep.include(['http://hungary.iom.int/ct-return', 'hungary.iom.int/ct-return']);
    for (const a of shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="http"]')) {
      expect(a.rel, a.href).to.contain('noreferrer');
    }
  });

  it('names materials that have no address as plain text, never as a "#" link', async () => {
    const el = await guide();
    expect(shadow(el).querySelector('a[href="#"], a:not([href])')).to.equal(null);
    const cites = [...shadow(el).querySelectorAll('cite')].map((c) => c.textContent);
    // Named only where the name adds something (issue 19): victim support now gives a number and a link instead.
    expect(cites).to.include('Kapcsolati erőszak');
  });
});

describe('<kiut-guide> attributes', () => {
  it('layout="compact" shows only the hotline card', async () => {
    const el = await guide(html`<kiut-guide layout="compact"></kiut-guide>`);
    expect(shadow(el).querySelector('[part="call-link"]')).to.exist;
    expect(shadow(el).querySelectorAll('section[data-section]')).to.have.length(0);
    expect(shadow(el).querySelector('.finder')).to.equal(null);
    expect(headings(el)).to.deep.equal([['H2', hu.sections.hotline.title]]);
  });

  it('sections="…" shows only those sections, in the source order', async () => {
    const el = await guide(html`<kiut-guide sections="homeless, family-homes"></kiut-guide>`);
    const rendered = [...shadow(el).querySelectorAll('section[data-section]')].map((s) => s.getAttribute('data-section'));
    expect(rendered).to.deep.equal(['family-homes', 'homeless']);
  });

  it('shows how to leave no trace, unless the partner hides it with hide-no-trace', async () => {
    const el = await guide();
    const tips = shadow(el).querySelector('section[data-section="no-trace"]')!;
    expect(visibleText(tips)).to.contain('privát (inkognitó) böngészés');
    expect(visibleText(tips)).to.contain('könyvtári gépet');
    const hidden = await guide(html`<kiut-guide hide-no-trace></kiut-guide>`);
    expect(shadow(hidden).querySelector('section[data-section="no-trace"]')).to.equal(null);
    expect(shadow(hidden).querySelectorAll('section[data-section]')).to.have.length(facts.sections.length - 1);
  });

  it('heading-level sets the first heading, and sections sit one below', async () => {
    const el = await guide(html`<kiut-guide heading-level="4" no-finder sections="hotline shelters"></kiut-guide>`);
    expect(headings(el).map(([tag]) => tag)).to.deep.equal(['H4', 'H5', 'H5']);
    const deepest = await guide(html`<kiut-guide heading-level="6" no-finder sections="hotline"></kiut-guide>`);
    expect(headings(deepest).map(([tag]) => tag)).to.deep.equal(['H6', 'H6']);
  });

  it('defaults to heading level 2', async () => {
    const el = await guide(html`<kiut-guide no-finder sections="hotline"></kiut-guide>`);
    expect(headings(el).map(([tag]) => tag)).to.deep.equal(['H2', 'H3']);
  });

  for (const [attribute, value, check] of [
    ['layout', 'sidebar', (el: KiutGuide) => expect(shadow(el).querySelectorAll('section[data-section]').length).to.equal(facts.sections.length)],
    ['sections', 'nonsense, nothing', (el: KiutGuide) => expect(shadow(el).querySelectorAll('section[data-section]').length).to.equal(facts.sections.length)],
    ['heading-level', '9', (el: KiutGuide) => expect(headings(el)[0][0]).to.equal('H2')],
    ['heading-level', 'two', (el: KiutGuide) => expect(headings(el)[0][0]).to.equal('H2')],
    ['exit-position', 'floating', (el: KiutGuide) => expect(shadow(el).querySelector('.exit-bar')!.classList.contains('exit-sticky')).to.equal(true)],
  ] as const) {
    it(`${attribute}="${value}" gives one warning and the default`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KiutGuide>(`<kiut-guide ${attribute}="${value}"></kiut-guide>`);
        await el.updateComplete;
        check(el);
        // Re-rendering must not repeat the warning.
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages.filter((m) => m.includes(attribute))).to.have.length(1);
        expect(warnings.messages[0]).to.contain(value);
      } finally {
        warnings.restore();
      }
    });
  }

  it('warns about unknown section ids but keeps the known ones', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<KiutGuide>(html`<kiut-guide sections="hotline, shelterz"></kiut-guide>`);
      expect([...shadow(el).querySelectorAll('section[data-section]')].map((s) => s.getAttribute('data-section'))).to.deep.equal(['hotline']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('shelterz');
    } finally {
      warnings.restore();
    }
  });

  it('reflects its properties to attributes', async () => {
    const el = await guide();
    el.layout = 'compact';
    el.headingLevel = '3';
    await el.updateComplete;
    expect(el.getAttribute('layout')).to.equal('compact');
    expect(el.getAttribute('heading-level')).to.equal('3');
  });
});

describe('<kiut-guide> on a partner page', () => {
  it('defines itself once: a second define, or another tag name, causes no error', async () => {
    expect(() => defineKiutGuide()).not.to.throw();
    expect(defineKiutGuide()).to.equal(customElements.get('kiut-guide'));
    const Other = defineKiutGuide('partner-help-guide');
    expect(customElements.get('partner-help-guide')).to.equal(Other);
    const el = await fixture<KiutGuide>('<partner-help-guide layout="compact"></partner-help-guide>');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="call-link"]')).to.exist;
  });

  it('runs two guides with different settings side by side', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kiut-guide layout="compact" lang="en" heading-level="3"></kiut-guide>
      <kiut-guide sections="homeless" lang="uk"></kiut-guide>
    </div>`);
    const [a, b] = wrapper.querySelectorAll<KiutGuide>('kiut-guide');
    await a.updateComplete;
    await b.updateComplete;
    expect(headings(a)[0][0]).to.equal('H3');
    expect(shadow(a).querySelector('.guide')!.getAttribute('lang')).to.equal('en');
    expect(shadow(b).querySelector('.guide')!.getAttribute('lang')).to.equal('uk');
    expect(shadow(b).querySelectorAll('section[data-section]')).to.have.length(1);
    expect(visibleText(shadow(a))).to.contain('Call');
    expect(visibleText(shadow(b))).to.contain('Вийти');
  });

  it("isn't broken by the partner's CSS, and doesn't touch the page", async () => {
    const style = document.createElement('style');
    style.textContent = `* { color: rgb(255, 0, 0) !important; font-size: 40px !important; letter-spacing: 1em; }
      a, button, section, ul, li, h2, h3 { display: none !important; }`;
    const headBefore = document.head.children.length;
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div><p id="partner-text">Partner text</p><kiut-guide></kiut-guide></div>`);
      const el = wrapper.querySelector<KiutGuide>('kiut-guide')!;
      await el.updateComplete;
      const call = shadow(el).querySelector<HTMLElement>('[part="call-link"]')!;
      expect(getComputedStyle(call).display).not.to.equal('none');
      expect(getComputedStyle(call.querySelector('.call-number')!).color).not.to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(shadow(el).querySelector('p')!).letterSpacing).to.equal('normal');
      expect(document.head.children.length).to.equal(headBefore + 1);
      expect(getComputedStyle(wrapper.querySelector('#partner-text')!).fontSize).to.equal('40px');
    } finally {
      style.remove();
    }
  });

  it('takes --kiut-* custom properties from any ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="themed"><kiut-guide layout="compact"></kiut-guide></div>`);
    wrapper.style.setProperty('--kiut-accent', 'rgb(0, 90, 40)');
    wrapper.style.setProperty('--kiut-radius', '0px');
    wrapper.style.setProperty('--kiut-font-family', 'monospace');
    const el = wrapper.querySelector<KiutGuide>('kiut-guide')!;
    await el.updateComplete;
    const call = shadow(el).querySelector<HTMLElement>('[part="call-link"]')!;
    expect(getComputedStyle(call).backgroundColor).to.equal('rgb(0, 90, 40)');
    expect(getComputedStyle(call).borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle(shadow(el).querySelector('.guide')!).fontFamily).to.equal('monospace');
  });

  it("inherits the page's font unless told otherwise", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><kiut-guide layout="compact"></kiut-guide></div>`);
    wrapper.style.fontFamily = 'serif';
    const el = wrapper.querySelector<KiutGuide>('kiut-guide')!;
    await el.updateComplete;
    expect(getComputedStyle(shadow(el).querySelector('.guide')!).fontFamily).to.equal('serif');
  });

  it('shows its fallback content until the script runs, then only the guide', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    // An undefined tag name stands in for the guide before its script has run.
    host.innerHTML = '<kiut-guide-fallback-test><a href="tel:+3680205520">+36 80 20 55 20</a></kiut-guide-fallback-test>';
    const before = host.firstElementChild!.querySelector('a')!;
    expect(before.getClientRects().length).to.be.greaterThan(0);
    defineKiutGuide('kiut-guide-fallback-test');
    const el = host.firstElementChild as KiutGuide;
    await el.updateComplete;
    expect(before.getClientRects().length, 'fallback hidden once rendered').to.equal(0);
    expect(shadow(el).querySelector('[part="call-link"]')).to.exist;
  });
});

describe('<kiut-guide> layout and media', () => {
  // In a page 320 px wide (an iframe: WebKitGTK's window cannot be made that narrow).
  it('reflows at 320 px with no horizontal scrolling', async () => {
    const {guide: el, win} = await openPage('guide.html', {'language-switcher': ''}, {width: 320, height: 640});
    try {
      expect(win.innerWidth).to.equal(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      expect(win.document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(320);
      for (const node of shadow(el).querySelectorAll<HTMLElement>('*')) {
        const box = node.getBoundingClientRect();
        if (box.width > 0) expect(box.right, node.className || node.tagName).to.be.at.most(320 + 0.5);
      }
      expect(win.getComputedStyle(shadow(el).querySelector('.qr-figure')!).display).to.equal('none');
      // The big number fits inside its card: nothing is cut off at the right.
      const card = shadow(el).querySelector('[part="hotline"]')!.getBoundingClientRect();
      const number = shadow(el).querySelector('.call-number')!.getBoundingClientRect();
      expect(number.right).to.be.at.most(card.right);
      expect(card.right).to.be.at.most(320);
    } finally {
      removeFrames();
    }
  });

  it('shows the QR code of okit.hu beside the hotline on wide screens', async () => {
    await setViewport({width: 1280, height: 800});
    const el = await guide();
    const figure = shadow(el).querySelector('.qr-figure')!;
    expect(getComputedStyle(figure).display).not.to.equal('none');
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('okit.hu');
    expect(svg.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(100);
  });

  markedIt(darkMarks, 'follows the dark colour scheme', async () => {
    const {guide: el, win} = await darkGuide('<kiut-guide></kiut-guide>');
    expect(win.getComputedStyle(shadow(el).querySelector('.guide')!).backgroundColor).to.equal('rgb(24, 24, 27)');
  });

  // The test runner's emulateMedia cannot switch forced colors on, so this reads the rules
  // the browser parsed: each control keeps a visible border in system colours.
  it('has forced-colors rules for every control', async () => {
    const el = await guide(html`<kiut-guide layout="compact"></kiut-guide>`);
    const forced = allRules(shadow(el)).filter(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
    );
    expect(forced).to.have.length(1);
    const text = [...forced[0].cssRules].map((r) => r.cssText).join('\n');
    for (const selector of ['.call', '.exit-button', '.need', '.badge', '.hotline']) expect(text, selector).to.contain(selector);
    expect(text.toLowerCase()).to.contain('canvastext');
  });

  markedIt(mediaMarks, 'prints without the controls', async () => {
    await emulateMedia({media: 'print'});
    const el = await guide(html`<kiut-guide language-switcher></kiut-guide>`);
    for (const selector of ['.exit-bar', '.switcher', '.finder']) {
      expect(getComputedStyle(shadow(el).querySelector(selector)!).display, selector).to.equal('none');
    }
    expect(getComputedStyle(shadow(el).querySelector('[part="call-link"]')!).color).to.equal('rgb(0, 0, 0)');
  });

  // Where the print medium cannot be emulated, the rules the engine parsed still show what
  // paper gets: each control matches a print rule that hides it, and the number one in black.
  it('has print rules, parsed by this engine, that hide the controls and print the number in black', async () => {
    const el = await guide(html`<kiut-guide language-switcher></kiut-guide>`);
    const print = allRules(shadow(el)).filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print');
    expect(print).to.have.length(1);
    const rules = [...print[0].cssRules].filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
    const ruling = (node: Element, property: string) =>
      rules
        .filter((rule) => node.matches(rule.selectorText))
        .map((rule) => rule.style.getPropertyValue(property))
        .filter((value) => value !== '');
    for (const selector of ['.exit-bar', '.switcher', '.finder']) {
      expect(ruling(shadow(el).querySelector(selector)!, 'display'), selector).to.deep.equal(['none']);
    }
    const call = shadow(el).querySelector('[part="call-link"]')!;
    expect(ruling(call, 'color').map((value) => value.replace(/\s/g, ''))).to.satisfy((values: string[]) =>
      values.some((value) => ['#000', 'black', 'rgb(0,0,0)'].includes(value)),
    );
  });

  markedIt(mediaMarks, 'has no transitions or animations when the reader asks for reduced motion', async () => {
    await emulateMedia({reducedMotion: 'reduce'});
    const el = await guide();
    for (const node of shadow(el).querySelectorAll('*')) {
      const style = getComputedStyle(node);
      expect(style.transitionDuration, node.className.toString()).to.equal('0s');
      expect(style.animationName, node.className.toString()).to.equal('none');
    }
  });

  // The guide has no motion by design (styles.ts), so reduced motion needs no rule of its own,
  // and this holds in every engine without emulating the preference.
  it('has no transitions, animations or keyframes at all, in any state a reader brings about', async () => {
    const el = await guide(html`<kiut-guide language-switcher></kiut-guide>`);
    // Every rule, inside @media and @container too: no keyframes, and no transition or animation
    // set to anything but its initial value (`all: initial` at the host resets both).
    const moving: string[] = [];
    for (const rule of allRules(shadow(el))) {
      if (rule instanceof CSSKeyframesRule) moving.push(`@keyframes ${rule.name}`);
      if (rule instanceof CSSStyleRule) {
        for (const property of ['transition-duration', 'transition-property', 'animation-name', 'animation-duration']) {
          const value = rule.style.getPropertyValue(property);
          if (!['', 'initial', 'none', '0s'].includes(value)) moving.push(`${rule.selectorText} { ${property}: ${value} }`);
        }
      }
    }
    expect(moving).to.deep.equal([]);
    const still = (state: string) => {
      for (const node of shadow(el).querySelectorAll('*')) {
        const style = getComputedStyle(node);
        expect(style.transitionDuration, `${state}: ${node.localName}.${node.className.toString()}`).to.equal('0s');
        expect(style.animationName, `${state}: ${node.localName}.${node.className.toString()}`).to.equal('none');
      }
    };
    still('first render');
    shadow(el).querySelector<HTMLButtonElement>('.need')!.click();
    await el.updateComplete;
    still('a need chosen');
    for (const details of shadow(el).querySelectorAll('details')) details.open = true;
    still('every "More" open');
  });
});

describe('<kiut-guide> accessibility', () => {
  for (const [name, markup] of [
    ['full', '<kiut-guide></kiut-guide>'],
    ['compact', '<kiut-guide layout="compact"></kiut-guide>'],
    ['full with switcher, en', '<kiut-guide language-switcher lang="en"></kiut-guide>'],
    ['full, uk', '<kiut-guide lang="uk"></kiut-guide>'],
  ] as const) {
    // The light scheme is every engine's default.
    it(`passes the axe audit: ${name}, light`, async () => {
      await setViewport({width: 1280, height: 800});
      const el = await fixture<KiutGuide>(markup);
      await el.updateComplete;
      await expect(el).shadowDom.to.be.accessible();
    });
    markedIt(darkMarks, `passes the axe audit: ${name}, dark`, async () => {
      const {guide: el, win} = await darkGuide(markup);
      await expectAccessibleIn(win, el);
    });
  }

  it('has headings in order, with no level skipped', async () => {
    const el = await guide(html`<kiut-guide heading-level="3"></kiut-guide>`);
    const levels = headings(el).map(([tag]) => Number(tag.slice(1)));
    expect(levels[0]).to.equal(3);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).to.be.at.most(1);
  });
});
