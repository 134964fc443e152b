/**
 * The guide's language, as a Lit reactive controller (the shape of Shoelace's
 * LocalizeController): it resolves the locale when the guide connects and whenever a `lang`
 * changes on the guide or on any ancestor (a page's own language menu), and runs the render in
 * that locale so msg() answers in it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {inLocale} from './localization.js';
import {resolveLocale} from './resolve-locale.js';

export class LocaleController implements ReactiveController {
  /** The locale the guide renders in. */
  locale: string;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #available: readonly string[];
  readonly #warn: (message: string) => void;
  readonly #observer = new MutationObserver(() => this.#resolve());
  #warned = '';

  constructor(host: ReactiveControllerHost & HTMLElement, available: readonly string[], warn: (message: string) => void) {
    this.#host = host;
    this.#available = available;
    this.#warn = warn;
    this.locale = resolveLocale(host, available, () => undefined);
    host.addController(this);
  }

  hostConnected(): void {
    const lang = {attributes: true, attributeFilter: ['lang']};
    // The guide's own lang, and every [lang] of the page above it.
    this.#observer.observe(this.#host, lang);
    this.#observer.observe(document.documentElement, {...lang, subtree: true});
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  /** Renders with msg() answering in `locale`: the guide's, or Hungarian while its file is on the way. */
  render<T>(locale: string, template: () => T): T {
    return inLocale(locale, template);
  }

  /** A language the guide does not have is warned about once, when it is set, not on every render. */
  #resolve(): void {
    const locale = resolveLocale(this.#host, this.#available, (message) => {
      if (message !== this.#warned) this.#warn(message);
      this.#warned = message;
    });
    if (locale === this.locale) return;
    this.locale = locale;
    this.#host.requestUpdate();
  }
}
