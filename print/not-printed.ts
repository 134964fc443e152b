/**
 * Languages the print build cannot draw yet, and why. pdfmake leaves out, without a word, every
 * character its font lacks, so a Chinese leaflet in Roboto would carry only its numbers. They are
 * left out of every build, the studio and the release; asking for one says why (print/build.ts).
 */
export const notPrinted: Readonly<Record<string, string>> = {
  'zh-Hans': 'Roboto, the print font, has no Chinese characters; a CJK print font (e.g. Noto Sans SC, subset) is still to be added',
};

/** The locales of `locales` the print build draws, in their order. */
export const printedLocales = (locales: readonly string[]): string[] => locales.filter((locale) => !(locale in notPrinted));
