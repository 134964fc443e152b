import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {Block} from '../content/widget-types.js';
import {serviceById} from '../content/service-by-id.js';
import type {RenderContext} from './context.js';
import {heading} from './heading.js';
import {contentPictogram} from './pictogram.js';
import {sectionPictograms} from '../content/pictograms.js';
import {hotlineCard} from './hotline-card.js';
import {listenButton} from './listen.js';
import {text} from './text.js';

function block(item: Block, ctx: RenderContext): TemplateResult {
  if (typeof item === 'string') return html`<p>${text(item, ctx)}</p>`;
  if ('list' in item) return html`<ul>${item.list.map((entry) => html`<li>${text(entry, ctx)}</li>`)}</ul>`;
  // A service's types, or who it admits: lists kept as data in facts.yaml.
  if ('types' in item) return html`<ul>${(serviceById(ctx.facts, item.types)?.types ?? []).map((type) => html`<li>${ctx.texts.types[type]}</li>`)}</ul>`;
  return html`<ul class="eligibility">${(serviceById(ctx.facts, item.eligibility)?.eligibility ?? []).map((id) => html`<li>${ctx.texts.eligibility[id]}</li>`)}</ul>`;
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

/** What a "More" shows while the full texts are fetched (they come when the first one opens), or if they cannot come. */
function fullTextsStatus(state: 'loading' | 'failed'): TemplateResult {
  return html`<p class="more-status" role="status">${
    state === 'failed'
      ? msg('The full text could not be loaded. The summary above and the numbers on this page still work.', {
          desc: 'Shown inside an opened "More" when its text cannot be downloaded (offline, blocked).',
        })
      : msg('Loading the full text…', {desc: 'Shown inside an opened "More" for the moment its text is being downloaded.'})
  }</p>`;
}

/**
 * One section of the guide: its heading, a Listen button, a plain-language summary, then the
 * full text of the source in a native <details>, which works with every screen reader and at
 * 320 px without script of ours; the full texts are fetched when the first "More" opens
 * (languages.ts). In the hotline's section the hotline card's Listen button reads the summary,
 * with the number. The no-trace tips are never folded away: they matter most when time is short.
 */
export function section(id: string, ctx: RenderContext): TemplateResult {
  const texts = ctx.texts.sections[id];
  const headingId = id;
  const full = html`${texts.blocks.map((item) => block(item, ctx))}${id === 'no-trace' && ctx.quickExit ? quickExitTip() : nothing}`;
  return html`<section class="section section-${id}" part="section" aria-labelledby=${headingId} data-section=${id}>
    ${heading(ctx.headingLevel + 1, headingId, html`${contentPictogram(ctx, sectionPictograms[id])}${texts.title}`)}
    ${id === 'hotline' ? hotlineCard(ctx, texts.summary) : listenButton(ctx, id, texts.title, texts.summary)}
    <p class="summary">${texts.summary.map((sentence, index) => html`${index > 0 ? ' ' : ''}${text(sentence, ctx)}`)}</p>
    ${
      id === 'no-trace'
        ? full
        : html`<details class="more" @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && ctx.openMore()}>
          <summary>${msg('More', {desc: 'Opens the full text of a guide section below its short summary.'})}<span class="visually-hidden">: ${texts.title}</span></summary>
          ${ctx.fullTexts === 'here' ? full : fullTextsStatus(ctx.fullTexts)}
        </details>`
    }
  </section>`;
}
