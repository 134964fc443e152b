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
  | 'return-programme';

export interface Phone {
  /** The number in E.164, used for `tel:` links: `+3680205520`. */
  e164: string;
  /** The number as written for people calling from abroad: `+36 80 20 55 20`. */
  international: string;
  /** The number as written for people calling inside Hungary: `06/80-20-55-20`. */
  domestic: string;
}

export interface Service {
  id: string;
  kind: ServiceKind;
  phone?: Phone;
  url?: string;
  /** `always`: open 24 hours a day, 7 days a week. */
  hours?: 'always';
  /** Who calls for free. */
  free?: 'from-hungary';
  /** The service that refers people to this one, when it cannot be reached directly. */
  referral?: string;
  /** A related information material that describes this service in detail. */
  material?: string;
  /** Kinds of provision the service comes in (e.g. night shelter, day centre). */
  types?: string[];
  /** Who the service admits; ids of `eligibility` texts. */
  eligibility?: string[];
  /** The needs (see `Facts.needs`) this service answers. */
  needs: string[];
  source: string;
  verified: string;
}

export interface Material {
  id: string;
  /** Absent until a partner publishes the material; it then renders as plain text. */
  url?: string;
  source: string;
}

export interface SectionFact {
  id: string;
  services: string[];
}

export interface Facts {
  schema: 1;
  verified: string;
  services: Service[];
  materials: Material[];
  needs: string[];
  sections: SectionFact[];
}

/** A paragraph (plain text with `{kind:id}` tokens), a list, or the list of a service's types. */
export type Block = string | {list: string[]} | {types: string};

export interface SectionTexts {
  title: string;
  blocks: Block[];
}

export interface LocaleTexts {
  locale: string;
  /** The language's name in itself, for the language switcher. */
  language: string;
  /** Whether a native speaker has reviewed the translation. */
  review: 'pending' | 'done';
  source: string;
  title: string;
  hotline: {badge: string; name: string; short: string; free: string; hours: string};
  sections: Record<string, SectionTexts>;
  services: Record<string, string>;
  types: Record<string, string>;
  eligibility: Record<string, string> & {title: string};
  materials: Record<string, string>;
  needs: Record<string, string> & {question: string};
  print: Record<string, string>;
}

export interface Content {
  facts: Facts;
  /** Keyed by locale code; `hu` is the source locale and always present. */
  locales: Record<string, LocaleTexts>;
}

export const sourceLocale = 'hu';
