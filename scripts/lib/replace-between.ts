/**
 * `text` with everything from `start` to `end` (both markers included) replaced by `block`, or
 * undefined when a marker is missing or they are out of order: generated text inside a file
 * written by hand (PARTNERS.md's reference, CHANGELOG.md's facts), the rest staying the author's.
 */
export function replaceBetween(text: string, start: string, end: string, block: string): string | undefined {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  return from === -1 || to === -1 ? undefined : text.slice(0, from) + block + text.slice(to + end.length);
}
