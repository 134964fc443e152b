/**
 * The guide's language, as a Lit reactive controller (the shape of Shoelace's
 * LocalizeController): it resolves the locale when the guide connects and whenever a `lang`
 * changes on the guide or on any ancestor (a page's own language menu), and runs the render in
 * that locale so msg() answers in it.
 */
import type {ReactiveController, ReactiveElement} from 'lit';
import {inLocale} from './localization.js';
import {resolveLocale} from './resolve-locale.js';

export class LocaleController implements ReactiveController {
  /** The locale the guide renders in. */
  locale: string;

  readonly #host: ReactiveElement;
  readonly #available: readonly string[];
  readonly #warn: (message: string) => void;
  readonly #fallback: () => string;
  readonly #observer = new MutationObserver(() => this.resolve());
  #warned = '';

  /** `fallback` gives the language when neither the guide nor the page names one of `available` (default-lang). */
  constructor(host: ReactiveElement, available: readonly string[], warn: (message: string) => void, fallback: () => string) {
    this.#host = host;
    this.#available = available;
    this.#warn = warn;
    this.#fallback = fallback;
    this.locale = resolveLocale(host, available, () => undefined, fallback());
    host.addController(this);
  }

  hostConnected(): void {
    const lang = {attributes: true, attributeFilter: ['lang']};
    // The guide's own lang, and every [lang] of the page above it.
    this.#observer.observe(this.#host, lang);
    this.#observer.observe(document.documentElement, {...lang, subtree: true});
    // Before the first update the host has not parsed its default-lang yet: hostUpdate resolves then.
    if (this.#host.hasUpdated) this.resolve();
  }

  hostUpdate(): void {
    if (!this.#host.hasUpdated) this.resolve();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  /** Renders with msg() answering in `locale`: the guide's, or Hungarian while its file is on the way. */
  render<T>(locale: string, template: () => T): T {
    return inLocale(locale, template);
  }

  /**
   * Resolves the locale again (the host calls it when its fallback changes). A language the guide
   * does not have is warned about once, when it is set, not on every render.
   */
  resolve(): void {
    const locale = resolveLocale(
      this.#host,
      this.#available,
      (message) => {
        if (message !== this.#warned) this.#warn(message);
        this.#warned = message;
      },
      this.#fallback(),
    );
    if (locale === this.locale) return;
    this.locale = locale;
    this.#host.requestUpdate();
  }
}
