/**
 * The element's attributes and the values each accepts, written once. The element parses them
 * with `parse()` (its willUpdate loops over this table); the WordPress build turns the table
 * into the plugin's allow-lists and block.json's attributes. A partner's typo must never break
 * the guide: an unknown value falls back to the default, and the element warns once about it.
 */

/**
 * A neutral page to leave to: Google's search page, the most ordinary page a browser shows.
 * `/webhp` keeps a phone in the browser instead of handing over to the Google app (the NSW
 * Design System's quick exit does the same; PARTNERS.md says why and what to weigh).
 * Only http(s) addresses are accepted: a `javascript:` or `data:` URL would run code in the
 * partner's page.
 */
export const defaultExitUrl = 'https://www.google.com/webhp';

/** The lists that come from the content: the languages, and the ids of the sections and the needs. */
export type ContentList = 'languages' | 'sections' | 'needs';

export type Attribute =
  /** One of `values` (any case and spacing), else the default and a warning. */
  | {kind: 'one-of'; values: readonly string[]; default: string}
  /** One of a content list's ids (the language: the locale controller reads it). */
  | {kind: 'one-of'; of: 'languages'}
  /** One of a content list's ids (any case), else the list's first (the source language) and a warning. */
  | {kind: 'one-of'; of: 'languages'; parsed: true}
  /** Comma- or space-separated ids of a content list, unknown ones dropped with a warning; `all`: none means all. */
  | {kind: 'ids'; of: ContentList; all?: true}
  /** An http(s) address, resolved against the page, else the default and a warning. */
  | {kind: 'url'; default: string}
  | {kind: 'boolean'};

export const attributes = {
  lang: {kind: 'one-of', of: 'languages'},
  'default-lang': {kind: 'one-of', of: 'languages', parsed: true},
  languages: {kind: 'ids', of: 'languages', all: true},
  layout: {kind: 'one-of', values: ['full', 'compact'], default: 'full'},
  sections: {kind: 'ids', of: 'sections', all: true},
  'heading-level': {kind: 'one-of', values: ['1', '2', '3', '4', '5', '6'], default: '2'},
  'exit-url': {kind: 'url', default: defaultExitUrl},
  'no-exit': {kind: 'boolean'},
  'exit-position': {kind: 'one-of', values: ['sticky', 'fixed', 'inline'], default: 'sticky'},
  'hide-no-trace': {kind: 'boolean'},
  'language-switcher': {kind: 'boolean'},
  'no-finder': {kind: 'boolean'},
  need: {kind: 'ids', of: 'needs'},
  'remember-in-url': {kind: 'boolean'},
} as const satisfies Record<string, Attribute>;

export type AttributeName = keyof typeof attributes;
/** The attributes parse() reads: the rest are booleans, and the language (`lang`). */
export type ParsedName = {
  [N in AttributeName]: (typeof attributes)[N] extends {kind: 'boolean'} | {kind: 'one-of'; of: 'languages'; parsed?: never} ? never : N;
}[AttributeName];
export type Parsed<N extends ParsedName> = (typeof attributes)[N] extends {kind: 'ids'} ? string[] : string;

export type Layout = (typeof attributes)['layout']['values'][number];
export type ExitPosition = (typeof attributes)['exit-position']['values'][number];

export type Warn = (message: string) => void;

/** The property that reflects an attribute: `heading-level` → `headingLevel`. */
export const fieldOf = (name: string): string => name.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase());

/** An attribute's value as the element uses it; `known` holds the content list's ids of an `ids` or `of` attribute. */
export function parse<N extends ParsedName>(name: N, value: string | null, warn: Warn, known: readonly string[] = []): Parsed<N> {
  const spec = attributes[name] as Exclude<Attribute, {kind: 'boolean'} | {of: 'languages'; parsed?: never}>;
  const blank = value === null || value.trim() === '';
  // Ids compare in any case: `zh-hans` is `zh-Hans`.
  const lower = known.map((id) => id.toLowerCase());
  if (spec.kind === 'ids') {
    if (blank) return (spec.all ? [...known] : []) as Parsed<N>;
    const asked = value.toLowerCase().split(/[\s,]+/);
    const unknown = asked.filter((id) => id && !lower.includes(id));
    const chosen = known.filter((_, i) => asked.includes(lower[i]));
    const all = spec.all && chosen.length === 0;
    if (unknown.length > 0) {
      warn(
        `${name}="${value}" names unknown ${spec.of} (${unknown.join(', ')}); known ${spec.of} are ${known.join(', ')}.${all ? ` Showing all ${spec.of}.` : ''}`,
      );
    }
    return (all ? [...known] : chosen) as Parsed<N>;
  }
  if (spec.kind === 'url') {
    if (blank) return spec.default as Parsed<N>;
    let url: URL | undefined;
    try {
      url = new URL(value.trim(), document.baseURI);
    } catch {
      warn(`${name}="${value}" is not a valid address; using ${spec.default}.`);
    }
    if (!url || /^https?:$/.test(url.protocol)) return (url?.href ?? spec.default) as Parsed<N>;
    warn(`${name}="${value}" must be an http or https address; using ${spec.default}.`);
    return spec.default as Parsed<N>;
  }
  const [values, fallback] = 'of' in spec ? [known, known[0]] : [spec.values, spec.default];
  if (!value) return fallback as Parsed<N>;
  const chosen = values[values.map((v) => v.toLowerCase()).indexOf(value.trim().toLowerCase())];
  if (chosen) return chosen as Parsed<N>;
  warn(`${name}="${value}" is not one of ${values.join(', ')}; using "${fallback}".`);
  return fallback as Parsed<N>;
}
