// The snippet a partner copies from the playground: one <style> rule for the custom
// properties, one <script> tag, one <kiut-guide> element with fallback content. The live
// preview is driven by the same `attributesFor()` and `customPropertiesFor()`, so what the
// partner sees is what the snippet gives. The script tag carries the Subresource Integrity
// value of the file the preview runs, computed by the build (dist/integrity.js), so a partner
// who copies the snippet gets the value of the file they host.
import {integrity} from '/dist/integrity.js';

/** Section ids in the guide's order (content/facts.yaml). */
export const sectionIds = [
  'hotline',
  'recognise',
  'shelters',
  'victim-support',
  'alternatives',
  'family-homes',
  'domestic-violence',
  'homeless',
  'other-homes',
  'institution-finder',
  'further-information',
  'no-trace',
];

export const locales = ['hu', 'en', 'uk'];

/**
 * Where the guide's quick exit goes by default (src/attributes.ts) and the exit button's label
 * in each language (xliff/): the fallback content's exit link says and does the same, for a
 * reader whose browser runs no script. test/widget/demo/playground.test.ts checks both.
 */
export const defaultExitUrl = 'https://www.google.com/webhp';
export const exitLabels = {hu: 'Kilépés', en: 'Leave this page', uk: 'Вийти'};
export const layouts = ['full', 'compact'];
export const exitPositions = ['sticky', 'fixed', 'inline'];

/** The guide's own defaults (src/kiut-guide.ts): a value equal to its default is left out. */
export const colourDefaults = {
  '--kiut-accent': '#9e1037',
  '--kiut-text': '#1b1b1f',
  '--kiut-background': '#ffffff',
};

export const defaults = {
  lang: 'hu',
  layout: 'full',
  sections: [...sectionIds],
  headingLevel: '2',
  colours: {...colourDefaults},
  exitUrl: '',
  exitPosition: 'sticky',
  noExit: false,
  languageSwitcher: false,
  noFinder: false,
  scriptBase: '/dist/',
  classicScript: false,
};

/** Escapes a value for a double-quoted HTML attribute (and for text content). */
export function escapeHtml(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A colour from <input type="color"> is always #rrggbb; anything else never reaches CSS. */
export function isHexColour(value) {
  return /^#[0-9a-f]{6}$/i.test(String(value));
}

/** Whether the guide accepts this exit address (http or https, relative ones resolved). */
export function isValidExitUrl(value, base = 'https://example.org/') {
  if (String(value).trim() === '') return true;
  try {
    const url = new URL(String(value).trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The element's attributes as [name, value] pairs, `true` for a boolean attribute. Defaults
 * are left out, except `lang`: the partner's page may be in another language than the guide.
 */
export function attributesFor(options) {
  const o = {...defaults, ...options};
  const attributes = [['lang', locales.includes(o.lang) ? o.lang : defaults.lang]];
  const compact = o.layout === 'compact';
  if (compact) attributes.push(['layout', 'compact']);
  if (!compact) {
    const chosen = sectionIds.filter((id) => o.sections.includes(id));
    // All sections, or none (the guide then shows all): no attribute needed.
    if (chosen.length > 0 && chosen.length < sectionIds.length) attributes.push(['sections', chosen.join(' ')]);
  }
  if (String(o.headingLevel) !== defaults.headingLevel && /^[1-6]$/.test(String(o.headingLevel))) {
    attributes.push(['heading-level', String(o.headingLevel)]);
  }
  if (o.noExit) {
    attributes.push(['no-exit', true]);
  } else {
    const exitUrl = String(o.exitUrl).trim();
    if (exitUrl !== '' && isValidExitUrl(exitUrl)) attributes.push(['exit-url', exitUrl]);
    if (o.exitPosition !== defaults.exitPosition && exitPositions.includes(o.exitPosition)) {
      attributes.push(['exit-position', o.exitPosition]);
    }
  }
  if (!compact && o.languageSwitcher) attributes.push(['language-switcher', true]);
  if (!compact && o.noFinder) attributes.push(['no-finder', true]);
  return attributes;
}

/** The custom properties that differ from the guide's defaults, as [name, value] pairs. */
export function customPropertiesFor(options) {
  const colours = {...colourDefaults, ...(options.colours ?? {})};
  return Object.entries(colours)
    .filter(([name, value]) => name in colourDefaults && isHexColour(value) && value.toLowerCase() !== colourDefaults[name])
    .map(([name, value]) => [name, value.toLowerCase()]);
}

export function scriptTagFor(options) {
  const o = {...defaults, ...options};
  let base = String(o.scriptBase).trim() || defaults.scriptBase;
  if (!base.endsWith('/')) base += '/';
  const checked = (file) => `integrity="${escapeHtml(integrity[file])}" crossorigin="anonymous"`;
  return o.classicScript
    ? `<script src="${escapeHtml(`${base}kiut-guide.iife.js`)}" ${checked('kiut-guide.iife.js')} defer></script>`
    : `<script type="module" src="${escapeHtml(`${base}kiut-guide.js`)}" ${checked('kiut-guide.js')}></script>`;
}

/** The whole snippet, ready to paste into a page (or a CMS's "Custom HTML" block). */
export function buildSnippet(options) {
  const lines = [];
  const properties = customPropertiesFor(options);
  if (properties.length > 0) {
    lines.push('<style>', '  kiut-guide {');
    for (const [name, value] of properties) lines.push(`    ${name}: ${value};`);
    lines.push('  }', '</style>');
  }
  lines.push(scriptTagFor(options));
  const attributes = attributesFor(options)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  lines.push(`<kiut-guide${attributes}>`);
  lines.push('  <p>OKIT 0-24: <a href="tel:+3680205520">+36 80 20 55 20</a></p>');
  // Without JavaScript there is no button and no Shift shortcut: a plain link leaves instead.
  // rel="noreferrer": the neutral site is not told where the reader came from.
  const o = {...defaults, ...options};
  if (!o.noExit) {
    const lang = locales.includes(o.lang) ? o.lang : defaults.lang;
    const exitUrl = String(o.exitUrl).trim();
    const href = exitUrl !== '' && isValidExitUrl(exitUrl) ? exitUrl : defaultExitUrl;
    lines.push(`  <p><a href="${escapeHtml(href)}" rel="noreferrer">${escapeHtml(exitLabels[lang])}</a></p>`);
  }
  lines.push('</kiut-guide>');
  return `${lines.join('\n')}\n`;
}
