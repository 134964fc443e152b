/**
 * The one rule for text that comes from outside the code: the content's texts (content/), the
 * partner's name and contact on printed sheets (the CLI and the print studio), and attribute
 * values a partner writes. Each caller says what is wrong in its own words; the rule is the same.
 *
 * Forbidden: C0 and C1 control characters (a C1 such as U+009B is a terminal escape), the
 * Arabic letter mark and the bidirectional marks, embeddings, overrides and isolates (they make a
 * text read differently from what it says), zero-width characters (they hide inside words and make
 * a search or a copied number fail), the line and paragraph separators, and the byte order mark.
 * A one-line text (a partner line, an attribute) forbids tabs and line breaks too.
 */
// eslint-disable-next-line no-control-regex -- these are the characters the rule is about.
const hidden = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;
// eslint-disable-next-line no-control-regex
const hiddenOrBreak = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

export type PlainTextProblem =
  /** A forbidden character, as U+XXXX, at a 1-based position in code points. */
  | {kind: 'character'; codePoint: string; position: number}
  /** More code points than allowed. */
  | {kind: 'length'; length: number; max: number};

export function plainTextProblem(text: string, {maxLength, oneLine = false}: {maxLength: number; oneLine?: boolean}): PlainTextProblem | undefined {
  const match = (oneLine ? hiddenOrBreak : hidden).exec(text);
  if (match) {
    const code = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return {kind: 'character', codePoint: `U+${code}`, position: [...text.slice(0, match.index)].length + 1};
  }
  const length = [...text].length;
  return length > maxLength ? {kind: 'length', length, max: maxLength} : undefined;
}
