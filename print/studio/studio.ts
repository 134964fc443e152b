/**
 * The print studio's page script: the reader chooses a format, the language(s), large print
 * and their organisation's name and contact, and downloads the PDF the CLI would make.
 *
 * Everything happens here, in memory: nothing is uploaded, stored or fetched (the model, the
 * fonts and the engine came with the page), so it keeps working offline once loaded. The
 * partner fields go through the CLI's own rules (print/partner.ts) and through the fonts'
 * own character maps (glyphs.ts); a bad value gets its message at the field and no PDF is
 * made. The page is one lit-html template of the studio's state: what is hidden, disabled,
 * invalid or described follows from the state on every render, never by hand.
 */
import {html, nothing, render} from 'lit';
import {live} from 'lit/directives/live.js';
import {allFormats, defaultLanguageSets, localesName, type Format} from '../formats.js';
import {multilingualLanguages} from '../layouts/poster-multi.js';
import {checkPartnerText, maxPartnerLength, PartnerError, type Partner} from '../partner.js';
import {familyCoverage, renderSheet, type FontData, type PdfMake} from '../render.js';
import {fileName, type StudioData} from './data.js';
import {studioHost} from './engine.js';
import {undrawable, type Coverage} from './glyphs.js';
import {pickStudioLanguage, studioLanguages, type StudioLanguage, type StudioStrings} from './strings.js';

/** The formats offered in the list: large print and discreet are choices beside them, not formats of their own. */
const baseFormats = allFormats.filter((format) => !format.largePrint && !format.discreet);
const largeVariant = (format: Format): Format | undefined => allFormats.find((f) => f.largePrint && f.id === `${format.id}-large`);
const discreetVariant = (format: Format): Format | undefined => allFormats.find((f) => f.discreet && f.id === `${format.id}-discreet`);

/** The partner fields: their ids, and their labels in the studio's strings. */
const partnerFields = [
  {id: 'partner-name', key: 'name', label: 'partnerName', hint: 'partnerNameHint'},
  {id: 'partner-contact', key: 'contact', label: 'partnerContact', hint: 'partnerContactHint'},
] as const;
type PartnerField = (typeof partnerFields)[number];

/** A text of the studio, in whichever language the page is in when it is shown. */
type Say = (s: StudioStrings) => string;

/** This script's own folder: previews/ sits beside it, wherever the studio is hosted or opened. */
const base = new URL('.', (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI);
const root = document.getElementById('studio-root') ?? document.body;

const formatName = (s: StudioStrings, format: Format) => s.formats[format.id]?.name ?? format.name;
function formatDescription(s: StudioStrings, format: Format): string {
  const describe = s.formats[format.id]?.describe ?? format.describe;
  return typeof describe === 'function' ? describe(format) : describe;
}
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const codePoint = (character: string) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

class Studio {
  readonly #pdfMake: PdfMake;
  readonly #data: StudioData;
  readonly #fonts: FontData;
  #coverage: Coverage[][] | undefined;
  #language: StudioLanguage = pickStudioLanguage(navigator.languages);
  #formatId = baseFormats[0].id;
  #large = false;
  #discreet = false;
  #locale: string;
  /** The multilingual sheet's languages, in the order the reader ticked them: the order they print in. */
  #sheetLocales: string[];
  readonly #values: Record<PartnerField['id'], string> = {'partner-name': '', 'partner-contact': ''};
  /** The fields whose message shows: a message appears when the reader asks for the PDF, and goes once the value is fixed. */
  readonly #shown = new Set<PartnerField['id'] | 'languages'>();
  #status: Say = () => '';
  #result: {url: string; name: string; meta: Say} | undefined;
  #busy = false;

  constructor(pdfMake: PdfMake, data: StudioData, fonts: FontData) {
    this.#pdfMake = pdfMake;
    this.#data = data;
    this.#fonts = fonts;
    const locales = data.model.languages.map((texts) => texts.locale);
    this.#locale = locales[0];
    // The build's first default set (hu + en + uk) where the content has it, else its first languages.
    const defaults = defaultLanguageSets.find((set) => set.every((locale) => locales.includes(locale)));
    this.#sheetLocales = defaults ? [...defaults] : locales.slice(0, multilingualLanguages.min);
    root.replaceChildren();
    this.#render();
  }

  get #s(): StudioStrings {
    return studioLanguages[this.#language];
  }

  #baseFormat(): Format {
    return baseFormats.find((format) => format.id === this.#formatId) ?? baseFormats[0];
  }

  /** The format to draw: the chosen one, or its large-print or discreet variant when asked for and there is one. */
  #format(): Format {
    const chosen = this.#baseFormat();
    const large = largeVariant(chosen);
    const discreet = discreetVariant(chosen);
    if (large && this.#large) return large;
    if (discreet && this.#discreet) return discreet;
    return chosen;
  }

  #locales(format: Format): string[] {
    return format.languages === 'one' ? [this.#locale] : this.#sheetLocales;
  }

  /** The partner field's clean value (undefined when empty: no partner line, as when the CLI option is left out), or why not. */
  #checkField(field: PartnerField): {value: string | undefined} | {problem: Say} {
    const typed = this.#values[field.id];
    if (typed === '') return {value: undefined};
    try {
      const value = checkPartnerText(typed, studioLanguages.en[field.label]);
      // The CLI's rules passed; now, can the sheet's fonts draw every character?
      this.#coverage ??= familyCoverage(this.#fonts);
      const missing = undrawable(value, this.#coverage);
      if (missing.length === 0) return {value};
      const list = missing.map((character) => `"${character}" (${codePoint(character)})`).join(', ');
      return {problem: (s) => s.undrawable(s[field.label], list)};
    } catch (error) {
      if (!(error instanceof PartnerError)) throw error;
      // The CLI's message names the English label; the reader's language names its own.
      const cliMessage = error.message;
      return {problem: (s) => s.partnerProblem(s[field.label], error.problem, cliMessage.replace(studioLanguages.en[field.label], s[field.label]))};
    }
  }

  #languagesProblem(): Say | undefined {
    const {min, max} = multilingualLanguages;
    const count = this.#sheetLocales.length;
    if (this.#baseFormat().languages === 'one' || (count >= min && count <= max)) return undefined;
    return (s) => s.languagesCount(min, max, count);
  }

  /** The message a field shows now, if any; a field whose value is fixed stops showing one. */
  #visibleProblem(id: PartnerField['id'] | 'languages'): Say | undefined {
    const field = partnerFields.find((f) => f.id === id);
    const checked = field ? this.#checkField(field) : undefined;
    const problem = field ? (checked && 'problem' in checked ? checked.problem : undefined) : this.#languagesProblem();
    if (!problem) this.#shown.delete(id);
    return this.#shown.has(id) ? problem : undefined;
  }

  #update(change: () => void): void {
    change();
    this.#render();
  }

  #setLanguage(language: StudioLanguage): void {
    this.#update(() => (this.#language = language));
  }

  #tickSheetLocale(locale: string, checked: boolean): void {
    this.#update(() => {
      const rest = this.#sheetLocales.filter((l) => l !== locale);
      this.#sheetLocales = checked ? [...rest, locale] : rest;
    });
  }

  async #download(clickedAt: number): Promise<void> {
    const format = this.#format();
    const partner: Partner = {};
    let wrong: string | undefined;
    if (this.#languagesProblem()) {
      this.#shown.add('languages');
      wrong = 'input[name="locales"]';
    }
    for (const field of partnerFields) {
      const checked = this.#checkField(field);
      if ('problem' in checked) {
        this.#shown.add(field.id);
        wrong ??= `#${field.id}`;
      } else if (checked.value !== undefined) partner[field.key] = checked.value;
    }
    if (wrong) {
      this.#update(() => (this.#status = (s) => s.nothingMade));
      root.querySelector<HTMLElement>(wrong)?.focus();
      return;
    }
    const locales = this.#locales(format);
    this.#update(() => {
      this.#busy = true;
      this.#status = (s) => s.making;
    });
    try {
      const sheet = await renderSheet(this.#pdfMake, format, this.#data.model, locales, {partner});
      const name = fileName(format.id, locales);
      if (this.#result) URL.revokeObjectURL(this.#result.url);
      const url = URL.createObjectURL(new Blob([sheet.bytes], {type: 'application/pdf'}));
      const percent = Math.round(sheet.textScale * 100);
      this.#update(() => {
        this.#result = {url, name, meta: (s) => s.fileMeta(kilobytes(sheet.bytes.length), sheet.pages)};
        this.#status = (s) => [s.ready(name), ...(sheet.textScale === 1 ? [] : [s.shrunk(percent)]), s.printActualSize].join(' ');
      });
      root.querySelector<HTMLAnchorElement>('#studio-file')?.click();
      // Click to download, for `npm run bench` (a User Timing entry; it leaves the page with it).
      performance.measure('kiut-studio-pdf', {start: clickedAt, end: performance.now()});
    } catch (error) {
      const reason = (error as Error).message;
      this.#result = undefined;
      this.#status = (s) => s.failed(reason);
    } finally {
      this.#update(() => (this.#busy = false));
    }
  }

  #render(): void {
    const s = this.#s;
    document.documentElement.lang = this.#language;
    document.title = s.title;
    render(this.#page(s), root);
  }

  #page(s: StudioStrings) {
    return html`
      <a class="skip-link" href="#studio">${s.skipLink}</a>
      <main class="studio-main wrap">
        <div class="studio-languages" role="group" aria-label=${s.switchLabel}>
          ${(Object.keys(studioLanguages) as StudioLanguage[]).map(
            (code) =>
              html`<button type="button" lang=${code} aria-pressed=${code === this.#language} @click=${() => this.#setLanguage(code)}>
                ${studioLanguages[code].language}
              </button>`,
          )}
        </div>
        <h1>${s.heading}</h1>
        <p class="studio-intro">${s.intro}</p>
        <div class="studio-layout">${this.#form(s)} ${this.#aside(s)}</div>
      </main>
    `;
  }

  #form(s: StudioStrings) {
    const chosen = this.#baseFormat();
    const problems = [...partnerFields.map((f) => f.id), 'languages' as const].map((id) => this.#visibleProblem(id));
    return html`
      <form
        id="studio"
        class="studio-form"
        novalidate
        autocomplete="off"
        data-ready="true"
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          void this.#download(event.timeStamp);
        }}
      >
        <fieldset id="format-field">
          <legend>${s.format}</legend>
          <div id="format-options" class="options">
            ${baseFormats.map((format) =>
              this.#option('radio', 'format', format.id, format.id === this.#formatId, () => this.#update(() => (this.#formatId = format.id)), [
                html`${formatName(s, format)}`,
                formatDescription(s, format),
              ]),
            )}
          </div>
          ${this.#variant(s, 'large-print', s.largePrint, this.#large, largeVariant, (on) => (this.#large = on), s.largePrintHint, s.largePrintComesFor)}
          ${this.#variant(s, 'discreet', s.discreet, this.#discreet, discreetVariant, (on) => (this.#discreet = on), s.discreetHint, s.discreetComesFor)}
        </fieldset>
        ${this.#language1(s, chosen.languages === 'one')} ${this.#languagesN(s, chosen.languages === 'several', problems[2])}
        <fieldset>
          <legend>${s.organisation} <span class="optional">${s.optional}</span></legend>
          ${partnerFields.map((field, i) => this.#partnerField(s, field, problems[i]))}
        </fieldset>
        <div class="actions">
          <button type="submit" id="studio-download" class="button" ?disabled=${this.#busy || problems.some(Boolean)}>${s.download}</button>
          <p id="studio-status" class="status" role="status">${this.#status(s)}</p>
          <p id="studio-result" class="result" ?hidden=${!this.#result}>
            <a id="studio-file" type="application/pdf" href=${this.#result?.url ?? nothing} download=${this.#result?.name ?? nothing}
              >${this.#result?.name ?? ''}</a
            ><span id="studio-file-meta">${this.#result?.meta(s) ?? ''}</span>
          </p>
        </div>
      </form>
    `;
  }

  #option(type: 'radio' | 'checkbox', name: string, value: string, checked: boolean, change: (checked: boolean) => void, [label, hint]: [unknown, string?]) {
    return html`<label class="option">
      <input
        type=${type}
        name=${name}
        value=${value}
        .checked=${live(checked)}
        @change=${(event: Event) => change((event.target as HTMLInputElement).checked)}
      />
      <span class="option-label">${label}</span>${hint ? html`<span class="option-hint">${hint}</span>` : nothing}
    </label>`;
  }

  /** Large print or discreet: a choice for the formats that have that variant, greyed out for the rest with the list of those that do. */
  #variant(
    s: StudioStrings,
    id: string,
    label: string,
    on: boolean,
    variant: (format: Format) => Format | undefined,
    set: (on: boolean) => void,
    hint: string,
    comesFor: (formats: string) => string,
  ) {
    const available = variant(this.#baseFormat()) !== undefined;
    const those = baseFormats.filter((format) => variant(format)).map((format) => formatName(s, format));
    return html`<label class="option large-print"
        ><input
          type="checkbox"
          id=${id}
          name=${id}
          aria-describedby="${id}-hint"
          .checked=${live(on)}
          ?disabled=${!available}
          @change=${(event: Event) => this.#update(() => set((event.target as HTMLInputElement).checked))}
        />
        <span class="option-label">${label}</span></label
      >
      <p id="${id}-hint" class="field-hint">${available ? hint : comesFor(those.join('; '))}</p>`;
  }

  #languageLabel(locale: string) {
    const texts = this.#data.model.languages.find((t) => t.locale === locale);
    return html`<span lang=${locale}>${texts?.language ?? locale}</span> (${locale})`;
  }

  // Both language fieldsets stay in the page; the one the format does not take is hidden and disabled.
  #language1(s: StudioStrings, shown: boolean) {
    return html`<fieldset id="language-field" ?hidden=${!shown} ?disabled=${!shown}>
      <legend>${s.language1}</legend>
      <div id="language-options" class="options columns">
        ${this.#data.model.languages.map(({locale}) =>
          this.#option('radio', 'locale', locale, locale === this.#locale, () => this.#update(() => (this.#locale = locale)), [this.#languageLabel(locale)]),
        )}
      </div>
    </fieldset>`;
  }

  #languagesN(s: StudioStrings, shown: boolean, problem: Say | undefined) {
    const {min, max} = multilingualLanguages;
    return html`<fieldset
      id="languages-field"
      ?hidden=${!shown}
      ?disabled=${!shown}
      aria-invalid=${problem ? 'true' : nothing} aria-describedby=${problem ? 'languages-error' : nothing}>
      <legend>${s.languagesN}</legend>
      <p id="languages-hint" class="field-hint">${s.languagesHint(min, max)}</p>
      <p id="languages-error" class="field-error" ?hidden=${!problem}>${problem?.(s) ?? ''}</p>
      <div id="languages-options" class="options columns">
        ${this.#data.model.languages.map(({locale}) => {
          const place = this.#sheetLocales.indexOf(locale);
          return this.#option('checkbox', 'locales', locale, place >= 0, (checked) => this.#tickSheetLocale(locale, checked), [
            html`${this.#languageLabel(locale)}${place >= 0 ? html` <span class="option-place">${s.place(place + 1)}</span>` : nothing}`,
          ]);
        })}
      </div>
    </fieldset>`;
  }

  #partnerField(s: StudioStrings, field: PartnerField, problem: Say | undefined) {
    return html`<div class="field">
      <label for=${field.id}>${s[field.label]}</label>
      <p id="${field.id}-hint" class="field-hint">${s[field.hint](maxPartnerLength)}</p>
      <p id="${field.id}-error" class="field-error" ?hidden=${!problem}>${problem?.(s) ?? ''}</p>
      <input
        id=${field.id}
        name=${field.id}
        type="text"
        spellcheck="false"
        aria-describedby=${problem ? `${field.id}-hint ${field.id}-error` : `${field.id}-hint`}
        aria-invalid=${problem ? 'true' : nothing}
        @input=${(event: Event) => this.#update(() => (this.#values[field.id] = (event.target as HTMLInputElement).value))}
      />
    </div>`;
  }

  #aside(s: StudioStrings) {
    const format = this.#format();
    const folder = localesName(this.#locales(format));
    // The chosen languages' preview, else the format's in another language, else none.
    const shown = this.#data.previews.find((key) => key === `${folder}/${format.id}`) ?? this.#data.previews.find((key) => key.endsWith(`/${format.id}`));
    const shownFolder = shown?.split('/')[0];
    const shownIn = shownFolder === undefined || shownFolder === folder ? undefined : this.#languageNames(shownFolder);
    return html`<aside class="studio-aside" aria-labelledby="preview-title">
      <h2 id="preview-title">${s.preview}</h2>
      <figure class="preview">
        <div id="studio-preview" class="preview-frame">
          ${
            // Every preview loads with the page, so that changing the choice offline still shows one.
            this.#data.previews.map(
              (key) => html`<img src=${new URL(`previews/${key}.png`, base).href} alt="" data-preview=${key} decoding="async" ?hidden=${key !== shown} />`,
            )
          }
        </div>
        <figcaption id="studio-preview-caption">
          ${shown ? s.previewCaption(formatName(s, format), shownIn) : s.noPreview(formatName(s, format))}
        </figcaption>
      </figure>
      <h2>${s.printing}</h2>
      <ul class="print-tips">
        ${s.printTips.map((tip) => html`<li>${tip}</li>`)}
      </ul>
    </aside>`;
  }

  /** `hu-en` → "Magyar, English"; a locale may have a hyphen of its own (`zh-Hans`). */
  #languageNames(folder: string): string {
    const names: string[] = [];
    for (let rest = folder; rest !== '';) {
      const texts = this.#data.model.languages.find((t) => rest === t.locale || rest.startsWith(`${t.locale}-`));
      if (!texts) return [...names, rest].join(', ');
      names.push(texts.language);
      rest = rest.slice(texts.locale.length + 1);
    }
    return names.join(', ');
  }
}

const host = studioHost();
if ('missing' in host) {
  const s = studioLanguages[pickStudioLanguage(navigator.languages)];
  const status = document.getElementById('studio-status');
  if (status) status.textContent = s.cannotStart(host.missing.join(', '));
} else {
  new Studio(host.pdfMake, host.data, host.fonts);
}
