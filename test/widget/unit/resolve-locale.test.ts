// Unit tests of the locale resolution: the guide's lang, else the closest [lang], else <html lang>,
// else Hungarian (the content's source language), with a warning for a language it does not have.
import {expect, fixture, html} from '@open-wc/testing';
import {resolveLocale} from '../../../src/i18n/resolve-locale.js';
import {contentSourceLocale} from '../../../src/i18n/source-locales.js';

const available = ['hu', 'en', 'uk'];

describe('resolveLocale', () => {
  let htmlLang: string | null;
  beforeEach(() => (htmlLang = document.documentElement.getAttribute('lang')));
  afterEach(() => (htmlLang === null ? document.documentElement.removeAttribute('lang') : document.documentElement.setAttribute('lang', htmlLang)));

  it("takes the element's own lang, then the closest [lang], then <html lang>", async () => {
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    const tree = await fixture<HTMLElement>(html`<div lang="uk"><section><p id="a"></p><p id="b" lang="en"></p></section></div>`);
    expect(resolveLocale(tree.querySelector('#b')!, available, warn)).to.equal('en');
    expect(resolveLocale(tree.querySelector('#a')!, available, warn)).to.equal('uk');
    document.documentElement.setAttribute('lang', 'en');
    const loose = document.createElement('p');
    document.body.append(loose);
    expect(resolveLocale(loose, available, warn)).to.equal('en');
    loose.remove();
    expect(warnings).to.deep.equal([]);
  });

  it('matches a regional code to its language, in any case', async () => {
    const el = await fixture<HTMLElement>(html`<p lang="EN-gb"></p>`);
    expect(resolveLocale(el, available, () => undefined)).to.equal('en');
  });

  it("falls back to Hungarian, the content's source language: quietly with no lang, with a warning for an unknown one", async () => {
    expect(contentSourceLocale).to.equal('hu');
    document.documentElement.removeAttribute('lang');
    const warnings: string[] = [];
    const none = await fixture<HTMLElement>(html`<p></p>`);
    expect(resolveLocale(none, available, (m) => warnings.push(m))).to.equal('hu');
    expect(warnings).to.deep.equal([]);
    const unknown = await fixture<HTMLElement>(html`<p lang="de"></p>`);
    expect(resolveLocale(unknown, available, (m) => warnings.push(m))).to.equal('hu');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('lang="de"');
  });
});
