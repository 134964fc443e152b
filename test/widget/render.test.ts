import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {KiutGuide} from '../../src/kiut-guide.js';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    expect(el.shadowRoot!.querySelector('a[href="tel:+3680205520"]')).to.exist;
    console.log(el.shadowRoot!.textContent!.slice(0, 300));
  });
});
