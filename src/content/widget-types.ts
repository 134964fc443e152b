/**
 * The part of the content that ships inside the widget bundle (see scripts/generate-content.ts):
 * what the reader sees, and nothing of where it was read (sources, quotes), which only the
 * build, the print and the tests need. Every byte here is downloaded by a reader on a phone.
 */
import type {Block, LocaleTexts, Phone, Service} from '../../content-model/types.js';

export interface WidgetService extends Pick<Service, 'id' | 'phone' | 'dial' | 'url' | 'hours' | 'free' | 'types'> {
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

export interface WidgetTexts extends Omit<LocaleTexts, 'print' | 'source' | 'services' | 'sections'> {
  sections: Record<string, WidgetSectionTexts>;
}

export type {Phone};

export interface WidgetQr {
  /** What the code encodes. */
  text: string;
  /** Modules per side, without the quiet zone. */
  size: number;
  /** The dark modules, row-major, 4 a hexadecimal digit (see qr-path.ts). */
  bits: string;
}
