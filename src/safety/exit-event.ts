/**
 * Fired on the guide just before it leaves the page, so a partner can clean up too.
 * It cannot be cancelled: nothing may hold a reader on the page once they asked to go.
 */
export class KiutGuideExitEvent extends Event {
  constructor(readonly url: string) {
    // Not cancelable (the default): nothing may hold the reader on the page.
    super('kiut-guide-exit', {bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'kiut-guide-exit': KiutGuideExitEvent;
  }
}
