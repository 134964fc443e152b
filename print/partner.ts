/**
 * What a layout can be asked for besides the content: the partner organisation that hands
 * the paper out. Partner strings come from the command line and from the print studio's
 * form, so they are checked here, once for both, as untrusted plain text.
 */

import {findMarkup} from '../src/content/markup.js';
import {plainTextProblem} from '../src/content/plain-text.js';

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

/** Why a partner string is refused, as data: the print studio says it in its reader's language. */
export type PartnerProblem =
  | {kind: 'character'; codePoint: string; position: number}
  | {kind: 'markup'; text: string; position: number}
  | {kind: 'empty'}
  | {kind: 'length'; length: number; limit: number};

export class PartnerError extends Error {
  constructor(
    message: string,
    readonly problem: PartnerProblem,
  ) {
    super(message);
    this.name = 'PartnerError';
  }
}

/**
 * Returns the partner string cleaned of outer spaces, or throws a `PartnerError` that says why
 * not. `what` names the input in the message: the CLI's option, or the studio's field label.
 */
export function checkPartnerText(value: string, what: string): string {
  // The rule every text from outside follows (src/content/plain-text.ts); the partner line is
  // one line, so line breaks and tabs are refused too.
  const hidden = plainTextProblem(value, {maxLength: Infinity, oneLine: true});
  if (hidden?.kind === 'character') {
    throw new PartnerError(
      `${what} contains the invisible control or text-direction character ${hidden.codePoint} at position ${hidden.position}; write it as plain text on one line`,
      {kind: 'character', codePoint: hidden.codePoint, position: hidden.position},
    );
  }
  // A tag or a character reference (src/content/markup.ts, the content's rule too): a PDF
  // prints it as it is. "a < b" and "Smith & Co" stay allowed.
  const markup = findMarkup(value);
  if (markup) {
    throw new PartnerError(`${what} contains markup ("${markup.text}…") at position ${markup.index + 1}; write plain text: the sheet would print it as it is`, {
      kind: 'markup',
      text: markup.text,
      position: markup.index + 1,
    });
  }
  const text = value.trim().replace(/ {2,}/g, ' ');
  if (text === '') throw new PartnerError(`${what} is empty; leave it out, or give the text`, {kind: 'empty'});
  const long = plainTextProblem(text, {maxLength: maxPartnerLength, oneLine: true});
  if (long?.kind === 'length')
    throw new PartnerError(`${what} is ${long.length} characters long; the limit is ${maxPartnerLength}`, {
      kind: 'length',
      length: long.length,
      limit: maxPartnerLength,
    });
  return text;
}

export function checkPartner(partner: Partner): Partner {
  const checked: Partner = {};
  if (partner.name !== undefined) checked.name = checkPartnerText(partner.name, '--partner-name');
  if (partner.contact !== undefined) checked.contact = checkPartnerText(partner.contact, '--partner-contact');
  return checked;
}
