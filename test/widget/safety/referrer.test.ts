/**
 * What leaves with the reader: the exit destination is not told which page the reader came
 * from (no Referer), and the partner's page leaves no new entry in the history.
 *
 * A server on a second origin stands in for the destination and records each request's headers
 * (test/widget/exit-destination.mjs). The guide's page runs in an iframe, and history.length is
 * read from this page: the history of a tab is joint, so an iframe's new entry counts here too.
 */
import {expect} from '@open-wc/testing';
import {destination, firstRequest} from './destination.js';
import {nextLoad, openPage, pressShift, removeFrames} from './helpers.js';

afterEach(() => removeFrames());

/**
 * A tab keeps at most 50 history entries (Chromium), and the whole browser suite runs in one
 * tab: once it is full, a new entry no longer changes history.length, and the history check
 * would prove nothing. It is skipped then, saying so; run this file alone to check it.
 */
function historyHasRoom(test: Mocha.Context): void {
  if (history.length >= 49) {
    console.warn(`history.length is ${history.length}, at the tab's cap: the history check is skipped; run test/widget/safety/referrer.test.ts alone`);
    test.skip();
  }
}

describe('quick exit: no Referer, no history entry', () => {
  it('(control) the destination does see a Referer when a page leaves without the guide', async () => {
    const dest = await destination();
    const {iframe, win} = await openPage('guide.html');
    const landed = nextLoad(iframe);
    win.location.replace(dest.land);
    await landed;
    const request = await firstRequest(dest);
    // The default policy (strict-origin-when-cross-origin) sends the partner's origin.
    expect(request.headers.referer, 'Referer').to.equal(`${location.origin}/`);
  });

  it('(control) the history check does see a navigation that adds an entry', async function () {
    historyHasRoom(this);
    const dest = await destination();
    const {iframe, win} = await openPage('guide.html');
    const before = history.length;
    const landed = nextLoad(iframe);
    win.location.assign(dest.land);
    await landed;
    expect(history.length).to.equal(before + 1);
  });

  it('three Shift presses: no Referer arrives, and history.length does not grow', async () => {
    const dest = await destination();
    const {iframe, doc} = await openPage('guide.html', {'exit-url': dest.land});
    const before = history.length;
    const landed = nextLoad(iframe);
    pressShift(doc, 3);
    await landed;
    const request = await firstRequest(dest);
    expect(request.path).to.match(/^\/land\//);
    expect(request.headers, 'request headers').not.to.have.property('referer');
    expect(history.length, 'history.length').to.equal(before);
  });

  it('the button: no Referer arrives, and history.length does not grow', async () => {
    const dest = await destination();
    const {iframe, guide} = await openPage('guide.html', {'exit-url': dest.land});
    const before = history.length;
    const landed = nextLoad(iframe);
    guide.shadowRoot!.querySelector<HTMLButtonElement>('[part="exit-button"]')!.click();
    await landed;
    const request = await firstRequest(dest);
    expect(request.headers, 'request headers').not.to.have.property('referer');
    expect(history.length, 'history.length').to.equal(before);
  });

  it('a page that sets its own referrer policy still sends none', async () => {
    const dest = await destination();
    const {iframe, doc, guide} = await openPage('guide.html', {'exit-url': dest.land});
    // A partner that wants full addresses sent everywhere.
    const meta = doc.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'unsafe-url';
    doc.head.append(meta);
    const landed = nextLoad(iframe);
    guide.leave();
    await landed;
    const request = await firstRequest(dest);
    expect(request.headers, 'request headers').not.to.have.property('referer');
  });
});
