import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {facts} from './generated/facts.js';
import {textsByLocale} from './generated/texts.js';
import {inLocale} from './i18n/localization.js';
import {resolveLocale} from './i18n/resolve-locale.js';
import {
  parseExitPosition,
  parseExitUrl,
  parseHeadingLevel,
  parseLayout,
  parseNeeds,
  parseSections,
  type ExitPosition,
  type Layout,
} from './attributes.js';
import {KiutGuideLocaleChangeEvent} from './i18n/locale-change-event.js';
import {needsInUrl, writeNeedsToUrl} from './sections/needs-in-url.js';
import {QuickExitController} from './safety/quick-exit-controller.js';
import {exitBar, exitCover} from './safety/exit-bar.js';
import type {RenderContext} from './sections/context.js';
import {heading} from './sections/heading.js';
import {hotlineCard} from './sections/hotline-card.js';
import {section} from './sections/section.js';
import {languageSwitcher} from './sections/language-switcher.js';
import {finder} from './sections/finder.js';
import {placesBesideHotline, visibleSections} from './sections/visible-sections.js';
import {about} from './sections/about.js';
import {styles} from './styles.js';

let instances = 0;
const sectionIds = facts.sections.map((s) => s.id);

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
 * @attr {string} lang - The guide's language: `hu`, `en` or `uk`. Without it, the closest `[lang]` ancestor, then `<html lang>`, then `hu`. An unknown language shows Hungarian, with one warning.
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
 * @cssprop [--kiut-radius=0.5rem] - Corner radius.
 * @cssprop [--kiut-spacing=1rem] - Base spacing unit.
 * @cssprop [--kiut-font-family=inherit] - Font family; by default the page's font.
 * @cssprop [--kiut-font-size=1rem] - Base font size.
 */
export class KiutGuide extends LitElement {
  static override styles = styles;

  /** `full` (the whole guide) or `compact` (the hotline card only, for a sidebar or footer). */
  @property({reflect: true}) layout: Layout | string = 'full';

  /** Which sections to show, comma- or space-separated ids; all when empty. */
  @property({reflect: true}) sections = '';

  /** The level of the guide's first heading (1–6), so it fits the page's outline. */
  @property({attribute: 'heading-level', reflect: true}) headingLevel = '2';

  /** Where quick exit goes. Only http(s). Defaults to a neutral site. */
  @property({attribute: 'exit-url', reflect: true}) exitUrl = '';

  /** Turns quick exit (the button and the Shift shortcut) off. */
  @property({attribute: 'no-exit', type: Boolean, reflect: true}) noExit = false;

  /** Where the exit button sits: `sticky` (top of the guide, stays in view), `fixed` (corner of the window) or `inline`. */
  @property({attribute: 'exit-position', reflect: true}) exitPosition: ExitPosition | string = 'sticky';

  /** Hides the "how to leave no trace" section. */
  @property({attribute: 'hide-no-trace', type: Boolean, reflect: true}) hideNoTrace = false;

  /** Shows a switcher that lists each language in its own name. */
  @property({attribute: 'language-switcher', type: Boolean, reflect: true}) languageSwitcher = false;

  /** Turns the "What do you need?" finder off. */
  @property({attribute: 'no-finder', type: Boolean, reflect: true}) noFinder = false;

  /** Opens the guide on one or more needs (ids from facts.yaml, comma-separated). */
  @property({reflect: true}) need = '';

  /** Keeps the chosen needs in the page address (`#kiut-need=…`), so a link can share them. Off by default. */
  @property({attribute: 'remember-in-url', type: Boolean, reflect: true}) rememberInUrl = false;

  /** The needs the reader has chosen in the finder. */
  @state() private chosenNeeds: string[] = [];

  readonly #id = `kiut-${++instances}-`;
  readonly #warned = new Set<string>();
  #langObserver?: MutationObserver;
  // Quick exit: the shortcut, the exit and what they show (src/safety/). A TypeScript `private`,
  // not a #field: at the ES2021 build target each #field costs a WeakMap in the bundle.
  private readonly _quickExit = new QuickExitController(this, {
    enabled: () => !this.noExit,
    url: () => parseExitUrl(this.getAttribute('exit-url'), this.#warn('exit-url')),
    cover: () => this.renderRoot?.querySelector<HTMLDialogElement>('dialog.cover') ?? null,
    shortcut: () => this.leave(),
  });

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The guide follows a [lang] change on any ancestor, e.g. a page's own language menu.
    this.#langObserver = new MutationObserver(() => this.requestUpdate());
    this.#langObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Checked now, not only on exit, so a partner sees a bad exit-url in the console at once.
    if (changed.has('exitUrl') && !this.noExit) parseExitUrl(this.getAttribute('exit-url'), this.#warn('exit-url'));
    // The partner's `need` (or, with remember-in-url, the address) sets the starting choice.
    if (changed.has('need') || changed.has('rememberInUrl')) {
      const value = (this.rememberInUrl ? needsInUrl() : null) ?? this.need;
      this.chosenNeeds = parseNeeds(value, facts.needs, this.#warn('need'));
    }
  }

  /** The locale the guide renders in: `lang`, the closest `[lang]`, `<html lang>`, else `hu`. */
  get locale(): string {
    return resolveLocale(this, Object.keys(textsByLocale), this.#warn('lang'));
  }

  /** Leaves the page at once: hides the guide and the page, blanks the title, sends no Referer, and replaces this page in the history. */
  leave(): void {
    this._quickExit.leave();
  }

  /** One console warning per attribute and value, never a broken guide. */
  #warn(attribute: string): (message: string) => void {
    return (message) => {
      const key = `${attribute}=${this.getAttribute(attribute) ?? ''}:${message}`;
      if (this.#warned.has(key)) return;
      this.#warned.add(key);
      // A hostile page can set a 100 KB attribute; the console gets the start of it.
      console.warn(`<${this.localName}>: ${message.length > 300 ? `${message.slice(0, 300)}…` : message}`);
    };
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const ctx: RenderContext = {
      facts,
      texts: textsByLocale[locale],
      locale,
      headingLevel: parseHeadingLevel(this.headingLevel, this.#warn('heading-level')),
      idPrefix: this.#id,
      quickExit: !this.noExit,
    };
    const layout = parseLayout(this.layout, this.#warn('layout'));
    return inLocale(locale, () => html`<div class="guide" part="guide" lang=${locale} dir="ltr">
        ${this.noExit ? nothing : exitBar(this._quickExit, this.#id, parseExitPosition(this.exitPosition, this.#warn('exit-position')), () => this.leave())}
        ${layout === 'compact' ? this.#compact(ctx) : this.#full(ctx)}
      </div>
      ${this.noExit ? nothing : exitCover(this._quickExit)}`);
  }

  #compact(ctx: RenderContext): TemplateResult {
    const titleId = `${this.#id}hotline-title`;
    return html`<section aria-labelledby=${titleId}>
      ${heading(ctx.headingLevel, titleId, ctx.texts.sections.hotline.title)}
      ${hotlineCard(ctx)}
    </section>`;
  }

  #full(ctx: RenderContext): TemplateResult {
    let shown = parseSections(this.sections, sectionIds, this.#warn('sections'));
    if (this.hideNoTrace) shown = shown.filter((id) => id !== 'no-trace');
    const finderOn = !this.noFinder;
    const visible = visibleSections(facts, {shown, needs: finderOn ? this.chosenNeeds : [], quickExit: ctx.quickExit});
    const titleId = `${this.#id}title`;
    return html`<article aria-labelledby=${titleId}>
      ${heading(ctx.headingLevel, titleId, ctx.texts.title, 'guide-title')}
      ${this.languageSwitcher ? languageSwitcher(ctx, textsByLocale, (locale) => this.#switchLocale(locale)) : nothing}
      ${visible.includes('hotline') ? section('hotline', ctx) : nothing}
      ${finderOn
        ? finder(ctx, this.chosenNeeds, placesBesideHotline(facts, visible), {
            choose: (needs) => void this.#chooseNeeds(needs),
          })
        : nothing}
      ${visible.filter((id) => id !== 'hotline').map((id) => section(id, ctx))}
      ${about(ctx)}
    </article>`;
  }

  #switchLocale(locale: string): void {
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
