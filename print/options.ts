/**
 * What a layout can be asked for besides the content: the partner organisation that hands
 * the paper out. Partner strings come from the command line, so they are checked here as
 * untrusted plain text.
 */

export interface Partner {
  /** The organisation's name, e.g. "Example Association". */
  name?: string;
  /** How to reach it, e.g. a phone number or an address, exactly as the partner wrote it. */
  contact?: string;
}

export interface LayoutOptions {
  partner?: Partner;
  /**
   * Multiplies the body text size (1 by default). The build lowers it step by step only when
   * a translation is too long for the format's page count.
   */
  textScale?: number;
  /** The kiut version, printed beside the facts' date (e.g. "0.1.0"). */
  version?: string;
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

/** Returns the partner string cleaned of outer spaces, or throws a `PartnerError` that says why not. */
export function checkPartnerText(value: string, option: string): string {
  const match = forbidden.exec(value);
  if (match) {
    const code = match[0].codePointAt(0) ?? 0;
    throw new PartnerError(
      `${option} contains the invisible control or text-direction character U+${code.toString(16).toUpperCase().padStart(4, '0')} at position ${match.index + 1}; write it as plain text on one line`,
    );
  }
  const text = value.trim().replace(/ {2,}/g, ' ');
  if (text === '') throw new PartnerError(`${option} is empty; leave the option out, or give the text`);
  const length = [...text].length;
  if (length > maxPartnerLength) throw new PartnerError(`${option} is ${length} characters long; the limit is ${maxPartnerLength}`);
  return text;
}

export function checkPartner(partner: Partner): Partner {
  const checked: Partner = {};
  if (partner.name !== undefined) checked.name = checkPartnerText(partner.name, '--partner-name');
  if (partner.contact !== undefined) checked.contact = checkPartnerText(partner.contact, '--partner-contact');
  return checked;
}
