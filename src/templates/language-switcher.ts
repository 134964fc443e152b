import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {WidgetTexts} from '../content/widget-types.js';
import type {RenderContext} from './context.js';

/**
 * Each language in its own name, marked with its own `lang` so a screen reader says it right.
 * Choosing one changes the guide in place; nothing is stored.
 */
export function languageSwitcher(ctx: RenderContext, all: Record<string, WidgetTexts>, choose: (locale: string) => void): TemplateResult {
  return html`<nav class="switcher" part="language-switcher" aria-label=${msg('Language', {desc: 'Accessible name of the language switcher.'})}>
    <ul>
      ${Object.entries(all).map(
        ([code, texts]) => html`<li>
          <button type="button" lang=${code} aria-pressed=${code === ctx.locale ? 'true' : 'false'} @click=${() => choose(code)}>${texts.language}</button>
        </li>`,
      )}
    </ul>
  </nav>`;
}
