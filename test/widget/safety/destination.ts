/**
 * The quick exit's destination in tests: a server on a second origin that records each
 * request's headers (test/widget/exit-destination.mjs).
 */

export interface Received {
  path: string;
  headers: Record<string, string>;
}

export interface Destination {
  /** A neutral page there, unique to this test. */
  land: string;
  /** An address that answers 204 No Content: the browser stays where it was. */
  noContent: string;
  /** What the destination received for this test, so far. */
  received(): Promise<Received[]>;
}

let origin: string | undefined;
let tokens = 0;

export async function destination(): Promise<Destination> {
  origin ??= ((await (await fetch('/__kiut/exit-destination')).json()) as {origin: string}).origin;
  const token = `${Date.now().toString(36)}-${++tokens}`;
  return {
    land: `${origin}/land/${token}`,
    noContent: `${origin}/no-content/${token}`,
    received: async () => (await (await fetch(`${origin}/log/${token}`, {cache: 'no-store'})).json()) as Received[],
  };
}

/** Polls until the destination has received a request (a navigation's request can lag its load event). */
export async function firstRequest(dest: Destination, timeoutMs = 5000): Promise<Received> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const [first] = await dest.received();
    if (first) return first;
    if (Date.now() > end) throw new Error('The exit destination received no request.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
