/**
 * What Listen says for a content text: its tokens become what they show, by the one rule
 * (resolveToken in content/tokens.ts), except that a phone number is said so that a listener
 * can write it down and dial it.
 */
import {resolveToken, splitTokens} from '../content/tokens.js';
import type {RenderContext} from '../templates/context.js';

/**
 * "+36 80 20 55 20" → "plusz 3 6, 8 0, 2 0, 5 5, 2 0": the groups as printed, with a pause
 * between them, and every digit on its own. Said as numbers, "80" and "225" are words a listener
 * must turn back into digits, and a leading 0 (as in 06/…) would be dropped.
 */
export function spokenNumber(number: string, plus: string): string {
  const groups = (number.match(/\d+/g) ?? []).map((group) => [...group].join(' '));
  return (number.startsWith('+') ? `${plus} ` : '') + groups.join(', ');
}

/** The sentences as one text to read, each ending in a stop, so the voice pauses after a number. */
export function spokenText(sentences: readonly string[], ctx: Pick<RenderContext, 'facts' | 'texts'>, plus: string): string {
  return sentences
    .map((sentence) => {
      const said = splitTokens(sentence)
        .map((piece) => {
          if (typeof piece === 'string') return piece;
          const fact = resolveToken(piece, ctx.facts, ctx.texts.materials);
          return fact?.kind === 'tel' ? spokenNumber(fact.text, plus) : (fact?.text ?? '');
        })
        .join('');
      // Chinese ends its sentences with full-width stops (。！？).
      return /[.!?。！？]$/.test(said) ? said : `${said}.`;
    })
    .join(' ');
}
