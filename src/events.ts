/**
 * The events a guide fires, each a typed class as in github/relative-time-element. Both bubble
 * and cross the shadow boundary, so a partner can listen on the guide or on any ancestor.
 */

/**
 * Fired on the guide just before it leaves the page, so a partner can clean up too.
 * It cannot be cancelled (the default): nothing may hold a reader on the page once they asked to go.
 */
export class KiutGuideExitEvent extends Event {
  constructor(readonly url: string) {
    super('kiut-guide-exit', {bubbles: true, composed: true});
  }
}

/** Fired on the guide after the reader picked another language in the switcher. */
export class KiutGuideLocaleChangeEvent extends Event {
  constructor(readonly locale: string) {
    super('kiut-guide-locale-change', {bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'kiut-guide-exit': KiutGuideExitEvent;
    'kiut-guide-locale-change': KiutGuideLocaleChangeEvent;
  }
}
