import {html, type TemplateResult} from 'lit';
import {pictogramPaths} from '../content/pictogram-paths.js';
import type {PictogramName} from '../content/pictograms.js';

/**
 * A pictogram beside a title, a need or an action, so a reader finds "a roof" or "a phone"
 * without reading. The text beside it says it all, so assistive technology skips it
 * (`aria-hidden`, and `focusable="false"` for old Edge). It strokes in `currentColor`: it
 * follows the text in dark mode and in forced colours. Every drawing shares these attributes;
 * only its path differs (pictogram-paths.ts, from @tabler/icons at generate time).
 */
export function pictogram(name: PictogramName): TemplateResult {
  return html`<svg class="pictogram" data-pictogram=${name} aria-hidden="true" focusable="false" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d=${pictogramPaths[name]}></path></svg>`;
}
