/**
 * Issue 24: a reader who has set a larger default text size in the browser gets a larger guide,
 * on every host page, whatever the page does to its root. The browser is set as the reader sets
 * it (reader-default.mjs: Chromium's font size setting, Firefox's font size prefs); WebKitGTK's
 * MiniBrowser and its driver offer no way to set it, so the test is marked there.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {markedIt} from '../engine.js';
import {hostDocument, plainHost, rootHosts} from './host-pages.js';

interface Measured {
  readerDefault: number;
  pageRoot: number;
  guide: number;
  need: number;
  qr?: {width: number; height: number};
  targets: {width: number; height: number}[];
}

/** Chrome's "Large" font size. */
const px = 20;

const pages = [
  ...[plainHost, ...rootHosts].map((host) => ({name: host.name, html: hostDocument(host, 'hu')})),
  {name: `${rootHosts[0].name}, in Ukrainian`, html: hostDocument(rootHosts[0], 'uk')},
];

describe('<kiut-guide> with a larger default text size in the browser', () => {
  markedIt(
    {
      webkit: "WebKitGTK's MiniBrowser takes no integer WebKitSettings (default-font-size) on its command line and WebKitWebDriver cannot change settings",
    },
    `renders at the reader's ${px} px on every host page`,
    async function (this: Mocha.Context) {
      // Firefox is started once more, with the setting.
      this.timeout(120000);
      const id = await executeServerCommand('kiut-reader-default', {origin: location.origin, pages: pages.map((page) => page.html), px});
      let answer: {done: boolean; results?: Measured[]} = {done: false};
      await waitUntil(
        async () => (answer = (await executeServerCommand('kiut-reader-default-result', {id})) as typeof answer).done,
        'the pages were not measured',
        {interval: 250, timeout: 110000},
      );
      const measured = answer.results!;
      expect(measured).to.have.length(pages.length);
      measured.forEach((m, index) => {
        const name = pages[index].name;
        // The setting took: the browser's own default is the reader's.
        expect(m.readerDefault, `${name}: the browser's default size`).to.equal(px);
        expect(m.guide, `${name}: the guide's text`).to.equal(px);
        expect(m.need, `${name}: the need buttons' text`).to.equal(px);
        // The rest of the guide grows with its text: the QR code is 8 em of it, wherever the root is.
        expect(m.qr?.width, `${name}: the QR code`).to.be.closeTo(8 * px, 0.5);
        for (const target of m.targets) expect(Math.min(target.width, target.height), `${name}: a touch target`).to.be.at.least(44);
      });
      // The hosts' roots differ (20 px, 12.5 px, 10 px, …); the guide never followed them.
      expect(new Set(measured.map((m) => m.pageRoot)).size).to.be.greaterThan(1);
    },
  );
});
