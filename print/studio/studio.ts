/**
 * The print studio's page script: the reader chooses a format, the language(s), large print
 * and their organisation's name and contact, and downloads the PDF the CLI would make.
 *
 * Everything happens here, in memory: nothing is uploaded, stored or fetched (the model, the
 * fonts and the engine came with the page), so it keeps working offline once loaded. The
 * partner fields go through the CLI's own rules (print/partner.ts); a bad value gets its
 * message at the field and no PDF is made. The page builds its controls with DOM methods only.
 */
import {allFormats, localesName, type Format} from '../formats.js';
import {multilingualLanguages} from '../layouts/poster-multi.js';
import type {PrintTexts} from '../model.js';
import {checkPartnerText, PartnerError, type Partner} from '../partner.js';
import {renderSheet, type PdfMake} from '../render.js';
import type {StudioData} from './data.js';
import {fileName} from './data.js';
import {studioHost} from './engine.js';

/** The formats offered in the list: large print and discreet are choices beside them, not formats of their own. */
const baseFormats = allFormats.filter((format) => !format.largePrint && !format.discreet);
const largeVariant = (format: Format): Format | undefined => allFormats.find((f) => f.largePrint && f.id === `${format.id}-large`);
const discreetVariant = (format: Format): Format | undefined => allFormats.find((f) => f.discreet && f.id === `${format.id}-discreet`);

/** The partner fields: their ids, and the name each message gives them. */
const partnerFields = [
  {id: 'partner-name', key: 'name', label: 'Organisation name'},
  {id: 'partner-contact', key: 'contact', label: 'How to reach you'},
] as const;

/** This script's own folder: previews/ sits beside it, wherever the studio is hosted or opened. */
const base = new URL('.', (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI);

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the studio page has no #${id}`);
  return element as T;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function option(type: 'radio' | 'checkbox', name: string, value: string, label: (Node | string)[], hint?: string): HTMLLabelElement {
  const input = element('input', {type, name, value});
  const text = element('span', {class: 'option-label'}, ...label);
  return element('label', {class: 'option'}, input, text, ...(hint ? [element('span', {class: 'option-hint'}, hint)] : []));
}

function languageName(texts: PrintTexts): HTMLSpanElement {
  return element('span', {lang: texts.locale}, texts.language);
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

interface Choice {
  format: Format;
  locales: string[];
  partner: Partner;
}

class Studio {
  readonly #pdfMake: PdfMake;
  readonly #data: StudioData;
  readonly #form = byId<HTMLFormElement>('studio');
  readonly #status = byId<HTMLElement>('studio-status');
  readonly #result = byId<HTMLElement>('studio-result');
  readonly #file = byId<HTMLAnchorElement>('studio-file');
  readonly #button = byId<HTMLButtonElement>('studio-download');
  readonly #large = byId<HTMLInputElement>('large-print');
  readonly #discreet = byId<HTMLInputElement>('discreet');
  readonly #preview = byId<HTMLElement>('studio-preview');
  readonly #previewCaption = byId<HTMLElement>('studio-preview-caption');
  #url: string | undefined;

  constructor(pdfMake: PdfMake, data: StudioData) {
    this.#pdfMake = pdfMake;
    this.#data = data;
    this.#build();
    this.#form.addEventListener('change', () => this.#update());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#download(event.timeStamp);
    });
    // A field's message goes as soon as its value is fixed.
    for (const field of partnerFields) byId<HTMLInputElement>(field.id).addEventListener('input', () => this.#checkField(field, false));
    this.#update();
    this.#say('');
    this.#form.dataset.ready = 'true';
  }

  #build(): void {
    const languages = this.#data.model.languages;
    byId('format-options').replaceChildren(...baseFormats.map((format) => option('radio', 'format', format.id, [format.name], format.describe)));
    byId('language-options').replaceChildren(...languages.map((texts) => option('radio', 'locale', texts.locale, [languageName(texts), ` (${texts.locale})`])));
    byId('languages-options').replaceChildren(
      ...languages.map((texts) => option('checkbox', 'locales', texts.locale, [languageName(texts), ` (${texts.locale})`])),
    );
    this.#radio('format', baseFormats[0].id);
    this.#radio('locale', languages[0].locale);
    for (const box of this.#inputs('locales').slice(0, multilingualLanguages.max)) box.checked = true;
    // Every preview loads with the page, so that changing the choice offline still shows one.
    this.#preview.replaceChildren(
      ...this.#data.previews.map((key) => {
        const img = element('img', {src: new URL(`previews/${key}.png`, base).href, alt: '', 'data-preview': key, decoding: 'async'});
        img.hidden = true;
        return img;
      }),
    );
  }

  #inputs(name: string): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  }

  #radio(name: string, value: string): void {
    for (const input of this.#inputs(name)) input.checked = input.value === value;
  }

  #baseFormat(): Format {
    const id = this.#inputs('format').find((input) => input.checked)?.value;
    return baseFormats.find((format) => format.id === id) ?? baseFormats[0];
  }

  /** The format to draw: the chosen one, or its large-print or discreet variant when asked for and there is one. */
  #format(): Format {
    const chosen = this.#baseFormat();
    const large = largeVariant(chosen);
    const discreet = discreetVariant(chosen);
    if (large && this.#large.checked) return large;
    if (discreet && this.#discreet.checked) return discreet;
    return chosen;
  }

  #locales(format: Format): string[] {
    if (format.languages === 'one')
      return this.#inputs('locale')
        .filter((input) => input.checked)
        .map((input) => input.value)
        .slice(0, 1);
    return this.#inputs('locales')
      .filter((input) => input.checked)
      .map((input) => input.value);
  }

  /** Shows the controls the chosen format takes, and its preview. */
  #update(): void {
    const chosen = this.#baseFormat();
    const several = chosen.languages === 'several';
    const language = byId<HTMLFieldSetElement>('language-field');
    const languages = byId<HTMLFieldSetElement>('languages-field');
    language.hidden = language.disabled = several;
    languages.hidden = languages.disabled = !several;
    this.#large.disabled = !largeVariant(chosen);
    byId('large-print-hint').textContent = largeVariant(chosen)
      ? 'Body text of 16 pt and more, headings larger; it takes more pages rather than smaller text.'
      : `Large print comes for: ${baseFormats
          .filter((format) => largeVariant(format))
          .map((format) => format.name)
          .join('; ')}.`;
    this.#discreet.disabled = !discreetVariant(chosen);
    byId('discreet-hint').textContent = discreetVariant(chosen)
      ? "No word for trafficking: only the crisis line's name, its number, 0-24 and free of charge, for places where someone else reads it too."
      : `Discreet comes for: ${baseFormats
          .filter((format) => discreetVariant(format))
          .map((format) => format.name)
          .join('; ')}.`;
    if (several) this.#checkLanguages(false);
    this.#showPreview();
  }

  #showPreview(): void {
    const format = this.#format();
    const folder = localesName(this.#locales(format));
    const images = [...this.#preview.querySelectorAll<HTMLImageElement>('img')];
    // The chosen languages' preview, else the format's in another language, else none.
    const shown =
      images.find((img) => img.dataset.preview === `${folder}/${format.id}`) ?? images.find((img) => img.dataset.preview?.endsWith(`/${format.id}`));
    for (const img of images) img.hidden = img !== shown;
    const shownFolder = shown?.dataset.preview?.split('/')[0] ?? '';
    const shownIn = shownFolder === folder ? '' : ` (shown in ${this.#languageNames(shownFolder)})`;
    this.#previewCaption.textContent = shown
      ? `${format.name}${shownIn}: the first page of the ready-made sheet, without your organisation's line.`
      : `${format.name}: this copy of the studio has no preview of it.`;
  }

  /** `hu-en` → "Magyar, English". */
  #languageNames(folder: string): string {
    return folder
      .split('-')
      .map((locale) => this.#data.model.languages.find((texts) => texts.locale === locale)?.language ?? locale)
      .join(', ');
  }

  #setError(target: HTMLElement, messageId: string, message: string | undefined): void {
    const messageElement = byId(messageId);
    messageElement.textContent = message ?? '';
    messageElement.hidden = message === undefined;
    const describedBy = (target.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '' && id !== messageId);
    if (message !== undefined) describedBy.push(messageId);
    target.setAttribute('aria-describedby', describedBy.join(' '));
    if (message === undefined) target.removeAttribute('aria-invalid');
    else target.setAttribute('aria-invalid', 'true');
  }

  /** Checks one partner field with the CLI's rules; returns its clean value, or null when it is wrong. */
  #checkField(field: (typeof partnerFields)[number], show: boolean): string | undefined | null {
    const input = byId<HTMLInputElement>(field.id);
    // Nothing typed: no partner line, as when the CLI option is left out.
    if (input.value === '') {
      this.#setError(input, `${field.id}-error`, undefined);
      return undefined;
    }
    try {
      const clean = checkPartnerText(input.value, field.label);
      this.#setError(input, `${field.id}-error`, undefined);
      return clean;
    } catch (error) {
      if (!(error instanceof PartnerError)) throw error;
      // While typing, a message only goes away; it appears when the reader asks for the PDF.
      if (show || input.getAttribute('aria-invalid') === 'true') this.#setError(input, `${field.id}-error`, error.message);
      return null;
    }
  }

  #checkLanguages(show: boolean): boolean {
    const {min, max} = multilingualLanguages;
    const count = this.#inputs('locales').filter((input) => input.checked).length;
    const ok = count >= min && count <= max;
    const fieldset = byId('languages-field');
    if (ok || show || fieldset.getAttribute('aria-invalid') === 'true') {
      this.#setError(
        fieldset,
        'languages-error',
        ok ? undefined : `Choose ${min} or ${max} languages for one sheet; ${count} ${count === 1 ? 'is' : 'are'} chosen.`,
      );
    }
    return ok;
  }

  /** The reader's choice, or undefined after marking every field that is wrong. */
  #choice(): Choice | undefined {
    const format = this.#format();
    const partner: Partner = {};
    const wrong: HTMLElement[] = [];
    for (const field of partnerFields) {
      const value = this.#checkField(field, true);
      if (value === null) wrong.push(byId(field.id));
      else if (value !== undefined) partner[field.key] = value;
    }
    if (format.languages === 'several' && !this.#checkLanguages(true)) wrong.unshift(this.#inputs('locales')[0]);
    if (wrong.length > 0) {
      wrong[0].focus();
      return undefined;
    }
    return {format, locales: this.#locales(format), partner};
  }

  async #download(clickedAt: number): Promise<void> {
    const choice = this.#choice();
    if (!choice) {
      this.#say('Nothing was made: correct the fields marked above.');
      return;
    }
    this.#button.disabled = true;
    this.#say('Making the PDF…');
    try {
      const sheet = await renderSheet(this.#pdfMake, choice.format, this.#data.model, choice.locales, {partner: choice.partner});
      const name = fileName(choice.format.id, choice.locales);
      if (this.#url) URL.revokeObjectURL(this.#url);
      this.#url = URL.createObjectURL(new Blob([sheet.bytes], {type: 'application/pdf'}));
      this.#file.href = this.#url;
      this.#file.download = name;
      this.#file.textContent = name;
      byId('studio-file-meta').textContent = ` · PDF, ${kilobytes(sheet.bytes.length)}, ${sheet.pages} ${sheet.pages === 1 ? 'page' : 'pages'}`;
      this.#result.hidden = false;
      this.#file.click();
      // Click to download, for `npm run bench` (a User Timing entry; it leaves the page with it).
      performance.measure('kiut-studio-pdf', {start: clickedAt, end: performance.now()});
      const shrunk = sheet.textScale === 1 ? '' : ` The text is at ${Math.round(sheet.textScale * 100)}% to fit.`;
      this.#say(`Your PDF is ready: ${name}.${shrunk} Print it at actual size (100%).`);
    } catch (error) {
      this.#result.hidden = true;
      this.#say(`No PDF was made: ${(error as Error).message}`);
    } finally {
      this.#button.disabled = false;
    }
  }

  #say(text: string): void {
    this.#status.textContent = text;
  }
}

const host = studioHost();
if ('missing' in host) {
  byId('studio-status').textContent = `The studio cannot start: ${host.missing.join(', ')} did not load. Keep the studio's files together in one folder.`;
} else {
  new Studio(host.pdfMake, host.data);
}
