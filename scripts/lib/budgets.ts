/**
 * The budgets the README promises. Sizes are deterministic, so the tests check them; times
 * are not, so only `npm run bench` reports them.
 *
 * Why here and not in a tool's config: the size test, the bench and the README's numbers read the same constants.
 */

/**
 * Gzipped: the script (Lit, the element, the interface strings and Hungarian's first screen);
 * each language file beside it (a language's first screen, or its full texts); and what one
 * reader downloads for the guide in any one language (the script and that language's first
 * screen). The full texts behind "More" come on demand and are reported, not budgeted.
 */
export const budgets = {baseKb: 20, perLocaleKb: 6, readerKb: 26, pictogramsKb: 1.5};

/** All locales × formats in under 5 s; each PDF at most 150 KB. */
export const printBudgets = {totalMs: 5000, fileBytes: 150 * 1024};
