// The demo pages follow the rules they teach: under the demo server's strict policy they load
// with no CSP violation, ask nothing of any other origin, and leave no cookie or storage.
import {expect} from '@open-wc/testing';
import {load, removeFrames, type Loaded} from '../frame.js';

const pages = ['/demo/index.html', '/demo/', '/demo/playground.html', '/demo/leaflets.html'];

function storageSnapshot(): string {
  const keys = (storage: Storage) =>
    Array.from({length: storage.length}, (_, i) => storage.key(i))
      .sort()
      .join(',');
  return `${keys(window.localStorage)}|${keys(window.sessionStorage)}`;
}

async function leafletsReady({doc, win}: Loaded): Promise<void> {
  for (let i = 0; i < 100 && doc.documentElement.dataset.leaflets === undefined; i++) {
    await new Promise((resolve) => win.setTimeout(resolve, 50));
  }
  await Promise.all([...doc.images].map((img) => img.decode().catch(() => undefined)));
}

describe('demo pages under the strict CSP', () => {
  afterEach(removeFrames);

  for (const path of pages) {
    it(`${path} loads with no violation, no foreign request and no storage`, async () => {
      const before = storageSnapshot();
      const page = await load({src: path});
      if (path.includes('leaflets')) await leafletsReady(page);
      const {win, doc} = page;

      // The policy is the demo server's, and the probe ran.
      expect(win.__kiutLog?.violations, 'the recorder did not run').to.be.an('array');
      expect(win.__kiutLog.violations).to.deep.equal([]);

      const resources = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      expect(resources.length).to.be.greaterThan(0);
      for (const entry of resources) {
        expect(new URL(entry.name).origin, entry.name).to.equal(window.location.origin);
        // The leaflets list is missing until `npm run build:demo`; the page then says how to make it.
        const optional = new URL(entry.name).pathname === '/dist/demo-data/leaflets.json';
        if (!optional && 'responseStatus' in entry && entry.responseStatus) expect(entry.responseStatus, entry.name).to.be.below(400);
      }
      expect(doc.cookie).to.equal('');
      expect(storageSnapshot()).to.equal(before);

      // Nothing on the page points the browser elsewhere by itself (no preconnect, no prefetch).
      for (const link of doc.querySelectorAll('link[href], script[src], img[src], iframe[src]')) {
        const url = new URL(link.getAttribute('href') ?? link.getAttribute('src')!, doc.baseURI);
        expect(url.origin, link.outerHTML).to.equal(window.location.origin);
      }
    });
  }

  it('the probe does catch a violation (an inline script)', async () => {
    const {win, doc} = await load({src: '/demo/index.html'});
    const script = doc.createElement('script');
    script.textContent = 'window.__inline = true;';
    doc.body.append(script);
    await new Promise((resolve) => win.setTimeout(resolve, 50));
    expect((win as unknown as {__inline?: boolean}).__inline).to.equal(undefined);
    expect(win.__kiutLog.violations.map((v) => v.directive)).to.include('script-src-elem');
  });

  it('the partner page renders both guides and keeps the fallback number', async () => {
    const {doc} = await load({src: '/demo/index.html'});
    const [full, compact] = [...doc.querySelectorAll('kiut-guide')];
    expect(full.shadowRoot!.querySelector('a[href="tel:+3680205520"]')).to.exist;
    expect(full.shadowRoot!.querySelector('[part~="exit-button"]')).to.exist;
    expect(compact.getAttribute('layout')).to.equal('compact');
    expect(compact.shadowRoot!.querySelector('[part~="exit-button"]')).to.equal(null);
    for (const guide of [full, compact]) expect(guide.querySelector('a[href="tel:+3680205520"]')!.textContent).to.equal('+36 80 20 55 20');
  });

  it('the leaflets page lists every built PDF, with a thumbnail when there is one', async () => {
    const response = await fetch('/dist/demo-data/leaflets.json');
    const page = await load({src: '/demo/leaflets.html'});
    await leafletsReady(page);
    const {doc} = page;
    if (!response.ok) {
      // Not built: the page says how to build it.
      expect(doc.querySelector('.notes')!.textContent).to.contain('npm run print');
      return;
    }
    const data = (await response.json()) as {locales: {locale: string; files: {href: string; thumbnail: unknown}[]}[]};
    const files = data.locales.flatMap((l) => l.files);
    const items = [...doc.querySelectorAll('li.file')];
    expect(items.length).to.equal(files.length);
    for (const file of files) {
      const link = doc.querySelector(`li.file h3 a[href="${file.href}"]`);
      expect(link, file.href).to.exist;
      const head = await fetch(file.href, {method: 'HEAD'});
      expect(head.ok, file.href).to.equal(true);
    }
    for (const img of doc.querySelectorAll<HTMLImageElement>('li.file img')) {
      expect(img.complete && img.naturalWidth > 0, img.src).to.equal(true);
    }
    expect(doc.querySelectorAll('li.file img').length).to.equal(files.filter((f) => f.thumbnail).length);
  });
});
