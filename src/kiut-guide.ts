import {msg} from '@lit/localize';
import {LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {facts} from './generated/facts.js';
import {LocaleController} from './i18n/locale-controller.js';
import {hasFailed, hasFullTexts, hotlineTexts, languageName, loadFullTexts, loadLanguage, locales, textsOf} from './i18n/languages.js';
import {contentSourceLocale} from './i18n/source-locales.js';
import {attributes, fieldOf, parse, type Attribute, type ContentList, type ExitPosition, type Layout, type Parsed, type ParsedName} from './attributes.js';
import {KiutGuideLocaleChangeEvent} from './events.js';
import {needsInUrl, writeNeedsToUrl} from './finder/needs-in-url.js';
import {QuickExitController} from './safety/quick-exit-controller.js';
import {exitBar, exitCover} from './safety/exit-bar.js';
import {Speech} from './listen/speech.js';
import {listenStatus} from './templates/listen.js';
import type {RenderContext} from './templates/context.js';
import type {WidgetTexts} from './content/widget-types.js';
import {heading} from './templates/heading.js';
import {hotlineCard} from './templates/hotline-card.js';
import {section} from './templates/section.js';
import {phraseCard} from './templates/phrase-card.js';
import {languageSwitcher} from './templates/language-switcher.js';
import {finder} from './templates/finder.js';
import {placesBesideHotline, visibleSections} from './finder/visible-sections.js';
import {about} from './templates/about.js';
import {styles} from './styles.js';

const known: Record<ContentList, readonly string[]> = {sections: facts.sections.map((s) => s.id), needs: facts.needs, languages: locales};

/**
 * A service guide for victims of human trafficking in Hungary: the national crisis line
 * first, then every place a person can turn to. All text comes from content/.
 *
 * @tagname kiut-guide
 * @summary Where to get help: OKIT's 24/7 free hotline, shelters and other services.
 *
 * @fires kiut-guide-exit - Just before the guide leaves the page (quick exit). `event.url` is where it goes.
 * @fires kiut-guide-locale-change - After the reader picked another language in the switcher. `event.locale` is the new locale.
 *
 * @attr {string} lang - The guide's language, one of the guide's languages (`hu`, `en`, …). Without it, the closest `[lang]` ancestor, then `<html lang>`. When none of these is a language of the guide, `default-lang` (Hungarian unless set); an unknown one gives one warning.
 *
 * @slot - Fallback content, shown until the script runs (for example the hotline number as a `tel:` link). It is not shown once the guide renders.
 *
 * @csspart guide - The guide's outer box.
 * @csspart heading - Every heading.
 * @csspart hotline - The hotline card.
 * @csspart badge - The "0-24" badge on the hotline card.
 * @csspart call-link - The big tap-to-call link.
 * @csspart qr - The QR code beside the hotline (wide screens only).
 * @csspart section - Each section of the guide.
 * @csspart exit-button - The "leave this page" button.
 * @csspart language-switcher - The language switcher.
 * @csspart finder - The "What do you need?" finder.
 * @csspart need-button - Each need button in the finder.
 *
 * @cssprop [--kiut-accent=#9e1037] - Accent colour: hotline border, call button, badge.
 * @cssprop [--kiut-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--kiut-text=#1b1b1f] - Text colour.
 * @cssprop [--kiut-background=#ffffff] - Background colour.
 * @cssprop [--kiut-surface=#f4f1ee] - Background of the hotline card and buttons.
 * @cssprop [--kiut-link=#0b4f8a] - Link colour.
 * @cssprop [--kiut-focus=#ffbf47] - Focus ring colour.
 * @cssprop [--kiut-radius=0.5em] - Corner radius.
 * @cssprop [--kiut-spacing=1rem] - Base spacing unit.
 * @cssprop [--kiut-font-family=inherit] - Font family; by default the page's font.
 * @cssprop [--kiut-font-size=medium] - Base font size; by default the reader's own default size, whatever the page's root size.
 */
export class KiutGuide extends LitElement {
  static override styles = styles;

  // Declared here rather than with decorators: the decorator calls and their helpers cost about
  // 450 bytes gzipped in every copy of the bundle, which its 20 KB budget cannot afford. The
  // fields below carry the documentation.
  static override properties: PropertyDeclarations = {
    layout: {reflect: true},
    sections: {reflect: true},
    headingLevel: {attribute: 'heading-level', reflect: true},
    exitUrl: {attribute: 'exit-url', reflect: true},
    noExit: {attribute: 'no-exit', type: Boolean, reflect: true},
    exitPosition: {attribute: 'exit-position', reflect: true},
    hideNoTrace: {attribute: 'hide-no-trace', type: Boolean, reflect: true},
    languageSwitcher: {attribute: 'language-switcher', type: Boolean, reflect: true},
    languages: {reflect: true},
    defaultLang: {attribute: 'default-lang', reflect: true},
    noFinder: {attribute: 'no-finder', type: Boolean, reflect: true},
    need: {reflect: true},
    rememberInUrl: {attribute: 'remember-in-url', type: Boolean, reflect: true},
    chosenNeeds: {state: true, attribute: false},
  };

  /** `full` (the whole guide) or `compact` (the hotline card only, for a sidebar or footer). */
  layout: Layout | string = 'full';

  /** Which sections to show, comma- or space-separated ids; all when empty. */
  sections = '';

  /** The level of the guide's first heading (1–6), so it fits the page's outline. */
  headingLevel = '2';

  /** Where quick exit goes. Only http(s). Defaults to a neutral site. */
  exitUrl = '';

  /** Turns quick exit (the button and the Shift shortcut) off. */
  noExit = false;

  /** Where the exit button sits: `sticky` (top of the guide, stays in view), `fixed` (corner of the window) or `inline`. */
  exitPosition: ExitPosition | string = 'sticky';

  /** Hides the "how to leave no trace" section. */
  hideNoTrace = false;

  /** Shows a switcher that lists each language in its own name. */
  languageSwitcher = false;

  /**
   * The languages the switcher offers, comma- or space-separated ids, in the guide's order; all when
   * empty. The language the guide is in is always offered too, so a reader sees which one is on.
   */
  languages = '';

  /** The language when neither `lang`, the closest `[lang]` nor `<html lang>` is one of the guide's. Hungarian when empty. */
  defaultLang = '';

  /** Turns the "What do you need?" finder off. */
  noFinder = false;

  /** Opens the guide on one or more needs (ids from facts.yaml, comma-separated). */
  need = '';

  /** Keeps the chosen needs in the page address (`#kiut-need=…`), so a link can share them. Off by default. */
  rememberInUrl = false;

  /**
   * The needs the reader has chosen in the finder (internal state, not an attribute).
   * @ignore
   */
  private chosenNeeds: string[] = [];

  // The attributes, parsed once when they change (in willUpdate), never on every render: a bad
  // value gives its one warning when it is set, and the default.
  #parsed = {} as {[N in ParsedName]: Parsed<N>};

  /** A console warning about an attribute; a hostile page can set a 100 KB one, so it gets the start of it. */
  readonly #warn = (message: string): void => console.warn(`<${this.localName}>: ${message.length > 300 ? `${message.slice(0, 300)}…` : message}`);
  readonly #localize = new LocaleController(this, locales, this.#warn, () => this.#parsed['default-lang'] ?? contentSourceLocale);
  /** The language file being fetched for this guide, until its render is done. */
  #loading?: Promise<unknown>;
  // Quick exit: the shortcut, the exit and what they show (src/safety/).
  readonly #quickExit = new QuickExitController(this, {
    enabled: () => !this.noExit,
    url: () => this.#parsed['exit-url'],
    cover: () => this.renderRoot?.querySelector<HTMLDialogElement>('dialog.cover') ?? null,
    shortcut: () => this.leave(),
  });
  // Listen: summaries read aloud by a voice of this device (src/listen/).
  readonly #speech = new Speech(this);

  protected override willUpdate(changed: PropertyValues): void {
    for (const [name, spec] of Object.entries(attributes) as [ParsedName, Attribute][]) {
      // lang is the locale controller's.
      if (spec.kind === 'boolean' || (spec.kind === 'one-of' && 'of' in spec && !('parsed' in spec))) continue;
      const field = fieldOf(name);
      // exit-url is checked now, not only on exit, so a partner sees a bad one in the console at
      // once (unless quick exit is off). The partner's `need` (or, with remember-in-url, the
      // address) sets the starting choice.
      const also = name === 'exit-url' ? 'noExit' : name === 'need' ? 'rememberInUrl' : field;
      if (!changed.has(field) && !changed.has(also)) continue;
      const value = name === 'need' && this.rememberInUrl ? (needsInUrl() ?? this.need) : (this[field as 'need'] as string);
      const parsed: unknown = parse(name, value, name === 'exit-url' && this.noExit ? () => undefined : this.#warn, 'of' in spec ? known[spec.of] : []);
      if (name === 'need') this.chosenNeeds = parsed as string[];
      else (this.#parsed as Record<string, unknown>)[name] = parsed;
    }
    // Before this render, so the guide never renders once in a language it then leaves.
    if (changed.has('defaultLang')) this.#localize.resolve();
  }

  /** The locale the guide renders in: `lang`, the closest `[lang]`, `<html lang>`, else `hu`. */
  get locale(): string {
    return this.#localize.locale;
  }

  /** Leaves the page at once: hides the guide and the page, blanks the title, sends no Referer, and replaces this page in the history. */
  leave(): void {
    this.#quickExit.leave();
  }

  /**
   * Resolves when the guide has rendered in its language: after the language file arrives (or
   * fails, and Hungarian stays), so `await guide.updateComplete` means what it says.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#loading) {
      const loading = this.#loading;
      await loading;
      if (this.#loading === loading) this.#loading = undefined;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Renders again when `loading` (a language file) is done; updateComplete waits for it. */
  #whenLoaded(loading: Promise<boolean>): void {
    this.#loading = Promise.all([this.#loading, loading]).then(() => this.requestUpdate());
  }

  /** The full texts of the rendered language, fetched when a reader opens a "More". */
  readonly #openMore = (): void => {
    const locale = this.#rendered;
    if (!hasFullTexts(locale) && !hasFailed(`${locale}:full`)) this.#whenLoaded(loadFullTexts(locale));
  };

  /** The language the guide last rendered in (Hungarian while the wanted one is on its way). */
  #rendered = contentSourceLocale;

  protected override updated(): void {
    // A "More" left open across a change of language asks for the new language's full texts.
    if (this.renderRoot.querySelector('details.more[open]')) this.#openMore();
  }

  /** The first screen of `locale` if it is here; else starts fetching it (once), and updateComplete waits for it. */
  #want(locale: string): WidgetTexts | undefined {
    const texts = textsOf(locale);
    if (!texts && !hasFailed(locale)) this.#whenLoaded(loadLanguage(locale));
    return texts;
  }

  protected override render(): TemplateResult {
    const wanted = this.locale;
    const hungarian = contentSourceLocale;
    const compact = (this.#parsed.layout as Layout) === 'compact';
    // Hungarian's hotline is in the script: the compact layout in Hungarian needs no file.
    let texts = compact && wanted === hungarian ? hotlineTexts : this.#want(wanted);
    let locale = wanted;
    if (!texts) {
      // Hungarian, if the reader's language cannot be loaded (fetched only then).
      locale = hungarian;
      texts = wanted === hungarian || hasFailed(wanted) ? this.#want(hungarian) : undefined;
    }
    // Never blank: until a file is here, or if none can be, the hotline and the exit (in the script).
    const hotlineOnly = !texts;
    this.#rendered = locale;
    // Reading aloud in the language on screen only: a switch stops the voice.
    this.#speech.keepTo(locale);
    const ctx: RenderContext = {
      facts,
      texts: texts ?? hotlineTexts,
      locale,
      headingLevel: Number(this.#parsed['heading-level']),
      quickExit: !this.noExit,
      fullTexts: hasFullTexts(locale) ? 'here' : hasFailed(`${locale}:full`) ? 'failed' : 'loading',
      openMore: this.#openMore,
      // Hungarian too: the phrase card is read in Hungarian, whatever the guide's language.
      speech: (this.#speech.voice(locale) || this.#speech.voice(hungarian)) && this.#speech,
    };
    // Said in English: the reader's language is the one that could not be loaded.
    const notices = () =>
      html`${
        wanted !== hungarian && hasFailed(wanted)
          ? html`<p class="language-notice" role="status" lang="en">${languageName(wanted)}: this language could not be loaded.${
              textsOf(hungarian) ? ' The guide is shown in Hungarian.' : ''
            }</p>`
          : nothing
      }${
        hotlineOnly && hasFailed(hungarian)
          ? html`<p class="language-notice" role="status">${msg('The rest of the guide could not be loaded. You can still call the crisis line below.', {
              desc: "Shown above the crisis line when the guide's texts cannot be downloaded (offline, blocked).",
            })}</p>`
          : nothing
      }`;
    return this.#localize.render(
      locale,
      () => html`<div class="guide" part="guide" lang=${locale} dir="ltr">${notices()}
        ${this.noExit ? nothing : exitBar(this.#quickExit, this.#parsed['exit-position'] as ExitPosition, () => this.leave())}
        ${compact || hotlineOnly ? this.#compact(ctx) : this.#full(ctx)}
        ${ctx.speech ? listenStatus(ctx.speech) : nothing}
      </div>
      ${this.noExit ? nothing : exitCover(this.#quickExit)}`,
    );
  }

  #compact(ctx: RenderContext): TemplateResult {
    const titleId = 'hotline-title';
    return html`<section aria-labelledby=${titleId}>
      ${heading(ctx.headingLevel, titleId, ctx.texts.sections.hotline.title)}
      ${hotlineCard(ctx)}
    </section>
    ${phraseCard(ctx, ctx.headingLevel)}`;
  }

  #full(ctx: RenderContext): TemplateResult {
    const finderOn = !this.noFinder;
    const shown = this.#parsed.sections.filter((id) => !this.hideNoTrace || id !== 'no-trace');
    const visible = visibleSections(facts, {shown, needs: finderOn ? this.chosenNeeds : [], quickExit: ctx.quickExit});
    const titleId = 'title';
    return html`<article aria-labelledby=${titleId}>
      ${heading(ctx.headingLevel, titleId, ctx.texts.title, 'guide-title')}
      ${
        this.languageSwitcher
          ? languageSwitcher(
              ctx,
              locales.filter((l) => l === ctx.locale || this.#parsed.languages.includes(l)),
              languageName,
              (locale) => this.#switchLocale(locale),
            )
          : nothing
      }
      ${visible.includes('hotline') ? section('hotline', ctx) : nothing}
      ${phraseCard(ctx, ctx.headingLevel + 1)}
      ${
        finderOn
          ? finder(ctx, this.chosenNeeds, placesBesideHotline(facts, visible), {
              choose: (needs) => void this.#chooseNeeds(needs),
            })
          : nothing
      }
      ${visible.filter((id) => id !== 'hotline').map((id) => section(id, ctx))}
      ${about(ctx)}
    </article>`;
  }

  #switchLocale(locale: string): void {
    // Fetched now, not when the attribute is observed, so that updateComplete waits for it.
    if (!textsOf(locale) && !hasFailed(locale)) this.#whenLoaded(loadLanguage(locale));
    this.setAttribute('lang', locale);
    const event = new KiutGuideLocaleChangeEvent(locale);
    this.dispatchEvent(event);
  }

  async #chooseNeeds(needs: string[]): Promise<void> {
    this.chosenNeeds = needs;
    if (this.rememberInUrl) writeNeedsToUrl(needs);
    await this.updateComplete;
    // Focus follows the choice to the results, or back to the question after a reset.
    const target = needs.length > 0 ? '.finder-result' : '.finder .heading';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiut-guide': KiutGuide;
  }
}
