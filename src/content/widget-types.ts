/** The part of the content that ships inside the widget bundle (see scripts/generate-content.ts). */
import type {LocaleTexts, Material, SectionFact, Service} from './types.js';

export type WidgetService = Omit<Service, 'source' | 'verified'>;

export interface WidgetFacts {
  services: WidgetService[];
  materials: Omit<Material, 'source'>[];
  needs: string[];
  sections: SectionFact[];
}

export type WidgetTexts = Omit<LocaleTexts, 'print' | 'source'>;

export interface WidgetQr {
  /** What the code encodes. */
  text: string;
  /** Modules per side, without the quiet zone. */
  size: number;
  /** SVG path in a viewBox of size + 8 (the quiet zone is inside the coordinates). */
  path: string;
}
