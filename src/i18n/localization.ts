/**
 * @lit/localize wiring for interface text. The guide uses the reentrant runtime so that
 * two guides on one page can speak different languages: each guide sets the locale it is
 * rendering in just before it renders, and msg() asks for it on every call.
 * All locale modules are imported statically (src/generated/interface-locales.ts, generated from
 * lit-localize.json), so one script file is all a partner hosts.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {interfaceLocales} from '../generated/interface-locales.js';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';

let renderingLocale: string = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => renderingLocale,
  loadLocaleSync: (locale) => interfaceLocales[locale],
});

/** Runs `render` with msg() answering in `locale`. Rendering is synchronous, so this is safe. */
export function inLocale<T>(locale: string, render: () => T): T {
  const previous = renderingLocale;
  renderingLocale = locale;
  try {
    return render();
  } finally {
    renderingLocale = previous;
  }
}
