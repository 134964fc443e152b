/**
 * The print model: the content resolved once (by `resolve.ts`, at build time) into what the
 * layouts draw. Every number, address, QR code and date is already looked up, and every
 * `{kind:id}` token already replaced, so a layout never sees facts.yaml. The model is plain
 * data (JSON), which is how the print studio carries it into the browser.
 */

import type {PhraseCard} from '../src/content/widget-types.js';

/** A piece of printed text: plain, or a fact (a number, an address) that is a link in the PDF. */
export type Inline = string | PrintLink;

/**
 * Sentences as one paragraph: a space between two, but none after Chinese's full stops (。！？),
 * which take their own room.
 */
export function joinSentences(sentences: readonly Inline[][]): Inline[] {
  const text = (inline: Inline | undefined) => (typeof inline === 'string' ? inline : (inline?.text ?? ''));
  return sentences.flatMap((sentence, index) => (index === 0 || /[。！？]\s*$/.test(text(sentences[index - 1].at(-1))) ? sentence : [' ', ...sentence]));
}

export interface PrintLink {
  text: string;
  /** `tel:+3680205520`, `tel:112` or the address. */
  link: string;
  /** Numbers never break across lines. */
  noWrap?: true;
}

export type PrintBlock = {paragraph: Inline[]} | {list: Inline[][]};

export interface PrintSection {
  id: string;
  title: string;
  /** The plain-language summary, one entry a sentence: the easy-read sheet's text. */
  summary: Inline[][];
  blocks: PrintBlock[];
}

/** The error-correction levels paper uses (see formats.ts): M as on screen, Q and H where there is room. */
export type PrintQrLevel = 'M' | 'Q' | 'H';

/** A QR code to print: where it leads and its matrix at one error-correction level, drawn as one SVG path. */
export interface PrintQr {
  url: string;
  level: PrintQrLevel;
  /** The address as people type it: `okit.hu`. */
  display: string;
  /** Modules per side, without the quiet zone. */
  size: number;
  /** The dark modules as an SVG path in a viewBox of `size + 8` (the quiet zone included). */
  path: string;
}

export type QrTarget = 'okit' | 'iom';

/** What every language on a sheet shares. */
export interface PrintFacts {
  /** The hotline's number. */
  phone: {e164: string; international: string; domestic: string};
  /**
   * The hotline's site and IOM's page of further information, at the level of the format
   * being drawn (formats.ts `drawSheet` picks them from `codesAt`); level M in the model.
   */
  codes: Record<QrTarget, PrintQr>;
  /** The same codes at every level paper uses, computed at build time: the browser runs no QR encoder. */
  codesAt: Record<PrintQrLevel, Record<QrTarget, PrintQr>>;
  /** The day the content was last updated, YYYY-MM-DD: printed on every sheet and the files' date. */
  day: string;
  /** The kiut version printed beside it, e.g. "0.1.0". */
  version?: string;
}

/** One language's texts, every token resolved. */
export interface PrintTexts {
  locale: string;
  /** The language's name in itself. */
  language: string;
  title: string;
  headline: string;
  tagline: string;
  call: string;
  tearOff: string;
  partner: string;
  wallet: string;
  /** The sticker's line over the hotline, which names what the discreet sticker leaves out (print.sticker). */
  sticker: string;
  qrCaption: Record<QrTarget, string>;
  hotline: {badge: string; name: string; short: string; free: string; hours: string};
  /** "If you are in immediate danger, call 112 (…)". */
  emergency: Inline[];
  /** The hotline section's plain-language summary, one paragraph: for formats where space is short. */
  summary: Inline[];
  /** Every section in the order of facts.yaml: the leaflet's full text. */
  sections: PrintSection[];
  /** Where the facts come from. */
  sources: string;
  /** "Last updated:". */
  updated: string;
  /** Present while a native speaker has not checked the translation or its summaries. */
  unreviewed?: string;
  /** "Say this in Hungarian": every language but Hungarian has it (content-model/phrases.ts). */
  phrases?: PhraseCard;
}

/** The whole content for print: the shared facts and every language, in the content's order. */
export interface PrintModel {
  facts: PrintFacts;
  languages: PrintTexts[];
}
