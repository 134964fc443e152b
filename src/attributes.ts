/**
 * Parsing of attribute values. A partner's typo must never break the guide: an unknown
 * value falls back to the default, and the element warns once about it.
 */

export type Layout = 'full' | 'compact';
export type ExitPosition = 'sticky' | 'fixed' | 'inline';

const defaultHeadingLevel = 2;
export const layouts: readonly Layout[] = ['full', 'compact'];
export const exitPositions: readonly ExitPosition[] = ['sticky', 'fixed', 'inline'];

export type Warn = (message: string) => void;

export function parseLayout(value: string | null, warn: Warn): Layout {
  if (value === null || value === '') return 'full';
  const layout = value.trim().toLowerCase() as Layout;
  if (layouts.includes(layout)) return layout;
  warn(`layout="${value}" is not one of ${layouts.join(', ')}; using "full".`);
  return 'full';
}

export function parseHeadingLevel(value: string | null, warn: Warn): number {
  if (value === null || value === '') return defaultHeadingLevel;
  const level = /^\s*[1-6]\s*$/.test(value) ? Number(value) : NaN;
  if (level >= 1 && level <= 6) return level;
  warn(`heading-level="${value}" is not a number from 1 to 6; using ${defaultHeadingLevel}.`);
  return defaultHeadingLevel;
}

/**
 * A comma- or space-separated list of section ids. Unknown ids are dropped with one warning;
 * when none is known the whole guide shows.
 */
export function parseSections(value: string | null, known: readonly string[], warn: Warn): string[] {
  if (value === null || value.trim() === '') return [...known];
  const asked = value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((s) => s.toLowerCase());
  const unknown = asked.filter((id) => !known.includes(id));
  const chosen = known.filter((id) => asked.includes(id));
  if (unknown.length > 0) {
    warn(
      `sections="${value}" names unknown sections (${unknown.join(', ')}); known sections are ${known.join(', ')}.${chosen.length === 0 ? ' Showing all sections.' : ''}`,
    );
  }
  return chosen.length > 0 ? chosen : [...known];
}

export function parseExitPosition(value: string | null, warn: Warn): ExitPosition {
  if (value === null || value === '') return 'sticky';
  const position = value.trim().toLowerCase() as ExitPosition;
  if (exitPositions.includes(position)) return position;
  warn(`exit-position="${value}" is not one of ${exitPositions.join(', ')}; using "sticky".`);
  return 'sticky';
}

/**
 * A neutral page to leave to: Google's search page, the most ordinary page a browser shows.
 * `/webhp` keeps a phone in the browser instead of handing over to the Google app (the NSW
 * Design System's quick exit does the same; PARTNERS.md says why and what to weigh).
 * Only http(s) addresses are accepted: a `javascript:` or `data:` URL would run code in the
 * partner's page.
 */
export const defaultExitUrl = 'https://www.google.com/webhp';

export function parseExitUrl(value: string | null, warn: Warn): string {
  if (value === null || value.trim() === '') return defaultExitUrl;
  let url: URL;
  try {
    url = new URL(value.trim(), document.baseURI);
  } catch {
    warn(`exit-url="${value}" is not a valid address; using ${defaultExitUrl}.`);
    return defaultExitUrl;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    warn(`exit-url="${value}" must be an http or https address; using ${defaultExitUrl}.`);
    return defaultExitUrl;
  }
  return url.href;
}

/** A need id from facts.yaml, or none. */
export function parseNeeds(value: string | null, known: readonly string[], warn: Warn): string[] {
  if (value === null || value.trim() === '') return [];
  const asked = value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((s) => s.toLowerCase());
  const unknown = asked.filter((id) => !known.includes(id));
  if (unknown.length > 0) warn(`need="${value}" names unknown needs (${unknown.join(', ')}); known needs are ${known.join(', ')}.`);
  return known.filter((id) => asked.includes(id));
}
