import {css} from 'lit';

/**
 * Public tokens (`--kiut-*`) are only ever read, with a fallback, so a value a partner sets
 * on any ancestor wins. Private ones (`--_*`) are set on `.guide`, never on :host.
 */
export const styles = css`
  :host {
    /* Isolation from the partner page: inherited properties start from known values. */
    all: initial;
    display: block;
    /* Inherit the page's font unless --kiut-font-family says otherwise (all: initial reset it). */
    font-family: inherit;
  }
  :host([hidden]) {
    display: none;
  }

  .guide {
    /* The partner's styles reach the host (page rules beat :host); stop anything inherited
       from there here, then set what the guide needs. Custom properties pass through. */
    all: initial;
    display: block;
    --_accent: var(--kiut-accent, #9e1037);
    --_on-accent: var(--kiut-on-accent, #ffffff);
    --_text: var(--kiut-text, #1b1b1f);
    --_background: var(--kiut-background, #ffffff);
    --_surface: var(--kiut-surface, #f4f1ee);
    --_radius: var(--kiut-radius, 0.5em);
    /* The one length left on the page's root size: it is only room between blocks, and in em
       it would be each heading's own em. Text, targets and layout never follow the root. */
    --_space: var(--kiut-spacing, 1rem);
    --_link: var(--kiut-link, #0b4f8a);
    --_focus: var(--kiut-focus, #ffbf47);

    container-type: inline-size;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--kiut-font-family, inherit);
    /* The reader's own default size (all: initial gives it too): a host's 62.5 % or 10 px
       root, or its body size, never shrinks the guide. Every other size is in em of this. */
    font-size: var(--kiut-font-size, medium);
    line-height: 1.5;
    text-align: start;
    overflow-wrap: anywhere;
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  @media (prefers-color-scheme: dark) {
    .guide {
      --_accent: var(--kiut-accent, #ff8fa8);
      --_on-accent: var(--kiut-on-accent, #1b1b1f);
      --_text: var(--kiut-text, #f2f0ef);
      --_background: var(--kiut-background, #18181b);
      --_surface: var(--kiut-surface, #2a2a2f);
      --_link: var(--kiut-link, #9ccaff);
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .heading {
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
    line-height: 1.25;
    font-weight: 700;
  }
  .guide-title {
    font-size: 1.5em;
    margin-top: 0;
  }
  .section .heading {
    font-size: 1.25em;
  }
  /* Beside a title, a need or an action, in the text's colour (so in forced colours too). */
  .pictogram {
    width: 1.25em;
    height: 1.25em;
    margin-inline-end: 0.4em;
    vertical-align: -0.25em;
  }
  p,
  ul {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  ul {
    padding-inline-start: 1.5em;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_text);
  }

  /* The hotline card: the number is the biggest thing in the guide. */
  .hotline {
    display: flex;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.75);
    align-items: center;
    justify-content: space-between;
    margin: 0 0 var(--_space);
    border: 3px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .hotline-text {
    min-width: 0;
  }
  .hotline p {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .hotline-name {
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    margin-inline-end: 0.5em;
    padding: 0.1em 0.5em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .call {
    display: inline-flex;
    flex-direction: column;
    max-width: 100%;
    min-height: 48px;
    margin: 0 0 calc(var(--_space) * 0.5);
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    text-decoration: none;
  }
  .call-label {
    font-size: 0.875em;
    font-weight: 600;
  }
  .call-number {
    /* As large as the guide's width allows: the number never wraps, and never overflows at 320 px. */
    font-size: clamp(1.2em, 8.5cqi, 1.75em);
    font-weight: 800;
    white-space: nowrap;
    line-height: 1.2;
  }
  .hotline-facts span {
    display: block;
  }
  .qr-figure {
    display: none;
    margin: 0;
    text-align: center;
    font-size: 0.875em;
  }
  .qr {
    display: block;
    /* 8em of the guide's text: the figure's own em is 0.875 of it. */
    width: calc(8em / 0.875);
    height: calc(8em / 0.875);
    margin: 0 auto 0.25em;
  }
  /* A container query's em is the container's (.guide's) font size, never the page root's. */
  @container (min-width: 36em) {
    .qr-figure {
      display: block;
    }
  }

  /* The finder: large buttons, one tap each, easy to hit on a small phone. */
  .finder {
    margin: var(--_space) 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .finder .heading {
    margin-top: 0;
  }
  .needs,
  .switcher ul {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .needs {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  /* Every button of the guide: a large target with a visible edge. */
  .need,
  .reset,
  .listen,
  .switcher button,
  .exit-button {
    min-height: 48px;
    padding: 0.6em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .need {
    width: 100%;
    text-align: start;
  }
  .need[aria-pressed='true'],
  .listen[aria-pressed='true'],
  .switcher button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .need[aria-pressed='true']::before {
    content: '✓ ';
  }
  .reset {
    border-color: var(--_text);
  }
  .finder-result {
    font-weight: 700;
  }
  .switcher ul {
    display: flex;
    flex-wrap: wrap;
  }
  .switcher button {
    min-height: 44px;
  }

  .summary {
    font-size: 1.0625em;
  }
  .more > summary {
    cursor: pointer;
    min-height: 44px;
    padding-block: 0.5em;
    color: var(--_link);
    font-weight: 600;
  }
  .emergency {
    font-weight: 600;
  }
  /* Shown to someone across a counter or a doorway: the Hungarian large, what it means beneath. */
  .phrases {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .phrase-hu {
    display: block;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
  }
  .about {
    margin-top: calc(var(--_space) * 2);
    font-size: 0.875em;
  }

  /* Quick exit. */
  .exit-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5em;
    margin: calc(var(--_space) * -1) calc(var(--_space) * -1) var(--_space);
    padding: 0.5em var(--_space);
    background: var(--_background);
    z-index: 10;
  }
  .exit-sticky {
    position: sticky;
    top: 0;
  }
  .exit-fixed {
    position: fixed;
    top: 0.5em;
    inset-inline-end: 0.5em;
    margin: 0;
    background: transparent;
  }
  .exit-hint {
    font-size: 0.875em;
  }
  .exit-button {
    min-height: 44px;
    padding: 0.5em 1em;
    border-color: var(--_text);
    background: var(--_text);
    color: var(--_background);
    font-weight: 700;
  }
  /* Shift presses so far: three rings, filled one by one (GOV.UK's three lights). A filled
     ring is all border, so it stays filled in forced colours, where backgrounds are dropped. */
  .exit-steps {
    display: inline-flex;
    gap: 0.2em;
    margin-inline-start: 0.5em;
  }
  .exit-step {
    width: 0.6em;
    height: 0.6em;
    border: 2px solid;
    border-radius: 50%;
  }
  .exit-step-on {
    border-width: 0.3em;
  }
  /* The cover: a modal dialog (the browser places it fixed, over everything, in the top
     layer), white from edge to edge. */
  .cover {
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: #fff;
  }
  .cover::backdrop {
    background: #fff;
  }
  :host([exiting]) .guide {
    visibility: hidden;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .hotline,
    .phrases,
    .exit-button,
    .badge,
    .call,
    .need,
    .reset,
    .listen,
    .switcher button {
      border: 2px solid CanvasText;
    }
    .call {
      color: LinkText;
    }
    .qr {
      forced-color-adjust: none;
    }
    .need[aria-pressed='true'],
    .listen[aria-pressed='true'],
    .switcher button[aria-pressed='true'] {
      border-width: 4px;
      border-color: Highlight;
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible {
      outline-color: Highlight;
    }
  }

  /* No motion anywhere: nothing animates, so prefers-reduced-motion is honoured by design,
     and a state change is never caught half-way. */

  @media print {
    .guide {
      color: #000;
      background: #fff;
      padding: 0;
    }
    .exit-bar,
    .switcher,
    .finder,
    .listen,
    .cover {
      display: none !important;
    }
    .hotline {
      break-inside: avoid;
      background: #fff;
      border-color: #000;
    }
    .call,
    .badge {
      background: #fff;
      color: #000;
      border: 2px solid #000;
    }
    a {
      color: #000;
    }
    .section {
      break-inside: avoid-page;
    }
  }
`;
