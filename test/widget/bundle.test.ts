/**
 * The files a partner ships, tested as shipped: dist/kiut-guide.js (ES module) and
 * dist/kiut-guide.iife.js (classic script), built by `npm run build` before the tests run.
 * This file imports nothing from src/, so every element here comes from the bundles.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {shadow, visibleText} from './helpers.js';

type Guide = HTMLElement & {updateComplete: Promise<boolean>};

const esBundle = '/dist/kiut-guide.js';
const classicBundle = '/dist/kiut-guide.iife.js';

function loadClassic(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = classicBundle;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${classicBundle} failed to load`));
    document.head.append(script);
  });
}

describe('the shipped bundles', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('the ES module defines <kiut-guide> and renders the hotline', async () => {
    const module = (await import(esBundle as string)) as {defineKiutGuide: (name?: string) => unknown};
    expect(module.defineKiutGuide).to.be.a('function');
    const el = await fixture<Guide>(html`<kiut-guide></kiut-guide>`);
    await el.updateComplete;
    const call = shadow(el).querySelector('[part="call-link"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+3680205520');
    expect(visibleText(shadow(el))).to.contain('Családok átmeneti otthona');
  });

  it('loading the module again, then the classic script, causes no error', async () => {
    const first = customElements.get('kiut-guide');
    await import(`${esBundle}?again` as string);
    await loadClassic();
    await loadClassic();
    expect(customElements.get('kiut-guide')).to.equal(first);
    expect(errors).to.deep.equal([]);
    // The classic script exposes its API on one global.
    const global = (window as unknown as {kiut?: {defineKiutGuide?: unknown}}).kiut;
    expect(global?.defineKiutGuide).to.be.a('function');
  });

  it('the classic script alone works on a page with no modules', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body><kiut-guide layout="compact"><a href="tel:+3680205520">+36 80 20 55 20</a></kiut-guide><script src="${classicBundle}"></script></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    try {
      await loaded;
      const el = frame.contentDocument!.querySelector('kiut-guide') as Guide;
      await el.updateComplete;
      expect(shadow(el).querySelector('.guide')!.getAttribute('lang')).to.equal('en');
      expect(visibleText(shadow(el))).to.contain('Leave this page');
    } finally {
      frame.remove();
    }
  });

  it('ships the Custom Elements Manifest and typings', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const declaration = manifest.modules
      .flatMap((m: {declarations?: unknown[]}) => m.declarations ?? [])
      .find((d: {tagName?: string}) => d.tagName === 'kiut-guide');
    expect(declaration, 'kiut-guide in custom-elements.json').to.exist;
    const attributes = declaration.attributes.map((a: {name: string}) => a.name);
    for (const name of ['layout', 'sections', 'heading-level', 'exit-url', 'no-exit', 'language-switcher', 'no-finder', 'need'])
      expect(attributes).to.include(name);
    const typings = await fetch('/dist/types/index.d.ts');
    expect(typings.ok, 'dist/types/index.d.ts').to.equal(true);
  });

  it('every documented part exists in the rendered guide', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const declaration = manifest.modules
      .flatMap((m: {declarations?: unknown[]}) => m.declarations ?? [])
      .find((d: {tagName?: string}) => d.tagName === 'kiut-guide');
    const parts: string[] = declaration.cssParts.map((p: {name: string}) => p.name);
    expect(parts.length).to.be.greaterThan(5);
    const el = await fixture<Guide>(html`<kiut-guide language-switcher></kiut-guide>`);
    await el.updateComplete;
    for (const part of parts) expect(shadow(el).querySelector(`[part~="${part}"]`), `part ${part}`).to.exist;
  });

  it('every documented custom property is read by the styles, and every one read is documented', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const declaration = manifest.modules
      .flatMap((m: {declarations?: unknown[]}) => m.declarations ?? [])
      .find((d: {tagName?: string}) => d.tagName === 'kiut-guide');
    const documented = declaration.cssProperties.map((p: {name: string}) => p.name).sort();
    const el = await fixture<Guide>(html`<kiut-guide></kiut-guide>`);
    const css = shadow(el)
      .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
      .join('\n');
    const used = [...new Set(css.match(/--kiut-[a-z-]+/g))].sort();
    expect(used).to.deep.equal(documented);
    // Public properties are only read, never set, so an ancestor's value wins.
    expect(css).not.to.match(/--kiut-[a-z-]+\s*:/);
  });
});
