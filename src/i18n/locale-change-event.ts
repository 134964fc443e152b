/** Fired on the guide after the reader picked another language in the switcher. */
export class KiutGuideLocaleChangeEvent extends Event {
  constructor(readonly locale: string) {
    super('kiut-guide-locale-change', {bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'kiut-guide-locale-change': KiutGuideLocaleChangeEvent;
  }
}
