import {html, nothing, type TemplateResult} from 'lit';
import {displayUrl, splitTokens} from '../content/tokens.js';
import {serviceById} from '../content/service-by-id.js';
import type {RenderContext} from './context.js';

/**
 * Renders a content text: plain strings stay text (Lit escapes them, so a string can never
 * become markup), and `{kind:id}` tokens become the fact they name.
 */
export function text(source: string, ctx: RenderContext): TemplateResult {
  return html`${splitTokens(source).map((piece) => {
    if (typeof piece === 'string') return piece;
    if (piece.kind === 'material') {
      const material = ctx.facts.materials.find((m) => m.id === piece.id);
      const title = ctx.texts.materials[piece.id] ?? '';
      // A material with no address yet is named, never linked to "#".
      return material?.url ? externalLink(material.url, title) : html`<cite>${title}</cite>`;
    }
    const service = serviceById(ctx.facts, piece.id);
    if (!service) return nothing;
    if (piece.kind === 'link' && service.url) return externalLink(service.url, displayUrl(service.url));
    if ((piece.kind === 'tel' || piece.kind === 'tel-domestic') && service.phone) {
      const shown = piece.kind === 'tel-domestic' ? service.phone.domestic : service.phone.international;
      return html`<a class="tel" href="tel:${service.phone.e164}">${shown}</a>`;
    }
    // A short number such as 112 is dialled as it is, from anywhere.
    if (piece.kind === 'tel' && service.dial) return html`<a class="tel" href="tel:${service.dial}">${service.dial}</a>`;
    return nothing;
  })}`;
}

/** The link text is the address itself, so the link says where it goes. No referrer leaves the page. */
export function externalLink(url: string, label: string): TemplateResult {
  // Validation admits only these schemes; this second check keeps a bad build from ever
  // rendering a javascript: link.
  if (!/^(https?:|mailto:|tel:)/i.test(url)) return html`${label}`;
  return html`<a href=${url} rel="noreferrer" referrerpolicy="no-referrer">${label}</a>`;
}
