/**
 * Inline references from texts to facts: `{tel:okit}`, `{tel-domestic:okit}`, `{link:okit}`,
 * `{material:shelter-materials}`. A text never spells out a number or an address itself,
 * so the widget, the PDFs and the tests cannot disagree about one.
 */

export const tokenKinds = ['tel', 'tel-domestic', 'link', 'material'] as const;
export type TokenKind = (typeof tokenKinds)[number];

export type Piece = string | {kind: TokenKind; id: string};

const tokenPattern = /\{([a-z-]+):([a-z0-9-]+)\}/g;

/** Splits a text into plain strings and tokens. Unknown kinds are left to the validator. */
export function splitTokens(text: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(tokenPattern)) {
    const index = match.index ?? 0;
    if (index > last) pieces.push(text.slice(last, index));
    pieces.push({kind: match[1] as TokenKind, id: match[2]});
    last = index + match[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

/** `http://okit.hu` → `okit.hu`: the address as people say it and type it. */
export function displayUrl(url: string): string {
  return url
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}
