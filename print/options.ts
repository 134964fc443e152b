/**
 * What a layout can be asked for besides the content: the partner organisation that hands
 * the paper out. Partner strings come from the command line and from the print studio's
 * form, so they are checked here, once for both, as untrusted plain text.
 */

export interface Partner {
  /** The organisation's name, e.g. "Example Association". */
  name?: string;
  /** How to reach it, e.g. a phone number or an address, exactly as the partner wrote it. */
  contact?: string;
}

export interface DrawOptions {
  partner?: Partner;
  /**
   * Multiplies the body text size (1 by default). The build lowers it step by step only when
   * a translation is too long for the format's page count; never for large print.
   */
  textScale?: number;
}

export const maxPartnerLength = 120;

export class PartnerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PartnerError';
  }
}

// C0 and C1 controls (line breaks included: the partner line is one line), bidirectional
// marks, embeddings, overrides and isolates, line/paragraph separators, and the BOM.
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

// A tag (`<b>`, `</p>`, `<!--`, `<?xml`) or a character reference (`&amp;`, `&#60;`). A PDF
// prints them as they are, so they are always a paste from a web page or an attempt to inject;
// "a < b" and "Smith & Co" stay allowed.
const markup = /<(?:[/?]?[a-z]|!)|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/**
 * Returns the partner string cleaned of outer spaces, or throws a `PartnerError` that says why
 * not. `what` names the input in the message: the CLI's option, or the studio's field label.
 */
export function checkPartnerText(value: string, what: string): string {
  const match = forbidden.exec(value);
  if (match) {
    const code = match[0].codePointAt(0) ?? 0;
    throw new PartnerError(
      `${what} contains the invisible control or text-direction character U+${code.toString(16).toUpperCase().padStart(4, '0')} at position ${match.index + 1}; write it as plain text on one line`,
    );
  }
  const tag = markup.exec(value);
  if (tag) {
    throw new PartnerError(`${what} contains markup ("${tag[0]}…") at position ${tag.index + 1}; write plain text: the sheet would print it as it is`);
  }
  const text = value.trim().replace(/ {2,}/g, ' ');
  if (text === '') throw new PartnerError(`${what} is empty; leave it out, or give the text`);
  const length = [...text].length;
  if (length > maxPartnerLength) throw new PartnerError(`${what} is ${length} characters long; the limit is ${maxPartnerLength}`);
  return text;
}

export function checkPartner(partner: Partner): Partner {
  const checked: Partner = {};
  if (partner.name !== undefined) checked.name = checkPartnerText(partner.name, '--partner-name');
  if (partner.contact !== undefined) checked.contact = checkPartnerText(partner.contact, '--partner-contact');
  return checked;
}
