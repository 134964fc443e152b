import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {Block} from '../content/types.js';
import {serviceById} from '../content/service-by-id.js';
import type {RenderContext} from './context.js';
import {heading} from './heading.js';
import {hotlineCard} from './hotline-card.js';
import {text} from './text.js';

function block(item: Block, ctx: RenderContext): TemplateResult {
  if (typeof item === 'string') return html`<p>${text(item, ctx)}</p>`;
  if ('list' in item) return html`<ul>${item.list.map((entry) => html`<li>${text(entry, ctx)}</li>`)}</ul>`;
  const service = serviceById(ctx.facts, item.types);
  return html`<ul>${(service?.types ?? []).map((type) => html`<li>${ctx.texts.types[type]}</li>`)}</ul>`;
}

/** Who a service admits, from the `eligibility` data in facts.yaml. */
function eligibility(sectionId: string, ctx: RenderContext): TemplateResult[] {
  const section = ctx.facts.sections.find((s) => s.id === sectionId);
  return (section?.services ?? []).flatMap((id) => {
    const ids = serviceById(ctx.facts, id)?.eligibility ?? [];
    if (ids.length === 0) return [];
    return [
      html`<div class="eligibility">
        <p class="eligibility-title">${ctx.texts.eligibility.title}</p>
        <ul>${ids.map((e) => html`<li>${ctx.texts.eligibility[e]}</li>`)}</ul>
      </div>`,
    ];
  });
}

/**
 * The quick-exit tip describes the guide's own controls, so it is interface text, and it is
 * shown only when those controls are there (not with `no-exit`, and never on paper).
 */
function quickExitTip(): TemplateResult {
  return html`<p>${msg('To leave this page at once, press the "Leave this page" button, or press the Shift key 3 times.', {
    desc: 'Last tip of the "how to leave no trace" section. Use the same words as the quick-exit button.',
  })}</p>`;
}

/** One section of the guide: its heading, then its blocks in the source's order. */
export function section(id: string, ctx: RenderContext): TemplateResult {
  const texts = ctx.texts.sections[id];
  const headingId = `${ctx.idPrefix}${id}`;
  return html`<section class="section section-${id}" part="section" aria-labelledby=${headingId} data-section=${id}>
    ${heading(ctx.headingLevel + 1, headingId, texts.title)}
    ${id === 'hotline' ? hotlineCard(ctx) : ''}
    ${texts.blocks.map((item) => block(item, ctx))}
    ${id === 'no-trace' && ctx.quickExit ? quickExitTip() : nothing}
    ${eligibility(id, ctx)}
  </section>`;
}
