import {html, nothing, type TemplateResult} from 'lit';
import {actionPictogramPaths} from '../content/action-pictogram-paths.js';
import {actionPictograms, type PictogramName} from '../content/pictograms.js';
import type {RenderContext} from './context.js';

/**
 * A pictogram beside a title, a need or an action, so a reader finds "a roof" or "a phone"
 * without reading. The text beside it says it all, so assistive technology skips it
 * (`aria-hidden`, and `focusable="false"` for old Edge). It strokes in `currentColor`: it
 * follows the text in dark mode and in forced colours. Every drawing shares these attributes;
 * only its path `d` differs (from @tabler/icons at generate time): the actions' are in the
 * script, the sections' and the needs' in each language's first file (`ctx.texts.pictograms`).
 */
function pictogram(name: PictogramName, d: string | undefined): TemplateResult | typeof nothing {
  return d
    ? html`<svg class="pictogram" data-pictogram=${name} aria-hidden="true" focusable="false" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d=${d}></path></svg>`
    : nothing;
}

/** The pictogram of a section or a need, whose drawing came with the language's first file. */
export const contentPictogram = (ctx: RenderContext, name: PictogramName) => pictogram(name, ctx.texts.pictograms?.[name]);

/** The pictogram of an action: call, leave the page, listen. */
export const actionPictogram = (action: keyof typeof actionPictograms) => pictogram(actionPictograms[action], actionPictogramPaths[action]);
