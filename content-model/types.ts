/**
 * The shape of kiut's content once it has been loaded and validated.
 * Both the widget and the print build read these types; only `load.ts` reads files.
 */

export type ServiceKind =
  | 'hotline'
  | 'shelter'
  | 'state-victim-support'
  | 'temporary-home'
  | 'domestic-violence'
  | 'homeless'
  | 'temporary-care-home'
  | 'directory'
  | 'further-information'
  | 'emergency-number';

export interface Phone {
  /** The number in E.164, used for `tel:` links: `+3680205520`. */
  e164: string;
  /** The number as written for people calling from abroad: `+36 80 20 55 20`. */
  international: string;
  /** The number as written for people calling inside Hungary: `06/80-20-55-20`. */
  domestic: string;
}

/**
 * Where a fact comes from. Copied from the seed (no live check; the day it was copied is
 * `Facts.seed.copied`), or read at an authoritative source on the day in `checked`.
 */
export type Source = SeedSource | CheckedSource;

export interface SeedSource {
  /** Where in the seed, e.g. "paragraphs 3-4". */
  seed: string;
}

export interface CheckedSource {
  url: string;
  /** Who publishes it: the service itself, or a government body. */
  publisher: string;
  title: string;
  /** The day someone read the fact at this source, YYYY-MM-DD. */
  checked: string;
  /** The file in sources/ that keeps what was read there. */
  excerpt: string;
  /** The sentences the fact rests on; each is an exact part of the excerpt. */
  quotes: string[];
}

/** One finder answer: the service fits `need`, because its source says `because`. */
export interface NeedAnswer {
  need: string;
  /** An exact part of the service's source (the seed, or its excerpt). */
  because: string;
  /** Only for readers who also chose all of these needs. */
  with?: string[];
}

/** One case of who a service admits, with the words of its source. */
export interface Eligibility {
  id: string;
  because: string;
}

export interface Service {
  id: string;
  kind: ServiceKind;
  phone?: Phone;
  /** A short number dialled as it is, from anywhere (e.g. 112). */
  dial?: string;
  url?: string;
  /** `always`: open 24 hours a day, 7 days a week. */
  hours?: 'always';
  /** Who calls for free: callers in Hungary, or every caller. */
  free?: 'from-hungary' | 'always';
  /** The service that refers people to this one, when it cannot be reached directly. */
  referral?: string;
  /** A related information material that describes this service in detail. */
  material?: string;
  /** Kinds of provision the service comes in (e.g. night shelter, day centre). */
  types?: string[];
  /** Who the service admits: ids of `eligibility` texts, each with its source's words. */
  eligibility?: Eligibility[];
  /** The needs (see `Facts.needs`) this service answers, each with its reason. */
  needs: NeedAnswer[];
  source: Source;
}

export interface Material {
  id: string;
  /** Absent until a partner publishes the material; it then renders as plain text. */
  url?: string;
  source: Source;
}

/** Advice of the guide's own (e.g. how to leave no trace), and where it comes from. */
export interface Advice {
  id: string;
  source: CheckedSource;
}

export interface SectionFact {
  id: string;
  services: string[];
  /** The seed paragraphs the section carries (blocks between blank lines, from 1). */
  seed?: number[];
  /** For a section not from the seed: the advice it follows. */
  advice?: string[];
  /** The section whose condition applies to this one (shown with it in a filtered view). */
  under?: string;
}

/** A need that must not be offered again without a source, and why. */
export interface NotOffered {
  need: string;
  why: string;
}

export interface Facts {
  schema: 1;
  seed: {file: string; copied: string};
  services: Service[];
  materials: Material[];
  advice: Advice[];
  needs: string[];
  'not-offered': NotOffered[];
  sections: SectionFact[];
}

/**
 * A paragraph (plain text with `{kind:id}` tokens), a list, the list of a service's types, or
 * the list of who a service admits.
 */
export type Block = string | {list: string[]} | {types: string} | {eligibility: string};

/** One sentence of a section's plain-language summary, and what it restates. */
export interface SummarySentence {
  /** A seed paragraph of the section (a number), or the id of the advice it follows. */
  from: number | string;
  text: string;
}

export interface SectionTexts {
  title: string;
  summary: SummarySentence[];
  blocks: Block[];
}

export interface LocaleTexts {
  locale: string;
  /** The language's name in itself, for the language switcher. */
  language: string;
  /** Whether a native speaker has reviewed the translation. */
  review: 'pending' | 'done';
  /** Whether a native editor has signed off the plain-language summaries. */
  'summary-review': 'pending' | 'done';
  source: string;
  title: string;
  hotline: {badge: string; name: string; short: string; free: string; hours: string};
  /** The line about the emergency number (112) under the hotline. */
  emergency: string;
  sections: Record<string, SectionTexts>;
  services: Record<string, string>;
  types: Record<string, string>;
  eligibility: Record<string, string>;
  materials: Record<string, string>;
  needs: Record<string, string> & {question: string};
  /** The guide's last line: where the facts come from, and the review state. */
  about: {sources: string; updated: string; unreviewed: string};
  print: Record<string, string>;
}

export interface GuideContent {
  facts: Facts;
  /** Keyed by locale code; `hu` is the source locale and always present. */
  locales: Record<string, LocaleTexts>;
}


/** The day the content was last updated: the newest of the seed's copy date and every check. */
export function factsUpdated(facts: Facts): string {
  const checked = [...facts.services, ...facts.materials, ...facts.advice].flatMap((fact) => ('checked' in fact.source ? [fact.source.checked] : []));
  return [facts.seed.copied, ...checked].sort().at(-1) ?? facts.seed.copied;
}

