/**
 * The one rule for markup in text from outside the code: the content's texts (content-model/
 * schema.ts) and the partner's line on printed sheets (print/partner.ts). Neither is ever read
 * as HTML (Lit and pdfmake show text as it is), so markup there is a paste from a web page or
 * an attempt to inject, and the reader would see the raw characters.
 *
 * A tag is what an HTML parser opens one at: `<` directly followed by a letter, `/` or `?`
 * and a letter, or `!` (`<b>`, `</p>`, `<?xml`, `<!--`). A character reference is `&` with a
 * name or a number and `;` (`&amp;`, `&#60;`, `&#x3c;`, `&frac12;`). So "a < b", "3 > 2" and
 * "Smith & Co" stay plain text in both places, as the partner line's tests require: a parser
 * does not open a tag at "< b" either. The content's rule was wider (`<\s*[a-z]`, so "< b" was
 * a tag); no text in content/ has a `<` before a letter, so narrowing it changes nothing there,
 * and the content's tests (`<b>`, `<!--`, `&amp;`, `&#60;`) hold under this one.
 */
const markup = /(<(?:[/?]?[a-z]|!))|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

export interface Markup {
  kind: 'tag' | 'reference';
  /** The characters that make it markup, e.g. `<b` or `&amp;`. */
  text: string;
  /** Where it starts, from 0 (a UTF-16 index, as the text's own). */
  index: number;
}

/** The first tag or character reference in `text`, or undefined. */
export function findMarkup(text: string): Markup | undefined {
  const match = markup.exec(text);
  if (!match) return undefined;
  return {kind: match[1] === undefined ? 'reference' : 'tag', text: match[0], index: match.index};
}
