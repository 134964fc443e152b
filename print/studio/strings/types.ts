/**
 * Every text of the print studio's own interface, once per language (hu.ts, en.ts, uk.ts). One
 * interface, so that a string missing in one language is a type error. Texts that carry a
 * value are functions of it; none holds markup (lit-html puts them in as text).
 */
import type {FormatInfo} from '../../formats.js';
import type {PartnerProblem} from '../../partner.js';

export interface StudioStrings {
  /** The language's name in itself, for the switch. */
  language: string;
  title: string;
  heading: string;
  intro: string;
  skipLink: string;
  switchLabel: string;
  loading: string;
  cannotStart: (files: string) => string;

  format: string;
  largePrint: string;
  largePrintHint: string;
  largePrintComesFor: (formats: string) => string;
  discreet: string;
  discreetHint: string;
  discreetComesFor: (formats: string) => string;
  /** The formats' names and descriptions by id; a format without one shows print/formats.ts's English. */
  formats: Partial<Record<string, {name: string; describe: string | ((format: FormatInfo) => string)}>>;

  language1: string;
  languagesN: string;
  languagesHint: (min: number, max: number) => string;
  /** "2." beside a chosen language: its place on the sheet. */
  place: (n: number) => string;
  languagesCount: (min: number, max: number, count: number) => string;

  organisation: string;
  optional: string;
  partnerName: string;
  partnerNameHint: (max: number) => string;
  partnerContact: string;
  partnerContactHint: (max: number) => string;
  /** Why the CLI's rules (print/partner.ts) refuse a field, in this language. */
  partnerProblem: (label: string, problem: PartnerProblem, cliMessage: string) => string;
  /** `characters` as the message lists them, e.g. `"😀" (U+1F600)`. */
  undrawable: (label: string, characters: string) => string;

  download: string;
  nothingMade: string;
  making: string;
  ready: (file: string) => string;
  shrunk: (percent: number) => string;
  printActualSize: string;
  failed: (reason: string) => string;
  fileMeta: (kilobytes: string, pages: number) => string;

  preview: string;
  previewCaption: (format: string, shownIn: string | undefined) => string;
  noPreview: (format: string) => string;
  printing: string;
  printTips: [string, string, string];
}
