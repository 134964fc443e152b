/**
 * The finder's choice in the page address, only when the partner opts in with
 * `remember-in-url`. It lives in the fragment, which browsers never send to a server, and it
 * replaces the current history entry rather than adding one.
 */
const key = 'kiut-need';

export function needsInUrl(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get(key);
}

export function writeNeedsToUrl(needs: string[]): void {
  const params = new URLSearchParams(window.location.hash.slice(1));
  if (needs.length > 0) params.set(key, needs.join(','));
  else params.delete(key);
  const hash = params.toString();
  history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`);
}
