import {html, nothing, type TemplateResult} from 'lit';
import {resolveToken, splitTokens} from '../content/tokens.js';
import type {RenderContext} from './context.js';

/**
 * Renders a content text: plain strings stay text (Lit escapes them, so a string can never
 * become markup), and `{kind:id}` tokens become the fact they name (see resolveToken).
 */
export function text(source: string, ctx: RenderContext): TemplateResult {
  return html`${splitTokens(source).map((piece) => {
    if (typeof piece === 'string') return piece;
    const fact = resolveToken(piece, ctx.facts, ctx.texts.materials);
    if (!fact) return nothing;
    if (fact.kind === 'tel') return html`<a class="tel" href="tel:${fact.dial}">${fact.text}</a>`;
    // A material with no address yet is named, never linked to "#".
    return fact.url ? externalLink(fact.url, fact.text) : html`<cite>${fact.text}</cite>`;
  })}`;
}

/** The link text is the address itself, so the link says where it goes. No referrer leaves the page. */
export function externalLink(url: string, label: string): TemplateResult {
  // Validation admits only these schemes; this second check keeps a bad build from ever
  // rendering a javascript: link.
  if (!/^(https?:|mailto:|tel:)/i.test(url)) return html`${label}`;
  return html`<a href=${url} rel="noreferrer" referrerpolicy="no-referrer">${label}</a>`;
}
