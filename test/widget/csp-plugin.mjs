// Serves the CSP test pages with the strict policy a cautious partner would use:
// no inline script or style, nothing from elsewhere.
import {strictCsp} from '../../scripts/lib/security-headers.mjs';

export function cspHeaders() {
  return {
    name: 'kiut-csp-headers',
    transform(context) {
      if (context.path.startsWith('/test/widget/pages/csp')) {
        context.set('Content-Security-Policy', strictCsp);
      }
    },
  };
}
