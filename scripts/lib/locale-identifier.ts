/**
 * A JavaScript identifier for a locale code, for generated modules that import one module per
 * locale: `zh-Hant-TW` → `locale_zh_Hant_TW`. The prefix keeps codes such as `in` or `do`
 * from becoming keywords.
 *
 * Why no standard tool: one regular expression is not worth a dependency.
 */
export function localeIdentifier(locale: string): string {
  return `locale_${locale.replace(/[^A-Za-z0-9_$]/g, '_')}`;
}
