/**
 * Inline references from texts to facts: `{tel:okit}`, `{tel-domestic:okit}`, `{link:okit}`,
 * `{material:shelter-materials}`. A text never spells out a number or an address itself, and
 * `resolveToken()` below is the one place that says what a token shows, so the widget, the PDFs
 * and the tests cannot disagree about one.
 */

export const tokenKinds = ['tel', 'tel-domestic', 'link', 'material'] as const;
export type TokenKind = (typeof tokenKinds)[number];

export interface Token {
  kind: TokenKind;
  id: string;
}

export type Piece = string | Token;

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

/**
 * What a token stands for, as plain data; the widget renders it as Lit templates
 * (templates/text.ts), the print build as pdfmake inlines (print/resolve.ts).
 * - `tel`: a number to show and the number a `tel:` link dials;
 * - `link`: an address to show and the address itself;
 * - `material`: a material's name, and its address once it has one.
 */
export type ResolvedToken =
  {kind: 'tel'; text: string; dial: string} | {kind: 'link'; text: string; url: string} | {kind: 'material'; text: string; url?: string};

interface TokenFacts {
  services: readonly {id: string; phone?: {e164: string; international: string; domestic: string}; dial?: string; url?: string}[];
  materials: readonly {id: string; url?: string}[];
}

/**
 * The one rule for what a token shows: `{tel:…}` the international form (a short number such
 * as 112 as it is, dialled from anywhere), `{tel-domestic:…}` the 06/… form, `{link:…}` the
 * address as people type it, `{material:…}` the material's name in the text's language.
 * Undefined when the fact is missing, which the validator rejects before any build.
 */
export function resolveToken({kind, id}: Token, facts: TokenFacts, materials: Record<string, string>): ResolvedToken | undefined {
  if (kind === 'material') {
    const text = materials[id];
    return text === undefined ? undefined : {kind, text, url: facts.materials.find((m) => m.id === id)?.url};
  }
  const service = facts.services.find((s) => s.id === id);
  if (kind === 'link') return service?.url ? {kind, text: displayUrl(service.url), url: service.url} : undefined;
  const phone = service?.phone;
  if (phone) return {kind: 'tel', text: kind === 'tel' ? phone.international : phone.domestic, dial: phone.e164};
  return kind === 'tel' && service?.dial ? {kind, text: service.dial, dial: service.dial} : undefined;
}
