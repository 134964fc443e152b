// The security headers the demo server sends, and the strict policy the CSP tests put their pages
// under. No Node imports: the servers, the wtr plugins and the browser tests share these strings.

/** What a careful partner sends: no inline script or style, nothing from elsewhere. */
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

/** The demo's policy: the strict one, closed further where the demo needs nothing. */
export const demoCsp = `${strictCsp}; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'`;

export const securityHeaders = {'Content-Security-Policy': demoCsp, 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff'};
