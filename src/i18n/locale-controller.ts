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

  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _available: readonly string[];
  private readonly _warn: (message: string) => void;
  private readonly _observer = new MutationObserver(() => this._resolve());
  private _warned = '';

  constructor(host: ReactiveControllerHost & HTMLElement, available: readonly string[], warn: (message: string) => void) {
    this._host = host;
    this._available = available;
    this._warn = warn;
    this.locale = resolveLocale(host, available, () => undefined);
    host.addController(this);
  }

  hostConnected(): void {
    const lang = {attributes: true, attributeFilter: ['lang']};
    // The guide's own lang, and every [lang] of the page above it.
    this._observer.observe(this._host, lang);
    this._observer.observe(document.documentElement, {...lang, subtree: true});
    this._resolve();
  }

  hostDisconnected(): void {
    this._observer.disconnect();
  }

  /** Renders with msg() answering in the guide's locale. */
  render<T>(template: () => T): T {
    return inLocale(this.locale, template);
  }

  /** A language the guide does not have is warned about once, when it is set, not on every render. */
  private _resolve(): void {
    const locale = resolveLocale(this._host, this._available, (message) => {
      if (message !== this._warned) this._warn(message);
      this._warned = message;
    });
    if (locale === this.locale) return;
    this.locale = locale;
    this._host.requestUpdate();
  }
}
