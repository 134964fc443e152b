/**
 * What the reader sees and hears of quick exit: the button with the shortcut's hint, the
 * indicator of Shift presses (three dots, as GOV.UK's three lights), the status region that
 * says how many presses remain, and the cover that hides everything on the way out.
 * The words are short and neutral: a person nearby may hear them (govuk-frontend #3061, #3062).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {ExitPosition} from '../attributes.js';
import type {Announcement, QuickExitController} from './quick-exit-controller.js';
import {actionPictogram} from '../templates/pictogram.js';

function announcement(kind: Announcement): string {
  if (kind === 'two-more') {
    return msg('Press Shift 2 more times to leave', {
      desc: 'Announced to screen readers after the first Shift press of the quick-exit shortcut. Keep it short: a person nearby may hear it.',
    });
  }
  if (kind === 'one-more') {
    return msg('Press Shift 1 more time to leave', {
      desc: 'Announced to screen readers after the second Shift press of the quick-exit shortcut. Keep it short: a person nearby may hear it.',
    });
  }
  return kind === 'reset'
    ? msg('Shift count reset', {
        desc: 'Announced to screen readers when 5 seconds passed after a Shift press, so the quick-exit shortcut starts again from zero.',
      })
    : '';
}

// The templates keep little whitespace: Lit ships it as written, in every copy of the bundle.
export function exitBar(quickExit: QuickExitController, position: ExitPosition, leave: () => void): TemplateResult {
  const hintId = 'exit-hint';
  const presses = quickExit.presses;
  const steps = presses
    ? html`<span class="exit-steps" aria-hidden="true">${[1, 2, 3].map((step) => html`<span class="exit-step ${step <= presses ? 'exit-step-on' : ''}"></span>`)}</span>`
    : nothing;
  return html`<div class="exit-bar exit-${position}"><span class="exit-hint" id=${hintId}>${msg('Or press Shift 3 times', {
    desc: 'Hint beside the quick-exit button: the keyboard shortcut that leaves the page.',
  })}</span> <button class="exit-button" part="exit-button" type="button" aria-describedby=${hintId} @click=${leave}>${actionPictogram('exit')}${msg(
    'Leave this page',
    {
      desc: 'Quick-exit button: leaves the guide at once for a neutral website. Keep it short and plain.',
    },
  )}${steps}</button><span class="visually-hidden" role="status">${announcement(quickExit.announcement)}</span></div>`;
}

/**
 * The cover: a modal dialog, so it lies in the top layer above anything the partner's page
 * stacks, and everything else becomes inert. White, with its one sentence for screen readers
 * only: a blank screen draws no eyes.
 */
export function exitCover(quickExit: QuickExitController): TemplateResult {
  const leaving = quickExit.leaving
    ? msg('Leaving the page', {desc: 'Announced to screen readers the moment quick exit starts, while the neutral website loads. Keep it short and neutral.'})
    : '';
  return html`<dialog class="cover"><p class="visually-hidden" role="alert">${leaving}</p></dialog>`;
}
