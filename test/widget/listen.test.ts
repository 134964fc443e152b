/**
 * Listen: the summaries read aloud with the browser's own speech synthesis, only with a voice
 * of this device. speechSynthesis is replaced by a fake (the engines here have no local voice,
 * and a real voice would make the tests depend on the machine's sound); the fake records what
 * the guide asked it to say. The last test looks at Firefox's real voices, which are not local.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {KiutGuide} from '../../src/kiut-guide.js';
import {darkGuide, darkMarks, expectAccessibleIn} from './dark.js';
import {markedIt} from './engine.js';
import {shadow, visibleText} from './helpers.js';
import {exitTarget, nextLoad, openPage, removeFrames} from './safety/helpers.js';

type Voice = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'name'>;

class FakeUtterance {
  lang = '';
  voice: Voice | null = null;
  onend: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(readonly text: string) {}
}

/** What the guide asks of speechSynthesis, in order. Like a browser, cancel() ends the current utterance later, with an error. */
class FakeSpeech extends EventTarget {
  calls: string[] = [];
  said: FakeUtterance[] = [];
  current: FakeUtterance | undefined;
  constructor(public voices: Voice[]) {
    super();
  }
  getVoices(): Voice[] {
    return this.voices;
  }
  speak(utterance: FakeUtterance): void {
    this.calls.push('speak');
    this.said.push(utterance);
    this.current = utterance;
  }
  cancel(): void {
    this.calls.push('cancel');
    const cancelled = this.current;
    this.current = undefined;
    if (cancelled) setTimeout(() => cancelled.onerror?.(new Event('error')), 0);
  }
  /** The voice reaches the end. */
  finish(): void {
    const done = this.current;
    this.current = undefined;
    done?.onend?.(new Event('end'));
  }
}

const localHu: Voice = {lang: 'hu-HU', localService: true, name: 'Hungarian (this device)'};
const localUk: Voice = {lang: 'uk_UA', localService: true, name: 'Ukrainian (this device)'};
const localEn: Voice = {lang: 'en-GB', localService: true, name: 'English (this device)'};
const networkHu: Voice = {lang: 'hu-HU', localService: false, name: 'Hungarian (online)'};
const networkEn: Voice = {lang: 'en-US', localService: false, name: 'English (online)'};

const restore: (() => void)[] = [];

/** Puts `speech` (undefined: none at all) and the fake utterance into `win`, until afterEach. */
function install(speech: FakeSpeech | undefined, win: Window = window): FakeSpeech | undefined {
  for (const [name, value] of [
    ['speechSynthesis', speech],
    ['SpeechSynthesisUtterance', FakeUtterance],
  ] as const) {
    const original = Object.getOwnPropertyDescriptor(win, name);
    Object.defineProperty(win, name, {value, configurable: true, writable: true});
    restore.push(() => (original ? Object.defineProperty(win, name, original) : delete (win as unknown as Record<string, unknown>)[name]));
  }
  return speech;
}

afterEach(() => {
  while (restore.length > 0) restore.pop()!();
  removeFrames();
});

const listenButtons = (el: KiutGuide) => [...shadow(el).querySelectorAll<HTMLButtonElement>('button.listen')];
const listenIn = (el: KiutGuide, section: string) => shadow(el).querySelector<HTMLButtonElement>(`[data-section="${section}"] button.listen`)!;
const cardButton = (el: KiutGuide) => shadow(el).querySelector<HTMLButtonElement>('.hotline button.listen')!;
const statusText = (el: KiutGuide) => visibleText(shadow(el).querySelector('.guide > [role="status"]')!);
const summaryOf = (el: KiutGuide, section: string) => visibleText(shadow(el).querySelector(`[data-section="${section}"] .summary`)!);

async function guide(speech: FakeSpeech | undefined, lang = 'hu'): Promise<KiutGuide> {
  install(speech);
  return fixture<KiutGuide>(html`<kiut-guide lang=${lang}></kiut-guide>`);
}

async function press(el: KiutGuide, button: HTMLButtonElement): Promise<void> {
  button.click();
  await el.updateComplete;
}

describe('listen', () => {
  it('with a local voice: a button on every summary and on the hotline card, that never starts by itself', async () => {
    const speech = install(new FakeSpeech([networkHu, localHu]))!;
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    const sections = [...shadow(el).querySelectorAll('[data-section]')];
    for (const section of sections) {
      const id = section.getAttribute('data-section')!;
      // In the hotline's section, the card's button reads the summary.
      expect(section.querySelectorAll('button.listen'), id).to.have.length(1);
      if (id !== 'hotline') expect(visibleText(listenIn(el, id)), id).to.equal(`Meghallgatom: ${visibleText(section.querySelector('.heading')!)}`);
    }
    expect(visibleText(cardButton(el))).to.equal('Meghallgatom: OKIT');
    // Each with the listen pictogram (a speaker), hidden from assistive technology.
    for (const button of listenButtons(el)) {
      const svg = button.querySelector('svg.pictogram')!;
      expect([svg.getAttribute('data-pictogram'), svg.getAttribute('aria-hidden')]).to.deep.equal(['volume', 'true']);
    }
    expect(listenButtons(el).every((b) => b.getAttribute('aria-pressed') === 'false')).to.be.true;
    expect(speech.calls).to.deep.equal([]);
    expect(statusText(el)).to.equal('');
  });

  it('speaks the summary, in the guide’s language, with the local voice, numbers digit by digit', async () => {
    const speech = new FakeSpeech([networkHu, localHu]);
    const el = await guide(speech);
    await press(el, listenIn(el, 'domestic-violence'));
    expect(speech.calls).to.deep.equal(['cancel', 'speak']);
    const [utterance] = speech.said;
    expect(utterance.lang).to.equal('hu');
    expect(utterance.voice).to.equal(localHu);
    // What the reader sees, with the number said so it can be dialled, and a stop after it.
    const seen = summaryOf(el, 'domestic-violence');
    expect(seen).to.contain('+36 80 20 55 20');
    expect(utterance.text).to.equal(seen.replace('+36 80 20 55 20', 'plusz 3 6, 8 0, 2 0, 5 5, 2 0.'));
    // The summary, never the long text.
    expect(utterance.text).to.not.contain(visibleText(shadow(el).querySelector('[data-section="domestic-violence"] details p')!));
  });

  it('the hotline card reads the summary, then the card, the number last', async () => {
    const speech = new FakeSpeech([localHu]);
    const el = await guide(speech);
    await press(el, cardButton(el));
    const {text} = speech.said[0];
    expect(text.startsWith(summaryOf(el, 'hotline'))).to.be.true;
    expect(text).to.contain('Országos Kríziskezelő és Információs Telefonszolgálat (OKIT).');
    expect(text.endsWith('Hívás: plusz 3 6, 8 0, 2 0, 5 5, 2 0.')).to.be.true;
  });

  it('in the compact layout, the card reads the card alone', async () => {
    const speech = install(new FakeSpeech([localEn]))!;
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="en" layout="compact"></kiut-guide>`);
    expect(listenButtons(el)).to.have.length(1);
    await press(el, cardButton(el));
    expect(speech.said[0].lang).to.equal('en');
    expect(speech.said[0].text).to.match(/^National Crisis Management .*\(OKIT\)\. .*Call: plus 3 6, 8 0, 2 0, 5 5, 2 0\.$/);
  });

  it('says its words in the guide’s language: Ukrainian, with a uk_UA voice', async () => {
    const speech = new FakeSpeech([localHu, localUk]);
    const el = await guide(speech, 'uk');
    const button = listenIn(el, 'shelters');
    expect(visibleText(button)).to.match(/^Прослухати: /);
    await press(el, button);
    expect(speech.said[0].lang).to.equal('uk');
    expect(speech.said[0].voice).to.equal(localUk);
    expect(visibleText(button)).to.match(/^Зупинити: /);
  });

  it('with only network voices, or a local voice of another language, there is no button', async () => {
    // (A local Hungarian voice on a guide in another language reads its phrase card: below.)
    for (const [voices, lang] of [
      [[networkHu, networkEn], 'hu'],
      [[networkHu, networkEn], 'en'],
      [[localUk, networkEn], 'en'],
      [[localEn, networkHu], 'hu'],
      [[], 'hu'],
    ] as const) {
      const el = await guide(new FakeSpeech([...voices]), lang);
      expect(listenButtons(el), `${lang}: ${voices.map((v) => v.name).join(', ')}`).to.have.length(0);
      expect(shadow(el).querySelector('.guide > [role="status"]')).to.be.null;
      restore
        .splice(0)
        .reverse()
        .forEach((undo) => undo());
    }
  });

  it('without speechSynthesis at all, there is no button and no error', async () => {
    const el = await guide(undefined);
    expect(listenButtons(el)).to.have.length(0);
    expect(visibleText(shadow(el).querySelector('.call')!)).to.contain('+36 80 20 55 20');
  });

  it('appears when a local voice arrives late (voiceschanged)', async () => {
    const speech = new FakeSpeech([]);
    const el = await guide(speech);
    expect(listenButtons(el)).to.have.length(0);
    speech.voices = [localHu];
    speech.dispatchEvent(new Event('voiceschanged'));
    await el.updateComplete;
    expect(listenButtons(el).length).to.be.above(1);
  });

  it('a second press stops it; its label, pressed state and the status say so', async () => {
    const speech = new FakeSpeech([localHu]);
    const el = await guide(speech);
    const button = listenIn(el, 'shelters');
    await press(el, button);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(visibleText(button)).to.equal('Leállítom: Védett szállások');
    expect(statusText(el)).to.equal('Felolvasás elindult');
    expect(shadow(el).querySelector('.guide > [role="status"]')!.getAttribute('role')).to.equal('status');
    await press(el, button);
    expect(speech.calls).to.deep.equal(['cancel', 'speak', 'cancel']);
    expect(speech.said).to.have.length(1);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(visibleText(button)).to.equal('Meghallgatom: Védett szállások');
    expect(statusText(el)).to.equal('A felolvasás leállt');
  });

  it('the status says when the voice reaches the end', async () => {
    const speech = new FakeSpeech([localEn]);
    const el = await guide(speech, 'en');
    const button = listenIn(el, 'shelters');
    await press(el, button);
    expect(statusText(el)).to.equal('Reading aloud');
    speech.finish();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(visibleText(button)).to.match(/^Listen: /);
    expect(statusText(el)).to.equal('Reading stopped');
  });

  it('pressing another section’s button stops the first: one utterance at a time', async () => {
    const speech = new FakeSpeech([localHu]);
    const el = await guide(speech);
    const first = listenIn(el, 'shelters');
    const second = listenIn(el, 'victim-support');
    await press(el, first);
    await press(el, second);
    expect(speech.calls).to.deep.equal(['cancel', 'speak', 'cancel', 'speak']);
    expect(speech.said.map((u) => u.text)).to.deep.equal([summaryOf(el, 'shelters'), speech.said[1].text]);
    expect(speech.said[1].text).to.contain('Áldozatsegítő Vonal');
    // The first utterance's late "cancelled" event does not stop the second.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(first.getAttribute('aria-pressed')).to.equal('false');
    expect(second.getAttribute('aria-pressed')).to.equal('true');
    expect(statusText(el)).to.equal('Felolvasás elindult');
  });

  it('stops when the reader switches language: the voice never goes on in a language the page no longer shows', async () => {
    const speech = install(new FakeSpeech([localHu, localEn]))!;
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="hu" language-switcher></kiut-guide>`);
    await press(el, listenIn(el, 'shelters'));
    expect(speech.calls).to.deep.equal(['cancel', 'speak']);
    shadow(el).querySelector<HTMLButtonElement>('.switcher button[lang="en"]')!.click();
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    expect(speech.calls).to.deep.equal(['cancel', 'speak', 'cancel']);
    // The English buttons are all silent, and screen readers hear that reading stopped.
    expect(listenButtons(el).every((b) => b.getAttribute('aria-pressed') === 'false')).to.be.true;
    expect(visibleText(listenIn(el, 'shelters'))).to.match(/^Listen: /);
    expect(statusText(el)).to.equal('Reading stopped');
  });

  it('Chinese is read with a local zh-CN voice, its lang zh-Hans', async () => {
    const localZh: Voice = {lang: 'zh-CN', localService: true, name: 'Chinese (this device)'};
    const speech = new FakeSpeech([localHu, localZh]);
    const el = await guide(speech, 'zh-Hans');
    await press(el, listenIn(el, 'shelters'));
    expect(speech.said[0].voice).to.equal(localZh);
    expect(speech.said[0].lang).to.equal('zh-Hans');
    expect(speech.said[0].text).to.equal(summaryOf(el, 'shelters'));
  });

  it('stops when the guide is taken off the page', async () => {
    const speech = new FakeSpeech([localHu]);
    const el = await guide(speech);
    await press(el, listenIn(el, 'shelters'));
    el.remove();
    expect(speech.calls.at(-1)).to.equal('cancel');
  });

  it('is accessible while silent and while reading', async function (this: Mocha.Context) {
    // Two audits of the whole guide: slow on a loaded machine.
    this.timeout(30000);
    const el = await guide(new FakeSpeech([localHu]));
    await expect(el).shadowDom.to.be.accessible();
    await press(el, listenIn(el, 'shelters'));
    await expect(el).shadowDom.to.be.accessible();
  });

  markedIt(darkMarks, 'is accessible in the dark scheme', async function (this: Mocha.Context) {
    // The page compiles the sources and loads axe: slow on a loaded machine.
    this.timeout(30000);
    const {guide: el, win} = await darkGuide('<kiut-guide></kiut-guide>');
    install(new FakeSpeech([localHu]), win);
    el.requestUpdate();
    await el.updateComplete;
    expect(listenButtons(el).length).to.be.above(1);
    await expectAccessibleIn(win, el);
  });
});

describe('listen: "Say this in Hungarian", read in Hungarian', () => {
  const phraseButton = (el: KiutGuide) => shadow(el).querySelector<HTMLButtonElement>('[part="phrases"] button.listen');
  /** The Hungarian sentences of the card, as the reader sees them. */
  const hungarian = (el: KiutGuide) => [...shadow(el).querySelectorAll('[part="phrases"] .phrase-hu')].map((span) => visibleText(span));

  it('with a local Hungarian voice only: the card has a Listen button, and the English summaries none', async function (this: Mocha.Context) {
    // An audit of the whole guide: slow on a loaded machine.
    this.timeout(30000);
    const speech = new FakeSpeech([localHu, networkEn]);
    const el = await guide(speech, 'en');
    expect(listenButtons(el)).to.have.length(1);
    const button = phraseButton(el)!;
    expect(visibleText(button)).to.equal('Listen: Say this in Hungarian');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(speech.calls).to.deep.equal([]);
    await press(el, button);
    const [utterance] = speech.said;
    expect(utterance.lang).to.equal('hu');
    expect(utterance.voice).to.equal(localHu);
    // The Hungarian sentences the card shows, and nothing of the English beneath them.
    expect(hungarian(el)).to.deep.equal(['Segítségre van szükségem.', 'Nem beszélek magyarul.', 'Beszél angolul?', 'Angolul beszélek.']);
    expect(utterance.text).to.equal(hungarian(el).join(' '));
    // Its label, pressed state and the status speak the reader's language.
    expect(visibleText(button)).to.equal('Stop: Say this in Hungarian');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(statusText(el)).to.equal('Reading aloud');
    await expect(el).shadowDom.to.be.accessible();
    await press(el, button);
    expect(speech.calls).to.deep.equal(['cancel', 'speak', 'cancel']);
    expect(visibleText(button)).to.equal('Listen: Say this in Hungarian');
    expect(statusText(el)).to.equal('Reading stopped');
  });

  it('in the compact layout too, in Ukrainian', async () => {
    const speech = install(new FakeSpeech([localHu]))!;
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="uk" layout="compact"></kiut-guide>`);
    expect(listenButtons(el)).to.have.length(1);
    await press(el, phraseButton(el)!);
    expect(speech.said[0].lang).to.equal('hu');
    expect(speech.said[0].text).to.equal('Segítségre van szükségem. Nem beszélek magyarul. Beszél angolul? Ukránul beszélek.');
    expect(visibleText(phraseButton(el)!)).to.equal('Зупинити: Скажіть це угорською');
  });

  it('keeps reading while the guide renders again in the same language, and stops when the reader switches language', async () => {
    const speech = install(new FakeSpeech([localHu, localEn]))!;
    const el = await fixture<KiutGuide>(html`<kiut-guide lang="en" language-switcher></kiut-guide>`);
    // Both: the English summaries in English, the card in Hungarian, one utterance at a time.
    await press(el, listenIn(el, 'shelters'));
    await press(el, phraseButton(el)!);
    expect(speech.calls).to.deep.equal(['cancel', 'speak', 'cancel', 'speak']);
    expect(speech.said.map((u) => u.lang)).to.deep.equal(['en', 'hu']);
    // The first utterance's late "cancelled" event, and a render of the same language, leave it reading.
    await new Promise((resolve) => setTimeout(resolve, 0));
    el.requestUpdate();
    await el.updateComplete;
    expect(speech.calls).to.deep.equal(['cancel', 'speak', 'cancel', 'speak']);
    expect(phraseButton(el)!.getAttribute('aria-pressed')).to.equal('true');
    expect(listenIn(el, 'shelters').getAttribute('aria-pressed')).to.equal('false');
    shadow(el).querySelector<HTMLButtonElement>('.switcher button[lang="uk"]')!.click();
    await el.updateComplete;
    expect(el.locale).to.equal('uk');
    expect(speech.calls).to.deep.equal(['cancel', 'speak', 'cancel', 'speak', 'cancel']);
    expect(phraseButton(el)!.getAttribute('aria-pressed')).to.equal('false');
    expect(visibleText(phraseButton(el)!)).to.equal('Прослухати: Скажіть це угорською');
  });

  it('with no local Hungarian voice, the card has no button; a Hungarian guide has no card', async () => {
    let el = await guide(new FakeSpeech([localEn, networkHu]), 'en');
    expect(phraseButton(el)).to.be.null;
    expect(listenButtons(el).length).to.be.above(1);
    restore
      .splice(0)
      .reverse()
      .forEach((undo) => undo());
    el = await guide(new FakeSpeech([localHu]), 'hu');
    expect(shadow(el).querySelector('[part="phrases"]')).to.be.null;
  });
});

describe('listen: quick exit', () => {
  it('cancels speech first, in the same task, before the guide hides or leaves', async () => {
    const {iframe, win, guide: el} = await openPage('guide.html', {'exit-url': exitTarget});
    const speech = install(new FakeSpeech([localHu]), win)!;
    el.requestUpdate();
    await el.updateComplete;
    const listen = shadow(el).querySelector<HTMLButtonElement>('[data-section="shelters"] button.listen')!;
    listen.click();
    const order: string[] = [];
    const cancel = speech.cancel.bind(speech);
    speech.cancel = () => {
      order.push(`cancel (guide hidden: ${el.hasAttribute('exiting')}, cover open: ${shadow(el).querySelector('dialog')!.open})`);
      cancel();
    };
    el.addEventListener('kiut-guide-exit', () => order.push('exit event'));
    const left = nextLoad(iframe);
    shadow(el).querySelector<HTMLButtonElement>('[part="exit-button"]')!.click();
    // Still in the task of the click.
    expect(order).to.deep.equal(['cancel (guide hidden: false, cover open: false)', 'exit event']);
    await left;
    expect(iframe.contentWindow!.location.pathname).to.equal(exitTarget);
  });
});

markedIt(
  {chromium: 'headless Chromium lists no voices at all', webkit: 'WebKitGTK here lists no speech-dispatcher voices'},
  'listen: Firefox’s real speech-dispatcher voices are not local, so there is no button',
  async function (this: Mocha.Context) {
    this.timeout(30000);
    const voices = () => window.speechSynthesis.getVoices();
    // The voices arrive from speech-dispatcher, which Firefox may first have to start: wait
    // for them (at most 10 s; this is a wait, not a measure of time).
    for (let i = 0; i < 100 && voices().length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    // Where speech-dispatcher gives Firefox no voice at all (as on some machines here), the
    // claim still holds: no voice is local, and there is no button.
    console.log(`kiut-listen: Firefox lists ${voices().length} voices, ${voices().filter((v) => v.lang.toLowerCase().startsWith('hu')).length} Hungarian`);
    expect(voices().filter((v) => v.localService)).to.deep.equal([]);
    const el = await fixture<KiutGuide>(html`<kiut-guide></kiut-guide>`);
    expect(listenButtons(el)).to.have.length(0);
  },
);
