// Lists the printed PDFs from dist/demo-data/leaflets.json (written by scripts/build-demo.ts
// after `npm run print`). Builds the list with DOM methods only: no innerHTML.
const status = document.getElementById('leaflets-status');
const list = document.getElementById('leaflets');

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
}

/** Only the build's own files are linked: /dist/print/<locale>/<format>.pdf or .png. */
function isOwnFile(href, extension) {
  return new RegExp(`^/dist/print/[a-z]{2,3}(-[A-Za-z0-9]+)*/[a-z0-9-]+\\.${extension}$`).test(String(href));
}

function pagesText(pages) {
  if (typeof pages !== 'number') return '';
  return pages === 1 ? ' · 1 page' : ` · ${pages} pages`;
}

function fileCard(file, group) {
  const item = element('li', {class: 'file', 'data-locale': group.locale, 'data-format': file.format});
  if (file.thumbnail && isOwnFile(file.thumbnail.src, 'png')) {
    const img = element('img', {src: file.thumbnail.src, width: file.thumbnail.width, height: file.thumbnail.height, alt: '', decoding: 'async'});
    // The thumbnail is a second way to the same file: hidden from the tab order and screen readers.
    item.append(element('a', {class: 'thumb', href: file.href, tabindex: '-1', 'aria-hidden': 'true'}, img));
  } else {
    item.append(element('div', {class: 'thumb none'}, 'No preview'));
  }
  const title = element(
    'h3',
    {},
    element('a', {href: file.href, type: 'application/pdf', lang: 'en'}, file.name, element('span', {class: 'visually-hidden'}, ` (${group.language})`)),
  );
  const body = element('div', {class: 'file-body'}, title);
  if (file.describe) body.append(element('p', {class: 'describe'}, file.describe));
  body.append(element('p', {class: 'meta'}, `PDF · ${file.size}${pagesText(file.pages)}`));
  item.append(body);
  return item;
}

function render(data) {
  list.replaceChildren();
  if (data.notes?.length) {
    list.append(element('div', {class: 'notes', role: 'note'}, ...data.notes.map((note) => element('p', {}, note))));
  }
  for (const group of data.locales ?? []) {
    const id = `lang-${group.locale}`;
    const files = group.files.filter((file) => isOwnFile(file.href, 'pdf'));
    // A multilingual group names each of its languages in itself.
    const languages = group.languages ?? [{locale: group.locale, language: group.language}];
    const names = languages.flatMap((l, i) => [...(i > 0 ? [' · '] : []), element('span', {lang: l.locale}, l.language)]);
    const heading = element('h2', {id}, ...names, ' ', element('span', {class: 'code'}, group.locale));
    list.append(
      element(
        'section',
        {class: 'language-group', 'aria-labelledby': id},
        heading,
        element('ul', {class: 'files'}, ...files.map((file) => fileCard(file, group))),
      ),
    );
  }
  const count = (data.locales ?? []).reduce((n, group) => n + group.files.length, 0);
  status.textContent = count > 0 ? '' : 'No leaflets yet.';
  document.documentElement.dataset.leaflets = String(count);
}

async function load() {
  try {
    const response = await fetch('/dist/demo-data/leaflets.json', {credentials: 'omit', cache: 'no-cache'});
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    render(await response.json());
  } catch {
    list.replaceChildren(
      element(
        'div',
        {class: 'notes', role: 'note'},
        element('p', {}, 'The list of leaflets has not been built yet. Run `npm run print`, then `npm run build:demo` (`npm run build` does both).'),
      ),
    );
    status.textContent = '';
    document.documentElement.dataset.leaflets = '0';
  }
}

void load();
