// Unit tests of the attribute parsers: a partner's typo never breaks the guide, it falls back to
// the default with one warning, and only http(s) leaves the page.
import {expect} from '@open-wc/testing';
import {attributes, defaultExitUrl, parse, type Warn} from '../../../src/attributes.js';
import {KiutGuide} from '../../../src/kiut-guide.js';

// Each attribute of the table, through the one parse().
const parseLayout = (value: string | null, warn: Warn) => parse('layout', value, warn);
const parseHeadingLevel = (value: string | null, warn: Warn) => Number(parse('heading-level', value, warn));
const parseSections = (value: string | null, known: string[], warn: Warn) => parse('sections', value, warn, known);
const parseNeeds = (value: string | null, known: string[], warn: Warn) => parse('need', value, warn, known);
const parseExitPosition = (value: string | null, warn: Warn) => parse('exit-position', value, warn);
const parseExitUrl = (value: string | null, warn: Warn) => parse('exit-url', value, warn);

function collect(): {warn: (message: string) => void; messages: string[]} {
  const messages: string[] = [];
  return {warn: (message) => messages.push(message), messages};
}

describe('attribute parsers', () => {
  it('layout: full by default, compact when asked, any case and spacing; otherwise full and one warning', () => {
    const w = collect();
    expect(parseLayout(null, w.warn)).to.equal('full');
    expect(parseLayout('', w.warn)).to.equal('full');
    expect(parseLayout(' Compact ', w.warn)).to.equal('compact');
    expect(w.messages).to.deep.equal([]);
    expect(parseLayout('sidebar', w.warn)).to.equal('full');
    expect(w.messages).to.have.length(1);
    expect(w.messages[0]).to.contain('layout="sidebar"');
  });

  it('heading-level: 1 to 6; anything else gives 2 and a warning', () => {
    const w = collect();
    expect(parseHeadingLevel(null, w.warn)).to.equal(2);
    expect(parseHeadingLevel(' 4 ', w.warn)).to.equal(4);
    for (const bad of ['0', '7', 'two', '2.5', '-1', '1e1']) expect(parseHeadingLevel(bad, w.warn), bad).to.equal(2);
    expect(w.messages).to.have.length(6);
  });

  it('sections: known ids in the source order, unknown ones dropped with a warning, all when none is known', () => {
    const known = ['hotline', 'shelters', 'no-trace'];
    const w = collect();
    expect(parseSections(null, known, w.warn)).to.deep.equal(known);
    expect(parseSections('no-trace, HOTLINE', known, w.warn)).to.deep.equal(['hotline', 'no-trace']);
    expect(w.messages).to.deep.equal([]);
    expect(parseSections('hotline pony', known, w.warn)).to.deep.equal(['hotline']);
    expect(parseSections('pony', known, w.warn)).to.deep.equal(known);
    expect(w.messages).to.have.length(2);
    expect(w.messages[1]).to.contain('Showing all sections');
  });

  it('needs: known needs in the order of facts, unknown ones warned about', () => {
    const w = collect();
    expect(parseNeeds('pregnant children', ['children', 'pregnant'], w.warn)).to.deep.equal(['children', 'pregnant']);
    expect(parseNeeds('a-pony', ['children'], w.warn)).to.deep.equal([]);
    expect(w.messages).to.have.length(1);
  });

  it('exit-position: sticky by default; fixed and inline when asked', () => {
    const w = collect();
    expect(parseExitPosition(null, w.warn)).to.equal('sticky');
    expect(parseExitPosition('FIXED', w.warn)).to.equal('fixed');
    expect(parseExitPosition('floating', w.warn)).to.equal('sticky');
    expect(w.messages).to.have.length(1);
  });

  it('exit-url: only http(s), resolved against the page; javascript:, data: and garbage give the default', () => {
    const w = collect();
    expect(parseExitUrl(null, w.warn)).to.equal(defaultExitUrl);
    expect(parseExitUrl('https://example.org/weather?a=1', w.warn)).to.equal('https://example.org/weather?a=1');
    expect(parseExitUrl('/leave', w.warn)).to.equal(new URL('/leave', document.baseURI).href);
    expect(w.messages).to.deep.equal([]);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'http://[::1', 'file:///etc/passwd']) {
      expect(parseExitUrl(bad, w.warn), bad).to.equal(defaultExitUrl);
    }
    expect(w.messages).to.have.length(5);
    expect(defaultExitUrl).to.equal('https://www.google.com/webhp');
  });

  it('the table holds every attribute the element observes, and the language the locale controller reads', () => {
    expect([...KiutGuide.observedAttributes, 'lang'].sort()).to.deep.equal(Object.keys(attributes).sort());
  });
});
