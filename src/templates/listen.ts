import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {spokenText} from '../listen/spoken-text.js';
import {actionPictogram} from './pictogram.js';
import type {Speech} from '../listen/speech.js';
import type {RenderContext} from './context.js';

/**
 * A Listen button: reads `sentences` (content texts, with their tokens) aloud in `lang` (the
 * guide's language, or Hungarian on the phrase card), and while it reads, the same button stops
 * it. Nothing when `lang` has no voice on this device (see listen/speech.ts). `key` tells the
 * buttons apart; `name` (the section's title) ends its accessible name, so a list of the page's
 * buttons tells them apart too.
 */
export function listenButton(ctx: RenderContext, key: string, name: string, sentences: readonly string[], lang = ctx.locale): TemplateResult | typeof nothing {
  const speech = ctx.speech;
  if (!speech?.voice(lang)) return nothing;
  const on = speech.playing === key;
  const text = spokenText(sentences, ctx, msg('plus', {desc: 'Read aloud before the country code of a phone number (+36 …), so a listener can dial it.'}));
  return html`<button type="button" class="listen" aria-pressed=${on ? 'true' : 'false'} @click=${() => speech.toggle(key, text, ctx.locale, lang)}>${actionPictogram('listen')}${
    on
      ? msg('Stop', {desc: 'The Listen button while it reads aloud: pressing it stops the reading.'})
      : msg('Listen', {desc: 'Button that reads the short summary of a guide section aloud, with the voice of the device.'})
  }<span class="visually-hidden">: ${name}</span></button>`;
}

/** What screen readers hear when reading aloud starts and stops (polite: it waits its turn). */
export function listenStatus(speech: Speech): TemplateResult {
  const news =
    speech.news === 'start'
      ? msg('Reading aloud', {desc: 'Announced to screen readers when the Listen button starts reading a summary aloud.'})
      : speech.news === 'stop'
        ? msg('Reading stopped', {desc: 'Announced to screen readers when reading aloud ends or is stopped.'})
        : '';
  return html`<p class="visually-hidden" role="status">${news}</p>`;
}
