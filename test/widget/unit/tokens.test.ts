// Unit tests of the {kind:id} tokens and of the address as people say it.
import {expect} from '@open-wc/testing';
import {displayUrl, resolveToken, splitTokens} from '../../../src/content/tokens.js';

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

  describe('resolveToken: what a token shows, for the widget and the PDFs alike', () => {
    const phone = {e164: '+3680205520', international: '+36 80 20 55 20', domestic: '06/80-20-55-20'};
    const facts = {
      services: [{id: 'okit', phone, url: 'http://okit.hu'}, {id: 'emergency', dial: '112'}, {id: 'no-phone'}],
      materials: [{id: 'linked', url: 'https://example.org/m/'}, {id: 'unlinked'}],
    };
    const materials = {linked: 'A leaflet', unlinked: 'A booklet'};

    it('gives a number its international or domestic form and the E.164 number to dial', () => {
      expect(resolveToken({kind: 'tel', id: 'okit'}, facts, materials)).to.deep.equal({kind: 'tel', text: '+36 80 20 55 20', dial: '+3680205520'});
      expect(resolveToken({kind: 'tel-domestic', id: 'okit'}, facts, materials)).to.deep.equal({kind: 'tel', text: '06/80-20-55-20', dial: '+3680205520'});
    });

    it('gives a short number as it is dialled', () => {
      expect(resolveToken({kind: 'tel', id: 'emergency'}, facts, materials)).to.deep.equal({kind: 'tel', text: '112', dial: '112'});
      expect(resolveToken({kind: 'tel-domestic', id: 'emergency'}, facts, materials)).to.equal(undefined);
    });

    it('gives an address as people type it, and the address', () => {
      expect(resolveToken({kind: 'link', id: 'okit'}, facts, materials)).to.deep.equal({kind: 'link', text: 'okit.hu', url: 'http://okit.hu'});
    });

    it("gives a material its name in the text's language, and its address only when it has one", () => {
      expect(resolveToken({kind: 'material', id: 'linked'}, facts, materials)).to.deep.equal({
        kind: 'material',
        text: 'A leaflet',
        url: 'https://example.org/m/',
      });
      expect(resolveToken({kind: 'material', id: 'unlinked'}, facts, materials)).to.deep.equal({kind: 'material', text: 'A booklet', url: undefined});
    });

    it('gives nothing for a fact that is missing', () => {
      expect(resolveToken({kind: 'tel', id: 'no-phone'}, facts, materials)).to.equal(undefined);
      expect(resolveToken({kind: 'link', id: 'no-phone'}, facts, materials)).to.equal(undefined);
      expect(resolveToken({kind: 'tel', id: 'nobody'}, facts, materials)).to.equal(undefined);
      expect(resolveToken({kind: 'material', id: 'nobody'}, facts, materials)).to.equal(undefined);
    });
  });
});
