import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {serviceById} from '../content/service-by-id.js';
import type {WidgetFacts} from '../content/widget-types.js';
import type {RenderContext} from './context.js';
import {heading} from './heading.js';

/**
 * The sections that answer any of `needs`, in the source's order, with the hotline always
 * first. The matching is data (`needs` on each service in facts.yaml), not code.
 */
export function matchingSections(facts: WidgetFacts, needs: readonly string[]): string[] {
  return facts.sections
    .filter((section) => section.id === 'hotline' || section.services.some((id) => serviceById(facts, id)?.needs.some((n) => needs.includes(n))))
    .map((section) => section.id);
}

export interface FinderActions {
  choose(needs: string[]): void;
}

/** "What do you need?": large buttons that narrow the guide to the help that fits. */
/** `count`: how many places besides the hotline the guide now shows. */
export function finder(ctx: RenderContext, chosen: readonly string[], count: number, actions: FinderActions): TemplateResult {
  const questionId = `${ctx.idPrefix}finder-question`;
  const toggle = (need: string) => actions.choose(chosen.includes(need) ? chosen.filter((n) => n !== need) : ctx.facts.needs.filter((n) => n === need || chosen.includes(n)));
  const summary = chosen.length > 0 ? msg(str`Places that can help you: ${count}. The hotline is first.`, {desc: 'Finder result summary. Placeholder: number of matching services besides the hotline.'}) : '';
  return html`<section class="finder" part="finder" aria-labelledby=${questionId}>
    ${heading(ctx.headingLevel + 1, questionId, ctx.texts.needs.question)}
    <p class="finder-help">${msg('Choose one or more. The guide then shows only the help that fits.', {desc: 'Instruction under the finder question.'})}</p>
    <ul class="needs">
      ${ctx.facts.needs.map(
        (need) => html`<li>
          <button type="button" class="need" part="need-button" data-need=${need} aria-pressed=${chosen.includes(need) ? 'true' : 'false'} @click=${() => toggle(need)}>
            ${ctx.texts.needs[need]}
          </button>
        </li>`,
      )}
    </ul>
    <div class="visually-hidden" role="status">${summary}</div>
    ${chosen.length > 0
      ? html`<p class="finder-result" tabindex="-1">${summary}</p>
          <button type="button" class="reset" @click=${() => actions.choose([])}>${msg('Show the whole guide', {desc: 'Finder reset button: leaves the filtered view and shows every section again.'})}</button>`
      : nothing}
  </section>`;
}
