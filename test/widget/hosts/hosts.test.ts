/**
 * Issue 24: the guide reads the same on every partner page. On each host page the guide keeps
 * the reader's default text size, touch targets of at least 44 × 44 CSS px, an axe-clean audit
 * (contrast included) and its reflow in a 320 px viewport; and nothing the page sets on its body
 * reaches the guide's text except the font family.
 */
import {expect} from '@open-wc/testing';
import {darkMarks} from '../dark.js';
import {markedIt, resetMedia} from '../engine.js';
import {removeFrames} from '../frame.js';
import {
  allHosts,
  bodyTextHost,
  computed,
  darkHost,
  expectAxeClean,
  guideElements,
  hostPage,
  plainHost,
  readerDefault,
  rootHosts,
  rtlHost,
  touchTargets,
  type HostPage,
} from './host-pages.js';

/** The call number is sized by the guide's width (cqi) as well, so it is checked on its own. */
const widthSized = /^span\.call-number: /;

describe('<kiut-guide> on partner pages', () => {
  let reference: {fontSizes: string[]; base: number};

  before(async () => {
    // The test page is reused from file to file: start from the default media, whatever an
    // earlier file emulated (the demo screenshots leave Chromium's emulation set).
    await resetMedia();
    const plain = await hostPage(plainHost);
    reference = {fontSizes: computed(plain, 'font-size').filter((line) => !widthSized.test(line)), base: readerDefault(plain.win)};
    removeFrames();
    // The launchers start each engine with the usual default: 16 px.
    expect(reference.base).to.equal(16);
  });

  for (const host of allHosts) {
    describe(`on ${host.name}`, () => {
      let page: HostPage;
      before(async () => {
        page = await hostPage(host);
      });
      after(removeFrames);

      it('renders its text at the reader’s default size, as on a page with no CSS', () => {
        expect(parseFloat(page.win.getComputedStyle(page.root.querySelector('.guide')!).fontSize)).to.equal(reference.base);
        expect(computed(page, 'font-size').filter((line) => !widthSized.test(line))).to.deep.equal(reference.fontSizes);
        const number = parseFloat(page.win.getComputedStyle(page.root.querySelector('.call-number')!).fontSize);
        expect(number).to.be.at.least(1.2 * reference.base);
      });

      it('keeps the call, exit and need buttons at least 44 × 44 CSS px', () => {
        for (const target of touchTargets(page)) {
          const {width, height} = target.getBoundingClientRect();
          expect(width, `${target.className} width`).to.be.at.least(44);
          expect(height, `${target.className} height`).to.be.at.least(44);
        }
      });

      it('passes axe, contrast included', async () => {
        await expectAxeClean(page, host);
      });

      it('reflows in a 320 px viewport: nothing of it reaches past the right edge', async () => {
        const narrow = await hostPage(host, 'uk', {width: '320px'});
        expect(narrow.doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
        expect(narrow.guide.scrollWidth).to.be.at.most(narrow.guide.clientWidth);
        for (const el of guideElements(narrow)) {
          if (el.closest('.visually-hidden')) continue;
          const box = el.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          expect(box.left, `${el.localName}.${el.className} left`).to.be.at.least(-0.5);
          expect(box.right, `${el.localName}.${el.className} right`).to.be.at.most(320.5);
          // Nor does its text (text running out of its box would not show in the box's rectangle).
          for (const node of el.childNodes) {
            if (node.nodeType !== Node.TEXT_NODE || node.textContent!.trim() === '') continue;
            const range = narrow.doc.createRange();
            range.selectNodeContents(node);
            const text = range.getBoundingClientRect();
            if (text.width === 0) continue;
            expect(text.left, `text of ${el.localName}.${el.className}`).to.be.at.least(-0.5);
            expect(text.right, `text of ${el.localName}.${el.className}`).to.be.at.most(320.5);
          }
        }
        // Its touch targets are still large enough at this width.
        for (const target of touchTargets(narrow)) {
          const {width, height} = target.getBoundingClientRect();
          expect(Math.min(width, height), target.className).to.be.at.least(44);
        }
      });
    });
  }

  describe('with --kiut-font-size set by the partner, on a 62.5 % root', () => {
    after(removeFrames);
    // em is the host element's: the reader's default there too (the host starts from all: initial).
    for (const [value, expected] of [
      ['18px', 18],
      ['1.25em', 20],
      ['2rem', 20],
    ] as const) {
      it(`takes ${value} as ${expected} px`, async () => {
        const host = {...rootHosts[0], head: `${rootHosts[0].head}<style>kiut-guide { --kiut-font-size: ${value}; }</style>`};
        const page = await hostPage(host);
        for (const selector of ['.guide', '.need', '.hotline-name']) {
          expect(page.win.getComputedStyle(page.root.querySelector(selector)!).fontSize, selector).to.equal(`${expected}px`);
        }
        removeFrames();
      });
    }
  });

  describe('on a right-to-left page', () => {
    after(removeFrames);
    for (const lang of ['hu', 'en', 'uk']) {
      it(`stays left-to-right in ${lang}`, async () => {
        const page = await hostPage(rtlHost, lang);
        // The quick-exit cover is left out: a blank white dialog outside .guide, whose only text is
        // a visually hidden alert.
        for (const line of computed(page, 'direction').filter((l) => !/^(dialog\.cover|p\.visually-hidden)/.test(l))) expect(line).to.match(/: ltr$/);
        // Its text starts at its left edge, inside its padding.
        const guide = page.root.querySelector('.guide')!.getBoundingClientRect();
        const heading = page.root.querySelector('.heading')!;
        const range = page.doc.createRange();
        range.selectNodeContents(heading);
        expect(range.getBoundingClientRect().left - guide.left).to.be.within(0, 2 * 16 + 1);
        removeFrames();
      });
    }
  });

  describe(`on ${bodyTextHost.name}`, () => {
    let page: HostPage;
    let plain: HostPage;
    before(async () => {
      plain = await hostPage(plainHost);
      page = await hostPage(bodyTextHost);
    });
    after(removeFrames);

    for (const property of ['line-height', 'letter-spacing', 'text-transform', 'word-spacing', 'text-align', 'color']) {
      it(`takes no ${property} from the page`, () => {
        // Each element's value is what it is on a page with no CSS.
        expect(computed(page, property)).to.deep.equal(computed(plain, property));
      });
    }

    it('takes the font family from the page, on purpose', () => {
      const family = page.win.getComputedStyle(page.doc.body).fontFamily;
      expect(family).to.contain('Georgia');
      for (const selector of ['.guide', '.heading', '.summary', '.need', '.call-number', '.exit-button']) {
        expect(page.win.getComputedStyle(page.root.querySelector(selector)!).fontFamily, selector).to.equal(family);
      }
    });
  });

  describe('on a dark page when the reader prefers dark too', () => {
    after(removeFrames);
    markedIt(darkMarks, 'is readable and passes axe', async () => {
      const page = await hostPage(darkHost, 'hu', {colorScheme: 'dark'});
      if (!page.win.matchMedia('(prefers-color-scheme: dark)').matches) throw new Error('the page in the iframe is not in the dark colour scheme');
      await expectAxeClean(page, darkHost);
      // The guide draws its own dark background, not the page's.
      expect(page.win.getComputedStyle(page.root.querySelector('.guide')!).backgroundColor).to.equal('rgb(24, 24, 27)');
    });
  });
});
