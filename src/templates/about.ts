import {html, nothing, type TemplateResult} from 'lit';
import {awaitsReview} from '../content/review.js';
import type {RenderContext} from './context.js';

/**
 * The guide's last, small line: where its facts come from and when the content was last
 * updated, and, while a native speaker has not checked the texts, a line that says so.
 */
export function about(ctx: RenderContext): TemplateResult {
  const {about: texts} = ctx.texts;
  return html`<footer class="about">
    <p>${texts.sources} ${texts.updated} <time datetime=${ctx.facts.updated}>${ctx.facts.updated}</time></p>
    ${awaitsReview(ctx.texts) ? html`<p class="unreviewed">${texts.unreviewed}</p>` : nothing}
  </footer>`;
}
