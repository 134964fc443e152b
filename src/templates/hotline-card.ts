import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {displayUrl} from '../content/tokens.js';
import {hotlineQr} from '../generated/facts.js';
import {hotline as hotlineOf} from '../content/hotline.js';
import type {RenderContext} from './context.js';
import {listenButton} from './listen.js';
import {externalLink, text} from './text.js';
import {qrCode} from './qr-code.js';
import {actionPictogram} from './pictogram.js';

/**
 * The hotline first and largest: the number is one tap away. Under it, the emergency number
 * for immediate danger (112). The QR code shows only on
 * wide screens (see styles), where a reader on a computer can carry the address to a phone.
 *
 * Its Listen button reads `summary` (the hotline section's, when the card stands in it), then
 * the card, with the number last: it is what the listener must keep when the voice stops.
 */
export function hotlineCard(ctx: RenderContext, summary: readonly string[] = []): TemplateResult {
  const service = hotlineOf(ctx.facts);
  const phone = service?.phone;
  if (!service || !phone) return html``;
  const {hotline} = ctx.texts;
  const free = service.free === 'from-hungary';
  const call = msg('Call', {desc: "Small label above the phone number on the tap-to-call link; with the number it is the link's accessible name."});
  const card = [`${hotline.name} (${hotline.short})`, free ? `${hotline.free}, ${hotline.hours}` : hotline.hours, `${call}: {tel:${service.id}}`];
  return html`<div class="hotline" part="hotline">
    <div class="hotline-text">
      <p class="hotline-name">
        ${service.hours === 'always' ? html`<span class="badge" part="badge">${hotline.badge}</span>` : nothing}
        <span>${hotline.name} (${hotline.short})</span>
      </p>
      <a class="call" part="call-link" href="tel:${phone.e164}">
        <span class="call-label">${actionPictogram('call')}${call}</span>
        <span class="call-number">${phone.international}</span>
      </a>
      <p class="hotline-facts">
        ${free ? html`<span>${hotline.free}</span>` : nothing}
        <span>${hotline.hours}</span>
      </p>
      ${service.url ? html`<p class="hotline-web">${externalLink(service.url, displayUrl(service.url))}</p>` : nothing}
      ${listenButton(ctx, 'hotline', hotline.short, [...summary, ...card])}
    </div>
    ${
      service.url
        ? html`<figure class="qr-figure">
          ${qrCode(hotlineQr, msg(str`QR code for ${displayUrl(service.url)}`, {desc: 'Accessible name of the QR code image. Placeholder: the web address it encodes.'}))}
          <figcaption>${msg('Scan with your phone', {desc: 'Caption under the QR code beside the hotline, shown on wide screens.'})}</figcaption>
        </figure>`
        : nothing
    }
  </div>
  <p class="emergency">${text(ctx.texts.emergency, ctx)}</p>`;
}
