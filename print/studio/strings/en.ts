/** The print studio in English. */
import type {StudioStrings} from './types.js';

const range = (min: number, max: number) => (max - min === 1 ? `${min} or ${max}` : `${min} to ${max}`);

export const en: StudioStrings = {
  language: 'English',
  title: 'Print studio – kiut leaflets, cards and posters',
  heading: 'Print studio',
  intro:
    "Make a leaflet, card or poster of the kiut guide with your organisation's name and contact on it. Choose, then download the PDF. Everything happens in this browser: nothing you type is sent anywhere or kept, and once this page has loaded it works without a connection.",
  skipLink: 'Skip to the form',
  switchLabel: 'Language of this page',
  loading: 'Loading the studio…',
  cannotStart: (files) => `The studio cannot start: ${files} did not load. Keep the studio's files together in one folder.`,

  format: 'Format',
  largePrint: 'Large print',
  largePrintHint: 'Body text of 16 pt and more, headings larger; it takes more pages rather than smaller text.',
  largePrintComesFor: (formats) => `Large print comes for: ${formats}.`,
  discreet: 'Discreet',
  discreetHint: "No word for trafficking: only the crisis line's name, its number, 0-24 and free of charge, for places where someone else reads it too.",
  discreetComesFor: (formats) => `Discreet comes for: ${formats}.`,
  // print/formats.ts names the formats in English.
  formats: {},

  language1: 'Language',
  languagesN: 'Languages on the sheet',
  languagesHint: (min, max) => `${range(min, max)}; they print in the order you tick them.`,
  place: (n) => `${n}.`,
  languagesCount: (min, max, count) => `Choose ${range(min, max)} languages for one sheet; ${count} ${count === 1 ? 'is' : 'are'} chosen.`,

  organisation: 'Your organisation',
  optional: '(optional)',
  partnerName: 'Organisation name',
  partnerNameHint: (max) => `Printed on the sheet as "given to you by". Plain text, one line, up to ${max} characters.`,
  partnerContact: 'How to reach you',
  partnerContactHint: (max) => `A phone number, an address or opening hours. Plain text, one line, up to ${max} characters.`,
  // The CLI's own words (print/partner.ts), with the field's label.
  partnerProblem: (_label, _problem, cliMessage) => cliMessage,
  undrawable: (label, characters) =>
    `${label} has characters that the sheet's fonts cannot print: ${characters}. Write it without them, for example in Latin letters.`,

  download: 'Download PDF',
  nothingMade: 'Nothing was made: correct the fields marked above.',
  making: 'Making the PDF…',
  ready: (file) => `Your PDF is ready: ${file}.`,
  shrunk: (percent) => `The text is at ${percent}% to fit.`,
  printActualSize: 'Print it at actual size (100%).',
  failed: (reason) => `No PDF was made: ${reason}`,
  fileMeta: (kilobytes, pages) => ` · PDF, ${kilobytes}, ${pages} ${pages === 1 ? 'page' : 'pages'}`,

  preview: 'Preview',
  previewCaption: (format, shownIn) =>
    `${format}${shownIn === undefined ? '' : ` (shown in ${shownIn})`}: the first page of the ready-made sheet, without your organisation's line.`,
  noPreview: (format) => `${format}: this copy of the studio has no preview of it.`,
  printing: 'Printing it',
  printTips: [
    'Use the paper the format names: A4, A3, or A4 for the A6 and wallet cards (cut along the line).',
    'Print at actual size (100%), never "fit to page": the QR codes and the tear-off strips must keep their size.',
    'Black and white is enough; every sheet is made to read well without colour.',
  ],
};
