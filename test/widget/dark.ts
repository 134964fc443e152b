/**
 * The dark colour scheme without media emulation, so that the dark tests run in Firefox too.
 * An iframe whose element has `color-scheme: dark` gives the page inside it
 * `prefers-color-scheme: dark` in Chromium and Firefox (CSS Color Adjustment: an embedded
 * document's preferred scheme follows the iframe element's used `color-scheme`), and Firefox's
 * driver has no media emulation. WebKitGTK keeps the light scheme inside such an iframe and its
 * driver emulates nothing: `darkMarks`.
 */
import type {KiutGuide} from '../../src/kiut-guide.js';
import type {Marks} from './engine.js';
import {load, type FrameWindow} from './frame.js';

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: {target: unknown[]; html: string; failureSummary?: string}[];
}

export type AxeWindow = FrameWindow & {axe: {run(context: Element, options: object): Promise<{violations: AxeViolation[]}>}};

/** The marks for a test that renders the guide with `darkGuide()`. */
export const darkMarks: Marks = {
  webkit:
    "WebKitGTK gives a page in an iframe no dark prefers-color-scheme from the iframe's color-scheme, and WebKitWebDriver (WebDriver classic) cannot emulate media features",
};

/**
 * `markup` (one `<kiut-guide>`, in Hungarian unless its `lang` says) in a 1280 × 800 iframe in
 * the dark scheme, with the element from the source and axe-core loaded into that page.
 */
export async function darkGuide(markup: string): Promise<{guide: KiutGuide; win: AxeWindow}> {
  const page =
    '<!doctype html><html lang="hu"><head><meta charset="utf-8"><title>Dark</title>' +
    '<script src="/node_modules/axe-core/axe.min.js"></script></head>' +
    `<body>${markup}<script type="module" src="/src/index.ts"></script></body></html>`;
  const {win, guides} = await load({srcdoc: page}, {width: '1280px', height: '800px', colorScheme: 'dark'});
  // Without this, a test in an engine that ignored the iframe's scheme would pass in light.
  if (!win.matchMedia('(prefers-color-scheme: dark)').matches) throw new Error('the page in the iframe is not in the dark colour scheme');
  if (guides.length !== 1) throw new Error(`expected one <kiut-guide> in the dark page, found ${guides.length}`);
  return {guide: guides[0], win: win as AxeWindow};
}

/** axe-core's audit of `el`, run in its own page; fails with each violation, as chai-a11y-axe does. `where` names the page in the failure. */
export async function expectAccessibleIn(win: AxeWindow, el: Element, where = 'in the dark scheme'): Promise<void> {
  const {violations} = await win.axe.run(el, {resultTypes: ['violations']});
  if (violations.length === 0) return;
  const lines = violations.flatMap((v) => [
    `Rule: ${v.id} (${v.impact ?? 'no impact given'}): ${v.help}`,
    ...v.nodes.map((node) => `  ${node.target.join(' ')}: ${node.html}${node.failureSummary ? `\n  ${node.failureSummary}` : ''}`),
  ]);
  throw new Error(`Accessibility violations ${where}\n${lines.join('\n')}`);
}
