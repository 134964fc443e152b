/**
 * The part of the content that ships inside the widget bundle (see scripts/generate-content.ts):
 * what the reader sees, and nothing of where it was read (sources, quotes), which only the
 * build, the print and the tests need. Every byte here is downloaded by a reader on a phone.
 *
 * These types stand alone, so the element's published typings need nothing of the build's
 * content model (content-model/, valibot). They cannot drift from it: the generator turns the
 * model into these types, and the type check fails where the two disagree.
 */
import type {PictogramName} from './pictograms.js';

export interface Phone {
  /** The number in E.164, for `tel:` links: `+3680205520`. */
  e164: string;
  /** As written for people calling from abroad: `+36 80 20 55 20`. */
  international: string;
  /** As written for people calling inside Hungary: `06/80-20-55-20`. */
  domestic: string;
}

/** A paragraph (plain text with `{kind:id}` tokens), a list, a service's types, or who a service admits. */
export type Block = string | {list: string[]} | {types: string} | {eligibility: string};

export interface WidgetService {
  id: string;
  /** Only the hotline keeps its kind: it is how the guide finds it (see hotline.ts). */
  kind?: 'hotline';
  phone?: Phone;
  /** A short number dialled as it is, from anywhere (e.g. 112). */
  dial?: string;
  url?: string;
  hours?: 'always';
  free?: 'from-hungary' | 'always';
  types?: string[];
  /** Ids of the eligibility texts. */
  eligibility?: string[];
  /** The finder answers, without their quotes. */
  needs: {need: string; with?: string[]}[];
}

export interface WidgetSection {
  id: string;
  services: string[];
  under?: string;
}

export interface WidgetFacts {
  services: WidgetService[];
  materials: {id: string; url?: string}[];
  needs: string[];
  sections: WidgetSection[];
  /** The day the content was last updated, YYYY-MM-DD. */
  updated: string;
}

export interface WidgetSectionTexts {
  title: string;
  /** The plain-language summary, a sentence an item. */
  summary: string[];
  blocks: Block[];
}

export interface WidgetTexts {
  locale: string;
  /** The language's name in itself, for the language switcher. */
  language: string;
  review: 'pending' | 'done';
  'summary-review': 'pending' | 'done';
  title: string;
  hotline: {badge: string; name: string; short: string; free: string; hours: string};
  emergency: string;
  sections: Record<string, WidgetSectionTexts>;
  types: Record<string, string>;
  eligibility: Record<string, string>;
  materials: Record<string, string>;
  needs: Record<string, string>;
  about: {sources: string; updated: string; unreviewed: string};
  /** The "Say this in Hungarian" card; every language but Hungarian has one. */
  phrases?: PhraseCard;
  /** The drawings of the sections' and the needs' pictograms, by name, in each first file (the script carries only the actions'). */
  pictograms?: Partial<Record<PictogramName, string>>;
}

/** Sentences a reader shows, or reads out, in Hungarian: each with what it means in the reader's language. */
export interface PhraseCard {
  /** "Say this in Hungarian", in the reader's language. */
  heading: string;
  sentences: {hu: string; says: string}[];
}

export interface WidgetQr {
  /** What the code encodes. */
  text: string;
  /** Modules per side, without the quiet zone. */
  size: number;
  /** The dark modules, row-major, 4 a hexadecimal digit (see qr-path.ts). */
  bits: string;
}

/** A file beside the script, and the Subresource Integrity hash its bytes must have. */
export interface FileRef {
  /** The file name, resolved against the script's own address. */
  file: string;
  integrity: string;
}

/** A language: its name, for the switcher before its file is fetched, and the hash of its first file. */
export interface LanguageFile {
  name: string;
  integrity: string;
}

/** A language's full texts: the blocks behind each "More" by section, and the lists they show. */
export interface FullTexts {
  sections: Record<string, Block[]>;
  types: Record<string, string>;
  eligibility: Record<string, string>;
  materials: Record<string, string>;
}
