/**
 * Listen: a summary read aloud by the browser's own speech synthesis, as a Lit reactive
 * controller. The element renders what this holds (templates/listen.ts).
 *
 * Only a voice on the device itself (`localService`) of the language read is used: a network
 * voice sends the text to a third party, and the guide sends nothing anywhere. Where there is
 * none, there is no Listen button. On Linux today that is everywhere: Firefox marks every
 * speech-dispatcher voice `localService: false`, headless Chromium lists none. Voices arrive
 * late (`voiceschanged`), and the button appears when one does.
 *
 * One utterance at a time, across every guide on the page (there is one `speechSynthesis`): a
 * new one cancels the one before. Quick exit cancels speech itself (quick-exit-controller.ts),
 * whether or not a guide started it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** What screen readers were last told: nothing yet, reading started, or reading stopped. */
export type SpeechNews = '' | 'start' | 'stop';

// Read at each use, never kept: a browser without speech has none, and tests put in their own.
const synth = (): SpeechSynthesis | undefined => window.speechSynthesis;

export class Speech implements ReactiveController {
  /** Which text is being read (the key its button gave), or '' while silent. */
  playing = '';
  news: SpeechNews = '';

  readonly #host: ReactiveControllerHost;
  #utterance: SpeechSynthesisUtterance | undefined;
  /** The language being read: a guide that changes language stops reading the old one. */
  #locale = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    synth()?.addEventListener('voiceschanged', this.#voices);
  }

  /** A guide taken off the page stops talking. */
  hostDisconnected(): void {
    synth()?.removeEventListener('voiceschanged', this.#voices);
    if (this.#utterance) synth()?.cancel();
  }

  readonly #voices = (): void => this.#host.requestUpdate();

  /** A voice on this device for `locale` (hu-HU or hu_HU for hu; zh-CN for zh-Hans), if there is one. */
  voice(locale: string): SpeechSynthesisVoice | undefined {
    // Ours are lower case (content/); a browser's may not be.
    const language = locale.split('-')[0];
    return synth()
      ?.getVoices()
      .find((voice) => voice.localService && voice.lang.split(/[-_]/)[0].toLowerCase() === language);
  }

  /**
   * Called by each render with the language it shows: reading in another one stops, so the
   * voice never goes on in a language the page no longer shows. No requestUpdate: the host is
   * rendering, and renders what this sets.
   */
  keepTo(locale: string): void {
    if (!this.#utterance || locale === this.#locale) return;
    this.#utterance = undefined;
    synth()?.cancel();
    this.playing = '';
    this.news = 'stop';
  }

  /**
   * Reads `text` in `lang`, or stops when `key` is the one reading. It never starts by itself:
   * only a button calls this. `shownIn` is the guide's language, which `lang` is too except on
   * the phrase card, read in Hungarian to the person the reader shows it to.
   */
  toggle(key: string, text: string, shownIn: string, lang = shownIn): void {
    const speech = synth();
    const voice = this.voice(lang);
    speech?.cancel();
    this.#utterance = undefined;
    if (key === this.playing || !speech || !voice) return this.#show('', 'stop');
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.voice = voice;
    // The end of this utterance, or its cancelling (by another button, another guide, the exit).
    // Never cancel() here: that would silence what another guide has just started.
    utterance.onend = utterance.onerror = () => {
      if (utterance !== this.#utterance) return;
      this.#utterance = undefined;
      this.#show('', 'stop');
    };
    this.#utterance = utterance;
    this.#locale = shownIn;
    speech.speak(utterance);
    this.#show(key, 'start');
  }

  #show(playing: string, news: SpeechNews): void {
    this.playing = playing;
    this.news = news;
    this.#host.requestUpdate();
  }
}
