import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {RenderContext} from './context.js';

/**
 * Each language in its own name, marked with its own `lang` so a screen reader says it right.
 * Choosing one changes the guide in place; nothing is stored.
 */
export function languageSwitcher(
  ctx: RenderContext,
  locales: readonly string[],
  name: (locale: string) => string,
  choose: (locale: string) => void,
): TemplateResult {
  return html`<nav class="switcher" part="language-switcher" aria-label=${msg('Language', {desc: 'Accessible name of the language switcher.'})}>
    <ul>
      ${locales.map(
        (code) => html`<li>
          <button type="button" lang=${code} aria-pressed=${code === ctx.locale ? 'true' : 'false'} @click=${() => choose(code)}>${name(code)}</button>
        </li>`,
      )}
    </ul>
  </nav>`;
}
