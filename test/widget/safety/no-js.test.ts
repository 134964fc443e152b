/**
 * Quick exit without JavaScript: the fallback content a partner puts inside <kiut-guide>
 * (from the playground's snippet generator, as PARTNERS.md shows it) holds the hotline and a
 * plain exit link. The page runs in an iframe sandboxed without `allow-scripts`: the browser
 * runs no script in it at all, as with JavaScript switched off.
 */
import {expect} from '@open-wc/testing';
import {buildSnippet} from '../../../demo/snippet.js';
import {sendKeys} from '../engine.js';
import {destination, firstRequest} from './destination.js';
import {isShown, nextLoad} from './helpers.js';

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** The pasted snippet in a page whose scripts never run. */
async function pageWithoutScripts(snippet: string): Promise<{doc: Document; win: Window & typeof globalThis & {__ran?: unknown}}> {
  frame = document.createElement('iframe');
  // allow-same-origin only, so this test can read the page; no allow-scripts.
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 600px; height: 400px; border: 0; display: block';
  frame.srcdoc = `<!doctype html><html lang="hu"><head><meta charset="utf-8"><title>Partner</title><script>window.__ran = 1</script></head><body>\n${snippet}</body></html>`;
  const loaded = nextLoad(frame);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & {__ran?: unknown};
  return {doc: frame.contentDocument!, win};
}

describe('quick exit without JavaScript', () => {
  it('the fallback shows the hotline as a tap-to-call link and a plain exit link', async () => {
    const {doc, win} = await pageWithoutScripts(buildSnippet({}));
    // No script ran: not the page's own, not the guide's.
    expect(win.__ran, 'an inline script ran').to.be.undefined;
    expect(win.customElements.get('kiut-guide'), 'the guide was defined').to.be.undefined;
    const guide = doc.querySelector('kiut-guide')!;
    expect(guide.matches(':defined')).to.be.false;
    const call = guide.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+3680205520');
    expect(call.textContent).to.equal('+36 80 20 55 20');
    expect(isShown(call), 'hotline shown').to.be.true;
    const exit = guide.querySelector<HTMLAnchorElement>('a[rel="noreferrer"]')!;
    expect(exit.getAttribute('href')).to.equal('https://www.google.com/webhp');
    expect(exit.textContent).to.equal('Kilépés');
    expect(isShown(exit), 'exit link shown').to.be.true;
  });

  it('the exit link works from the keyboard, and sends no Referer', async () => {
    const dest = await destination();
    const {doc} = await pageWithoutScripts(buildSnippet({exitUrl: dest.land}));
    const exit = doc.querySelector<HTMLAnchorElement>('kiut-guide a[rel="noreferrer"]')!;
    const landed = nextLoad(frame!);
    exit.focus();
    expect(doc.activeElement, 'the link has focus').to.equal(exit);
    await sendKeys({press: 'Enter'});
    await landed;
    const request = await firstRequest(dest);
    expect(request.path).to.match(/^\/land\//);
    expect(request.headers, 'request headers').not.to.have.property('referer');
  });
});
