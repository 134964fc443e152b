/**
 * Quick exit, as a Lit reactive controller: the Shift shortcut's registration and progress,
 * what screen readers hear, the exit itself, and the reset when a browser shows the page again
 * from its back-forward cache. The element renders what this holds (exit-bar.ts) and keeps a
 * thin `leave()` that calls `leave()` here.
 *
 * Leaving, in this order, all in one task so no frame is painted in between:
 *  0. speech stops (a voice reading the guide aloud would go on after the page is gone);
 *  1. the guide hides and its cover (a modal <dialog>, in the top layer, white) opens over the
 *     whole page; the page itself is hidden too, its title blanked, its referrer policy set to
 *     no-referrer (cloak-page.ts);
 *  2. the cover announces "Leaving the page";
 *  3. `kiut-guide-exit` fires, so the partner's page can clean up (it cannot cancel);
 *  4. `location.replace(url)`: the page is replaced in the history, so Back does not return.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {cloakPage, type Cloak} from './cloak-page.js';
import {KiutGuideExitEvent} from '../events.js';
import {addShortcutListener, removeShortcutListener, resetShortcut, type ShortcutListener} from './shortcut-listener.js';

/** What screen readers are told, as a kind: the words are chosen at render, in the guide's language. */
export type Announcement = 'none' | 'two-more' | 'one-more' | 'reset';

export interface QuickExitOptions {
  /** Whether quick exit is on (the element's `no-exit` is off). */
  enabled(): boolean;
  /** Where to go: the element's checked `exit-url`, or the default. */
  url(): string;
  /** The cover dialog in the element's shadow root, once rendered. */
  cover(): HTMLDialogElement | null;
  /** What the third Shift press does: the element's public leave(), which calls leave() here. */
  shortcut(): void;
}

export class QuickExitController implements ReactiveController, ShortcutListener {
  /** Shift presses counted so far (0–2), for the visible indicator. */
  presses = 0;
  announcement: Announcement = 'none';
  /** True from the moment of leaving until the page is shown again. */
  leaving = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: QuickExitOptions;
  #listening = false;
  #cloak: Cloak | undefined;
  #silence: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: QuickExitOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pageshow', this.#pageShow);
    this.#sync();
  }

  hostDisconnected(): void {
    window.removeEventListener('pageshow', this.#pageShow);
    this.#sync();
  }

  /** Before each update: `no-exit` may have changed. */
  hostUpdate(): void {
    this.#sync();
  }

  #sync(): void {
    const listen = this.#host.isConnected && this.#options.enabled();
    if (listen === this.#listening) return;
    this.#listening = listen;
    if (listen) {
      addShortcutListener(this);
    } else {
      removeShortcutListener(this);
      this.#show(0, 'none');
    }
  }

  shortcutProgress(count: number, outcome: 'none' | 'counted' | 'reset'): void {
    // A reset is only news when something was counted.
    this.#show(count, outcome === 'counted' ? (count === 1 ? 'two-more' : 'one-more') : outcome === 'reset' && this.presses ? 'reset' : 'none');
  }

  shortcutLeave(): void {
    this.#options.shortcut();
  }

  #show(presses: number, announcement: Announcement): void {
    clearTimeout(this.#silence);
    this.presses = presses;
    this.announcement = announcement;
    // "Reset" is said once; left in the status region it would be read again later.
    if (announcement === 'reset') this.#silence = setTimeout(() => this.#show(0, 'none'), 5000);
    this.#host.requestUpdate();
  }

  /** Leaves at once. Does nothing when quick exit is off. */
  leave(): void {
    if (!this.#options.enabled()) return;
    // 0. Silence first: whatever reads aloud (a Listen button, or anything else on the page).
    window.speechSynthesis?.cancel();
    const url = this.#options.url();
    resetShortcut();
    clearTimeout(this.#silence);
    this.presses = 0;
    this.announcement = 'none';
    this.leaving = true;
    // 1. Nothing of the guide or the page stays visible or readable. The cover opens first:
    // opening a modal dialog brings the styles up to date, which costs least while nothing
    // else has changed yet.
    const cover = this.#options.cover();
    // (A guide removed from the page has no cover that can open; the page still hides.)
    if (cover?.isConnected && !cover.open) cover.showModal();
    this.#host.toggleAttribute('exiting', true);
    this.#cloak ??= cloakPage(this.#host.ownerDocument);
    // 2. The announcement is rendered into the cover, now shown (see exit-bar.ts).
    this.#host.requestUpdate();
    // 3. The partner's page may clean up; it already sees everything hidden.
    this.#host.dispatchEvent(new KiutGuideExitEvent(url));
    // 4. replace(), not assign(): the Back button must not return to this page.
    window.location.replace(url);
  }

  /**
   * A page restored from the back-forward cache comes back as it was when it was left:
   * hidden. Show it again, as it was before the reader pressed anything.
   */
  readonly #pageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    this.#cloak?.restore();
    this.#cloak = undefined;
    this.leaving = false;
    this.#host.toggleAttribute('exiting', false);
    this.#options.cover()?.close();
    resetShortcut();
    this.#show(0, 'none');
  };
}
