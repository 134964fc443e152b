/**
 * The print studio (dist/studio/) in each of the three engines. The Node tests in test/studio/
 * drive it in Chromium and Firefox with puppeteer, which has no WebKit; partners on a Mac use
 * Safari. Here the studio runs in an iframe of the test page, and its PDF must be the file
 * `npm run print` made, byte for byte.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {load, removeFrames} from './frame.js';

afterEach(removeFrames);

/** The studio works in the background after a click: wait up to 45 s for each step. */
const patience = {timeout: 45_000, interval: 50};

/** The index of the first byte that differs, or -1. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}

describe('print studio in this engine', () => {
  // The longest sheet, in Cyrillic, and the smallest, in Hungarian (ő, ű).
  for (const [format, locale] of [
    ['leaflet-a4', 'uk'],
    ['wallet-card', 'hu'],
  ] as const) {
    it(`makes the ${format} in ${locale}: the same bytes as npm run print`, async function () {
      this.timeout(90_000);
      const {win, doc} = await load({src: '/dist/studio/index.html'});
      await waitUntil(() => doc.querySelector('form[data-ready="true"]') !== null, 'the studio never became ready', patience);
      const blobs: Blob[] = [];
      const createObjectURL = win.URL.createObjectURL.bind(win.URL);
      win.URL.createObjectURL = (blob: Blob) => {
        blobs.push(blob);
        return createObjectURL(blob);
      };
      // Only the PDF's bytes are wanted here, not a download in the test browser.
      doc.addEventListener('click', (event) => (event.target as Element).closest('a[download]') && event.preventDefault(), true);

      // The studio follows the browser's language (WebKit's under Xvfb is none of its own): choose English, whose status this reads.
      doc.querySelector<HTMLButtonElement>('.studio-languages button[lang="en"]')!.click();
      expect(doc.documentElement.lang).to.equal('en');
      doc.querySelector<HTMLInputElement>(`input[name="format"][value="${format}"]`)!.click();
      doc.querySelector<HTMLInputElement>(`input[name="locale"][value="${locale}"]`)!.click();
      doc.querySelector<HTMLButtonElement>('#studio-download')!.click();
      const name = `kiut-${format}-${locale}.pdf`;
      await waitUntil(() => doc.getElementById('studio-file')?.getAttribute('download') === name, `the studio never offered ${name}`, patience);
      expect(doc.getElementById('studio-status')?.textContent ?? '').to.contain(`Your PDF is ready: ${name}`);

      const made = new Uint8Array(await blobs.at(-1)!.arrayBuffer());
      const response = await fetch(`/dist/print/${locale}/${format}.pdf`);
      expect(response.ok, `dist/print/${locale}/${format}.pdf is built (npm run build)`).to.equal(true);
      const cli = new Uint8Array(await response.arrayBuffer());
      expect(made.subarray(0, 5)).to.deep.equal(new TextEncoder().encode('%PDF-'));
      expect(firstDifference(made, cli), `${name}: ${made.length} bytes, the CLI's ${cli.length}; the first differing byte`).to.equal(-1);
    });
  }
});

describe("the studio's language and its fonts in this engine", () => {
  it('switches to Ukrainian, and refuses a name its fonts cannot draw, naming the characters, with no PDF', async function () {
    this.timeout(90_000);
    const {win, doc} = await load({src: '/dist/studio/index.html'});
    await waitUntil(() => doc.querySelector('form[data-ready="true"]') !== null, 'the studio never became ready', patience);
    const blobs: Blob[] = [];
    const createObjectURL = win.URL.createObjectURL.bind(win.URL);
    win.URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return createObjectURL(blob);
    };
    doc.querySelector<HTMLButtonElement>('.studio-languages button[lang="uk"]')!.click();
    await waitUntil(() => doc.documentElement.lang === 'uk', 'the page never became Ukrainian', patience);
    expect(doc.querySelector('h1')?.textContent?.trim()).to.equal('Друк матеріалів');
    expect(doc.querySelector('.studio-languages [aria-pressed="true"]')?.getAttribute('lang')).to.equal('uk');

    const name = doc.getElementById('partner-name') as HTMLInputElement;
    name.value = 'Допомога مرحبا';
    name.dispatchEvent(new win.Event('input', {bubbles: true}));
    doc.querySelector<HTMLButtonElement>('#studio-download')!.click();
    await waitUntil(() => name.getAttribute('aria-invalid') === 'true', 'the field was never marked', patience);
    expect(name.getAttribute('aria-describedby')).to.equal('partner-name-hint partner-name-error');
    const message = doc.getElementById('partner-name-error')?.textContent ?? '';
    expect(message).to.match(/^Назва організації: шрифти аркуша не можуть надрукувати ці символи: "م" \(U\+0645\), "ر" \(U\+0631\)/);
    expect(doc.querySelector<HTMLButtonElement>('#studio-download')!.disabled).to.equal(true);
    expect(doc.getElementById('studio-status')?.textContent).to.equal('PDF не створено: виправте позначені вище поля.');
    expect(blobs).to.have.length(0);
  });
});
