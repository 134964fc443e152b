import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {RenderContext} from './context.js';
import {heading} from './heading.js';
import {contentPictogram} from './pictogram.js';
import {needPictograms} from '../content/pictograms.js';

export interface FinderActions {
  choose(needs: string[]): void;
}

/** What the finder's result says: OKIT first, then how many other places can help. */
function summaryText(count: number): string {
  if (count === 0)
    return msg('Call OKIT first. They can tell you what help is available.', {
      desc: 'Finder result when no place besides the OKIT hotline fits the choice. OKIT is the name of the hotline.',
    });
  return msg(str`OKIT first. Other help listed below: ${count}.`, {
    desc: 'Finder result summary. OKIT is the name of the hotline, shown first. Placeholder: how many other sections of help are listed below. Not all of them can help at once (some are office-hours services or directories), so do not say "places that can help".',
  });
}

/**
 * "What do you need?": large buttons that narrow the guide to the help that fits. `count`: how
 * many places besides the hotline the guide now shows.
 */
export function finder(ctx: RenderContext, chosen: readonly string[], count: number, actions: FinderActions): TemplateResult {
  const questionId = 'finder-question';
  const toggle = (need: string) =>
    actions.choose(chosen.includes(need) ? chosen.filter((n) => n !== need) : ctx.facts.needs.filter((n) => n === need || chosen.includes(n)));
  const summary = chosen.length > 0 ? summaryText(count) : '';
  return html`<section class="finder" part="finder" aria-labelledby=${questionId}>
    ${heading(ctx.headingLevel + 1, questionId, ctx.texts.needs.question)}
    <p class="finder-help">${msg('Choose one or more. The guide then shows only the help that fits.', {desc: 'Instruction under the finder question.'})}</p>
    <ul class="needs">
      ${ctx.facts.needs.map(
        (need) => html`<li>
          <button type="button" class="need" part="need-button" data-need=${need} aria-pressed=${chosen.includes(need) ? 'true' : 'false'} @click=${() => toggle(need)}>
            ${contentPictogram(ctx, needPictograms[need])}${ctx.texts.needs[need]}
          </button>
        </li>`,
      )}
    </ul>
    <div class="visually-hidden" role="status">${summary}</div>
    ${
      chosen.length > 0
        ? html`<p class="finder-result" tabindex="-1">${summary}</p>
          <button type="button" class="reset" @click=${() => actions.choose([])}>${msg('Show the whole guide', {desc: 'Finder reset button: leaves the filtered view and shows every section again.'})}</button>`
        : nothing
    }
  </section>`;
}
