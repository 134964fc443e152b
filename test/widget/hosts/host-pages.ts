/**
 * Partner pages the guide must read the same on (issue 24): each one a whole document with
 * the host's CSS, a bit of the host's own text, the guide from the source and axe-core, loaded
 * in an iframe by ../frame.ts. Framework CSS comes from the npm packages in devDependencies, as
 * a partner's build would take it; nothing is copied by hand.
 */
import type {KiutGuide} from '../../../src/kiut-guide.js';
import {expectAccessibleIn, type AxeWindow} from '../dark.js';
import {shadow} from '../helpers.js';
import {load, type FrameStyle, type Loaded} from '../frame.js';

export interface Host {
  name: string;
  /** What goes in the page's <head>: the host's style sheets. */
  head: string;
  /** `dir` of the page's <html>. */
  dir?: 'rtl';
  /** `lang` of the page's <html>. */
  lang?: string;
}

const stylesheet = (href: string) => `<link rel="stylesheet" href="${href}">`;

/** A page with no CSS of its own: what the guide looks like with nothing in its way. */
export const plainHost: Host = {name: 'a page with no CSS', head: ''};

export const rootHosts: Host[] = [
  {name: 'a 62.5 % root with body text at 1.6rem', head: '<style>html { font-size: 62.5%; } body { font-size: 1.6rem; }</style>'},
  // Bootstrap 3's scaffolding.less, its two size rules (npm has no Bootstrap 3 worth pinning for two lines).
  {name: "Bootstrap 3's 10 px root", head: '<style>html { font-size: 10px; } body { font-size: 14px; line-height: 1.42857143; }</style>'},
  {name: "Bootstrap 5's reboot", head: stylesheet('/node_modules/bootstrap/dist/css/bootstrap-reboot.css')},
  // Tailwind 4 ships preflight.css as source: its --theme() font declarations are for its compiler,
  // and a browser drops them, so the page keeps its default font; every other rule applies.
  {name: "Tailwind's preflight", head: stylesheet('/node_modules/tailwindcss/preflight.css')},
];

export const rtlHost: Host = {
  name: 'a right-to-left page',
  dir: 'rtl',
  lang: 'ar',
  head: stylesheet('/node_modules/bootstrap/dist/css/bootstrap-reboot.rtl.css'),
};

/** Every inherited text property a page's body may set, with values no guide would choose. */
export const bodyTextHost: Host = {
  name: 'a body with its own line height, spacing, case, alignment and colour',
  head:
    '<style>body { font-family: Georgia, "DejaVu Serif", serif; line-height: 3; letter-spacing: 0.3em; text-transform: uppercase;' +
    ' word-spacing: 1em; text-align: justify; color: #7a0000; }</style>',
};

export const darkHost: Host = {
  name: 'a dark page (color-scheme: dark)',
  head: '<style>html { color-scheme: dark; background: #121212; } body { color: #e8e8e8; }</style>',
};

export const allHosts: Host[] = [...rootHosts, rtlHost, bodyTextHost, darkHost];

export interface HostPage extends Loaded {
  guide: KiutGuide;
  root: ShadowRoot;
}

/** The whole document of `host` with one guide in `lang`. */
export function hostDocument(host: Host, lang = 'hu'): string {
  return (
    `<!doctype html><html lang="${host.lang ?? 'hu'}"${host.dir ? ` dir="${host.dir}"` : ''}><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner</title>' +
    `${host.head}<script src="/node_modules/axe-core/axe.min.js"></script></head>` +
    '<body><main><h1>Partner</h1><p>The partner’s own text, in the partner’s own size.</p>' +
    `<kiut-guide lang="${lang}"></kiut-guide></main><script type="module" src="/src/index.ts"></script></body></html>`
  );
}

/** `host` with one guide in `lang`, in an iframe `style` wide (1024 px unless it says). */
export async function hostPage(host: Host, lang = 'hu', style: FrameStyle = {}): Promise<HostPage> {
  const page = hostDocument(host, lang);
  const loaded = await load({srcdoc: page}, style);
  if (loaded.guides.length !== 1) throw new Error(`expected one <kiut-guide> on ${host.name}, found ${loaded.guides.length}`);
  return {...loaded, guide: loaded.guides[0], root: shadow(loaded.guides[0])};
}

/** axe-core's audit of the guide in its page; fails with each violation. */
export function expectAxeClean(page: HostPage, host: Host): Promise<void> {
  return expectAccessibleIn(page.win as AxeWindow, page.guide, `on ${host.name}`);
}

/** Every element of the guide's shadow tree, in document order. */
export function guideElements(page: HostPage): Element[] {
  return [...page.root.querySelectorAll('*')].filter((el) => el.localName !== 'style');
}

/** `property` of every element of the guide, as "selector-ish path: value". */
export function computed(page: HostPage, property: string): string[] {
  return guideElements(page).map((el) => {
    const name = `${el.localName}${el.classList.length > 0 ? `.${[...el.classList].join('.')}` : ''}`;
    return `${name}: ${page.win.getComputedStyle(el).getPropertyValue(property)}`;
  });
}

/** The reader's default text size in this browser: what `font-size: medium` gives. */
export function readerDefault(win: Window): number {
  const probe = win.document.createElement('span');
  probe.style.cssText = 'all: initial; font-size: medium';
  win.document.body.append(probe);
  const size = parseFloat(win.getComputedStyle(probe).fontSize);
  probe.remove();
  return size;
}

/** The touch targets issue 24 names: the call button, the exit button and every need button. */
export function touchTargets(page: HostPage): HTMLElement[] {
  const targets = [...page.root.querySelectorAll<HTMLElement>('.call, .exit-button, .need')];
  const kinds = ['call', 'exit-button', 'need'];
  for (const kind of kinds) {
    if (!targets.some((el) => el.classList.contains(kind))) throw new Error(`the guide on the page has no .${kind}`);
  }
  return targets;
}
