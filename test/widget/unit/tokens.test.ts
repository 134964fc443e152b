// Unit tests of the {kind:id} tokens and of the address as people say it.
import {expect} from '@open-wc/testing';
import {displayUrl, splitTokens} from '../../../src/content/tokens.js';

describe('tokens', () => {
  it('splits a text into plain strings and tokens, in order', () => {
    expect(splitTokens('Call {tel:okit} or see {link:okit}.')).to.deep.equal(['Call ', {kind: 'tel', id: 'okit'}, ' or see ', {kind: 'link', id: 'okit'}, '.']);
    expect(splitTokens('{material:domestic-violence}')).to.deep.equal([{kind: 'material', id: 'domestic-violence'}]);
    expect(splitTokens('no token here')).to.deep.equal(['no token here']);
  });

  it('leaves what is not a whole token as text, for the validator to refuse', () => {
    expect(splitTokens('a {tel: okit} b {TEL:okit}')).to.deep.equal(['a {tel: okit} b {TEL:okit}']);
  });

  it('shows an address as people type it: no scheme, no www., no trailing slash', () => {
    expect(displayUrl('http://okit.hu')).to.equal('okit.hu');
    expect(displayUrl('https://www.example.org/a/')).to.equal('example.org/a');
    expect(displayUrl('http://szocialisportal.hu/szakmai-intezmenykereso/')).to.equal('szocialisportal.hu/szakmai-intezmenykereso');
  });
});
