/**
 * What the studio build (scripts/build-studio.ts) hands the page in `studio-data.js`: the
 * print model, resolved from the checked content at build time, and the previews it has.
 */
import {localesName} from '../formats.js';
import type {PrintModel} from '../model.js';

export interface StudioData {
  model: PrintModel;
  /** `<folder>/<format>` of each preview image in previews/ (one per format), e.g. `hu/poster-a4`, `hu-en-uk/poster-a4-multi`. */
  previews: string[];
}

/** The file a reader downloads: says the format and the languages, e.g. `kiut-poster-a4-en.pdf`. */
export function fileName(formatId: string, locales: string[]): string {
  return `kiut-${formatId}-${localesName(locales)}.pdf`;
}
