// The playground's snippet, pasted into a blank page, gives the guide the live preview shows:
// same language, layout, sections, options and custom property values.
import {expect} from '@open-wc/testing';
import type {KiutGuide} from '../../../src/kiut-guide.js';
import {facts} from '../../../src/generated/facts.js';
import {load, removeFrames, type Loaded} from '../frame.js';

interface Settings {
  lang?: string;
  layout?: string;
  sections?: string[];
  headingLevel?: string;
  colours?: Record<string, string>;
  exitUrl?: string;
  exitPosition?: string;
  noExit?: boolean;
  languageSwitcher?: boolean;
  noFinder?: boolean;
  classicScript?: boolean;
}

/** The Subresource Integrity value of a file the page can fetch: what a browser checks. */
async function sri(path: string): Promise<string> {
  const bytes = await (await fetch(path)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

function fire(input: HTMLInputElement | HTMLSelectElement): void {
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new Event('change', {bubbles: true}));
}

/** Fills the playground's form the way a partner would, one control at a time. */
function fill(doc: Document, settings: Settings): void {
  const form = doc.getElementById('controls') as HTMLFormElement;
  const radio = (name: string, value: string) => {
    const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
    input.checked = true;
    fire(input);
  };
  const check = (name: string, on: boolean) => {
    const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    input.checked = on;
    fire(input);
  };
  if (settings.lang) radio('lang', settings.lang);
  if (settings.layout) radio('layout', settings.layout);
  if (settings.sections) {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="sections"]')) {
      input.checked = settings.sections.includes(input.value);
      fire(input);
    }
  }
  if (settings.headingLevel) {
    const select = form.querySelector<HTMLSelectElement>('#heading-level')!;
    select.value = settings.headingLevel;
    fire(select);
  }
  for (const [name, value] of Object.entries(settings.colours ?? {})) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    input.value = value;
    fire(input);
  }
  if (settings.exitUrl !== undefined) {
    const input = form.querySelector<HTMLInputElement>('#exit-url')!;
    input.value = settings.exitUrl;
    fire(input);
  }
  if (settings.exitPosition) {
    const select = form.querySelector<HTMLSelectElement>('#exit-position')!;
    select.value = settings.exitPosition;
    fire(select);
  }
  if (settings.noExit !== undefined) check('noExit', settings.noExit);
  if (settings.languageSwitcher !== undefined) check('languageSwitcher', settings.languageSwitcher);
  if (settings.noFinder !== undefined) check('noFinder', settings.noFinder);
  if (settings.classicScript !== undefined) check('classicScript', settings.classicScript);
}

/** What a reader gets from a guide: everything the settings can change. */
function observe(guide: KiutGuide) {
  const root = guide.shadowRoot!;
  const style = getComputedStyle(guide);
  const box = root.querySelector<HTMLElement>('.guide')!;
  const hotline = root.querySelector<HTMLElement>('[part~="hotline"]');
  const call = root.querySelector<HTMLElement>('[part~="call-link"]');
  const firstHeading = root.querySelector('h1, h2, h3, h4, h5, h6');
  return {
    locale: guide.locale,
    renderedLang: box.getAttribute('lang'),
    layout: root.querySelector('article') ? 'full' : 'compact',
    sections: [...root.querySelectorAll<HTMLElement>('[data-section]')].map((s) => s.dataset.section),
    firstHeading: firstHeading?.localName,
    title: firstHeading?.textContent?.trim(),
    exitButton: root.querySelector('[part~="exit-button"]') !== null,
    // Lit may or may not reflect a default (`exit-position="sticky"`): compare what it means.
    exitUrl: guide.getAttribute('exit-url') || '',
    exitPosition: [...(root.querySelector('.exit-bar')?.classList ?? [])].find((c) => c.startsWith('exit-') && c !== 'exit-bar') ?? null,
    finder: root.querySelector('[part~="finder"]') !== null,
    languageSwitcher: root.querySelector('[part~="language-switcher"]') !== null,
    properties: ['--kiut-accent', '--kiut-text', '--kiut-background'].map((name) => style.getPropertyValue(name).trim()),
    colours: {
      text: getComputedStyle(box).color,
      background: getComputedStyle(box).backgroundColor,
      hotlineBorder: hotline ? getComputedStyle(hotline).borderTopColor : null,
      call: call ? getComputedStyle(call).backgroundColor : null,
    },
  };
}

async function previewAndPasted(
  settings: Settings,
): Promise<{snippet: string; preview: ReturnType<typeof observe>; pasted: ReturnType<typeof observe>; pastedPage: Loaded}> {
  const playground = await load({src: '/demo/playground.html'}, {width: '1280px'});
  fill(playground.doc, settings);
  const previewGuide = playground.doc.getElementById('preview') as KiutGuide;
  await previewGuide.updateComplete;
  const snippet = playground.doc.getElementById('snippet-code')!.textContent!;
  // The blank page a partner pastes it into. Same width as the preview, so the same media.
  const width = `${previewGuide.getBoundingClientRect().width}px`;
  const pastedPage = await load(
    {srcdoc: `<!doctype html>\n<html><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${snippet}</body></html>`},
    {width},
  );
  const pastedGuide = pastedPage.doc.querySelector('kiut-guide') as KiutGuide;
  return {snippet, preview: observe(previewGuide), pasted: observe(pastedGuide), pastedPage};
}

describe('playground snippet', () => {
  afterEach(removeFrames);

  it('pasted into a blank page, renders the preview’s guide (full, en, some sections, colours)', async () => {
    const settings: Settings = {
      lang: 'en',
      sections: ['hotline', 'shelters', 'further-information', 'no-trace'],
      headingLevel: '3',
      colours: {'--kiut-accent': '#1d4f5c', '--kiut-text': '#222222', '--kiut-background': '#fdfbf7'},
      exitUrl: 'https://example.org/weather?a=1&b=2',
      exitPosition: 'inline',
      languageSwitcher: true,
      noFinder: true,
    };
    const {snippet, preview, pasted} = await previewAndPasted(settings);
    expect(pasted).to.deep.equal(preview);
    // And the preview really is what was asked for.
    expect(preview.locale).to.equal('en');
    expect(preview.sections).to.deep.equal(['hotline', 'shelters', 'further-information', 'no-trace']);
    expect(preview.firstHeading).to.equal('h3');
    expect(preview.properties).to.deep.equal(['#1d4f5c', '#222222', '#fdfbf7']);
    expect(preview.colours.hotlineBorder).to.equal('rgb(29, 79, 92)');
    expect(preview.colours.background).to.equal('rgb(253, 251, 247)');
    expect(preview.exitPosition).to.equal('exit-inline');
    expect(preview.finder).to.equal(false);
    expect(preview.languageSwitcher).to.equal(true);
    expect(preview.exitUrl).to.equal('https://example.org/weather?a=1&b=2');
    expect(snippet).to.contain('exit-url="https://example.org/weather?a=1&amp;b=2"');
    expect(snippet).to.match(/<style>\n {2}kiut-guide \{\n {4}--kiut-accent: #1d4f5c;/);
  });

  it('pasted into a blank page, renders the preview’s guide (compact, uk, no exit)', async () => {
    const {snippet, preview, pasted} = await previewAndPasted({lang: 'uk', layout: 'compact', noExit: true, headingLevel: '4'});
    expect(pasted).to.deep.equal(preview);
    expect(preview.layout).to.equal('compact');
    expect(preview.locale).to.equal('uk');
    expect(preview.exitButton).to.equal(false);
    expect(preview.firstHeading).to.equal('h4');
    expect(snippet).not.to.contain('<style>');
    expect(snippet).to.contain('<kiut-guide lang="uk" layout="compact" heading-level="4" no-exit>');
  });

  it('the defaults give the shortest snippet, and the guide’s defaults', async () => {
    const {snippet, preview, pasted} = await previewAndPasted({});
    expect(pasted).to.deep.equal(preview);
    expect(snippet).to.equal(
      `<script type="module" src="/dist/kiut-guide.js" integrity="${await sri('/dist/kiut-guide.js')}" crossorigin="anonymous"></script>\n<kiut-guide lang="hu">\n  <p>OKIT 0-24: <a href="tel:+3680205520">+36 80 20 55 20</a></p>\n` +
        '  <p><a href="https://www.google.com/webhp" rel="noreferrer">Kilépés</a></p>\n</kiut-guide>\n',
    );
    expect(preview.sections.length).to.equal(12);
    expect(preview.finder).to.equal(true);
  });

  it('the classic script carries its own integrity value, and a tampered value leaves only the fallback', async () => {
    const {snippet, pasted} = await previewAndPasted({classicScript: true, lang: 'en'});
    const value = await sri('/dist/kiut-guide.iife.js');
    expect(snippet).to.contain(`<script src="/dist/kiut-guide.iife.js" integrity="${value}" crossorigin="anonymous" defer></script>`);
    expect(pasted.locale).to.equal('en');
    // A file that is not the released one does not run: the reader keeps the fallback hotline.
    const tampered = snippet.replace(value, `sha384-${'A'.repeat(64)}`);
    // (Not load(): it waits for a guide that, rightly, never comes.)
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html>\n<html><head><meta charset="utf-8"><title>Tampered</title></head><body>\n${tampered}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    try {
      await loaded;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const guide = frame.contentDocument!.querySelector('kiut-guide')!;
      expect(frame.contentWindow!.customElements.get('kiut-guide')).to.equal(undefined);
      expect(guide.shadowRoot).to.equal(null);
      expect(guide.querySelector('a[href="tel:+3680205520"]')).to.not.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('escapes attribute values: a hostile exit address stays one attribute', async () => {
    const hostile = '/leave?x="><script src=/x.js></script><img src=x onerror=alert(1)>&y=\'';
    const {snippet, pasted, pastedPage} = await previewAndPasted({exitUrl: hostile});
    expect(snippet).not.to.contain('"><script');
    expect(pasted.exitUrl).to.equal(hostile);
    expect(pastedPage.doc.querySelectorAll('script').length).to.equal(1);
    expect(pastedPage.doc.querySelectorAll('img').length).to.equal(0);
  });

  for (const [lang, exitUrl] of [
    ['hu', ''],
    ['en', 'https://example.org/weather?a=1&b=2'],
    ['uk', '/leave'],
  ]) {
    it(`the fallback's exit link says and does what the guide's button does (${lang}${exitUrl ? ', exit-url' : ''})`, async () => {
      const {pastedPage} = await previewAndPasted({lang, exitUrl});
      const guide = pastedPage.doc.querySelector('kiut-guide') as KiutGuide;
      const link = guide.querySelector<HTMLAnchorElement>('a[rel="noreferrer"]')!;
      expect(link, 'exit link in the fallback content').to.exist;
      const button = guide.shadowRoot!.querySelector('[part~="exit-button"]')!;
      expect(link.textContent).to.equal(button.textContent!.trim());
      // Read while the frame is there: a srcdoc page resolves relative links against its parent.
      const href = link.href;
      let url = '';
      guide.addEventListener('kiut-guide-exit', (event) => {
        url = event.url;
        // Removing the frame cancels the navigation: the test makes no request to the internet.
        pastedPage.frame.remove();
      });
      guide.leave();
      expect(href).to.equal(url);
    });
  }

  it('offers every section of the guide, in its order (a new section needs its box here)', async () => {
    const playground = await load({src: '/demo/playground.html'});
    const boxes = [...playground.doc.querySelectorAll<HTMLInputElement>('#controls input[name="sections"]')].map((input) => input.value);
    expect(boxes).to.deep.equal(facts.sections.map((s) => s.id));
    // Unticking one section keeps every other, the new ones included.
    const {snippet} = await previewAndPasted({sections: facts.sections.map((s) => s.id).filter((id) => id !== 'shelters')});
    expect(snippet).to.contain(
      `sections="${facts.sections
        .map((s) => s.id)
        .filter((id) => id !== 'shelters')
        .join(' ')}"`,
    );
  });

  it('no-exit leaves the exit link out of the fallback too', async () => {
    const {snippet} = await previewAndPasted({noExit: true});
    expect(snippet).not.to.contain('rel="noreferrer"');
  });

  it('leaves out an exit address the guide would refuse, and says so', async () => {
    const playground = await load({src: '/demo/playground.html'});
    fill(playground.doc, {exitUrl: 'javascript:alert(1)'});
    expect(playground.doc.getElementById('snippet-code')!.textContent).not.to.contain('exit-url');
    expect(playground.doc.getElementById('exit-url-error')!.textContent).to.contain('http');
    expect(playground.doc.getElementById('exit-url')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('Copy puts the snippet on the clipboard, or selects it', async () => {
    const playground = await load({src: '/demo/playground.html'});
    fill(playground.doc, {lang: 'en'});
    const snippet = playground.doc.getElementById('snippet-code')!.textContent!;
    (playground.doc.getElementById('copy') as HTMLButtonElement).click();
    const status = playground.doc.getElementById('copy-status')!;
    for (let i = 0; i < 40 && status.textContent === ''; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(status.textContent).not.to.equal('');
    if (status.textContent!.includes('selected')) {
      expect(playground.win.getSelection()!.toString().trimEnd()).to.equal(snippet.trimEnd());
    } else {
      expect(await playground.win.navigator.clipboard.readText()).to.equal(snippet);
    }
  });
});
