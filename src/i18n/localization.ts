/**
 * @lit/localize wiring for interface text. The guide uses the reentrant runtime so that
 * two guides on one page can speak different languages: each guide sets the locale it is
 * rendering in just before it renders, and msg() asks for it on every call.
 * Hungarian's strings are in the script; every other language's come in its language file
 * (languages.ts), and msg() answers in English, the source, until they are here.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {stringsOf} from './languages.js';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';

let renderingLocale: string = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => renderingLocale,
  loadLocaleSync: stringsOf,
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
