// The Content-Security-Policy and the other security headers the demo server sends, and the
// strict policy the CSP tests put their pages under. Plain ESM without Node imports, so that
// Node (servers, wtr plugins) and the browser tests can import the same strings.
// Why no standard tool: these are kiut's own policy strings, shared by the demo server and the tests.

/** What a careful partner sends: no inline script or style, nothing from elsewhere. */
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

/** The demo's policy: the strict one, closed further where the demo needs nothing. */
export const demoCsp = `${strictCsp}; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'`;

export const securityHeaders = {
  'Content-Security-Policy': demoCsp,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};
