// The playground: reads the settings form, drives the live preview and writes the snippet.
// Plain JavaScript, no build step; it runs under `script-src 'self'; style-src 'self'`, so
// colours reach the preview through the CSSOM (style.setProperty), never a style attribute.
import {attributesFor, buildSnippet, colourDefaults, customPropertiesFor, defaults, isValidExitUrl, sectionIds} from './snippet.js';

const form = document.getElementById('controls');
const preview = document.getElementById('preview');
const code = document.getElementById('snippet-code');
const snippetBox = document.getElementById('snippet');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');
const exitUrlInput = document.getElementById('exit-url');
const exitUrlError = document.getElementById('exit-url-error');

/** Every attribute the playground sets, so one it no longer wants can be removed. */
const managed = ['lang', 'layout', 'sections', 'heading-level', 'exit-url', 'exit-position', 'no-exit', 'language-switcher', 'no-finder'];

function checked(name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
}

/** The form as options for snippet.js. */
export function readOptions() {
  const colours = {};
  for (const name of Object.keys(colourDefaults)) colours[name] = form.elements.namedItem(name).value;
  return {
    lang: checked('lang')[0] ?? defaults.lang,
    layout: checked('layout')[0] ?? defaults.layout,
    sections: checked('sections'),
    headingLevel: form.elements.namedItem('headingLevel').value,
    colours,
    exitUrl: exitUrlInput.value,
    exitPosition: form.elements.namedItem('exitPosition').value,
    noExit: form.elements.namedItem('noExit').checked,
    languageSwitcher: form.elements.namedItem('languageSwitcher').checked,
    noFinder: form.elements.namedItem('noFinder').checked,
    scriptBase: form.elements.namedItem('scriptBase').value,
    classicScript: form.elements.namedItem('classicScript').checked,
  };
}

function applyToPreview(options) {
  const attributes = new Map(attributesFor(options));
  for (const name of managed) {
    if (!attributes.has(name)) preview.removeAttribute(name);
  }
  for (const [name, value] of attributes) {
    if (value === true) preview.toggleAttribute(name, true);
    else if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
  }
  const properties = new Map(customPropertiesFor(options));
  for (const name of Object.keys(colourDefaults)) {
    if (properties.has(name)) preview.style.setProperty(name, properties.get(name));
    else preview.style.removeProperty(name);
  }
}

function updateFormState(options) {
  const compact = options.layout === 'compact';
  for (const fieldset of form.querySelectorAll('.full-only')) fieldset.disabled = compact;
  for (const field of form.querySelectorAll('.exit-only input, .exit-only select')) field.disabled = options.noExit;
  const exitOk = isValidExitUrl(options.exitUrl, document.baseURI);
  exitUrlInput.setAttribute('aria-invalid', String(!exitOk));
  exitUrlError.textContent = exitOk ? '' : 'Only an http:// or https:// address works here; the snippet leaves it out.';
}

function update() {
  const options = readOptions();
  updateFormState(options);
  applyToPreview(options);
  code.textContent = buildSnippet(options);
  copyStatus.textContent = '';
}

function selectSnippet() {
  const selection = window.getSelection();
  selection.removeAllRanges();
  const range = document.createRange();
  range.selectNodeContents(code);
  selection.addRange(range);
  snippetBox.focus();
}

async function copy() {
  const text = code.textContent;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied. Paste it into your page.';
  } catch {
    // No clipboard (an insecure origin, or permission refused): select it for Ctrl+C / ⌘C.
    selectSnippet();
    copyStatus.textContent = 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
}

function setAll(name, on) {
  for (const input of form.querySelectorAll(`input[name="${name}"]`)) input.checked = on;
  update();
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('sections-all').addEventListener('click', () => setAll('sections', true));
document.getElementById('sections-none').addEventListener('click', () => setAll('sections', false));
document.getElementById('colours-reset').addEventListener('click', () => {
  for (const [name, value] of Object.entries(colourDefaults)) form.elements.namedItem(name).value = value;
  update();
});
copyButton.addEventListener('click', () => void copy());

// The form may come back filled in from the browser's history (Back): start from what it shows.
if (sectionIds.length !== form.querySelectorAll('input[name="sections"]').length) {
  console.warn('playground: the section checkboxes and snippet.js disagree');
}
update();
