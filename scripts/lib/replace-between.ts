/**
 * Generated text inside a hand-written file (the API reference in PARTNERS.md, the facts in a
 * CHANGELOG.md entry) sits between two marker comments, so that the rest stays the author's.
 * Why no standard tool: markdown-magic and friends run their own transforms; this is one slice.
 */

/** `text` with everything from `start` to `end` (both markers included) replaced by `block`; undefined when a marker is missing or they are out of order. */
export function replaceBetween(text: string, start: string, end: string, block: string): string | undefined {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  return from === -1 || to === -1 ? undefined : text.slice(0, from) + block + text.slice(to + end.length);
}
