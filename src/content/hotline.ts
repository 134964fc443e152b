/**
 * Which service is the hotline: the one of `kind: hotline` in facts.yaml, which the validator
 * requires and which keeps a phone. The widget, the generator, the print build, the WordPress
 * plugin and the validator all ask here, so they cannot name different services.
 */
export function hotline<S extends {kind?: unknown}>(facts: {services: readonly S[]}): S | undefined {
  return facts.services.find((s) => s.kind === 'hotline');
}
