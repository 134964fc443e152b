/**
 * The budgets the README promises. Sizes are deterministic, so the tests check them; times
 * are not, so only `npm run bench` reports them.
 *
 * Why here and not in a tool's config: the size test, the bench and the README's numbers read the same constants.
 */

/** dist/kiut-guide.js with Lit, the element, all interface strings and the Hungarian content, gzipped; and what each further language adds. */
export const budgets = {baseKb: 20, perLocaleKb: 6, pictogramsKb: 1.5};

/** All locales × formats in under 5 s; each PDF at most 150 KB. */
export const printBudgets = {totalMs: 5000, fileBytes: 150 * 1024};
