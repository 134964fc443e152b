import {html, nothing, type TemplateResult} from 'lit';
import type {RenderContext} from './context.js';
import {heading} from './heading.js';
import {listenButton} from './listen.js';
import {contentSourceLocale} from '../i18n/source-locales.js';

/**
 * "Say this in Hungarian": sentences a reader shows, or reads out, to the person who answers the
 * phone or opens a door. Each is in Hungarian, large, with what it means beneath, each marked
 * with its own language so a screen reader speaks it in the right voice. Where this device has a
 * Hungarian voice of its own, Listen says the Hungarian sentences aloud for the reader. Hungarian
 * readers, whose texts have no card, see nothing.
 */
export function phraseCard(ctx: RenderContext, level: number): TemplateResult | typeof nothing {
  const card = ctx.texts.phrases;
  if (!card) return nothing;
  return html`<section class="phrases" part="phrases" aria-labelledby="phrases">
    ${heading(level, 'phrases', card.heading)}
    ${listenButton(
      ctx,
      'phrases',
      card.heading,
      card.sentences.map(({hu}) => hu),
      contentSourceLocale,
    )}
    ${card.sentences.map(({hu, says}) => html`<p><span class="phrase-hu" lang="hu">${hu}</span> <span lang=${ctx.locale}>${says}</span></p>`)}
  </section>`;
}
