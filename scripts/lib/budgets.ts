/**
 * The budgets the README promises, read by the size tests, the bench and the README alike.
 * Sizes are deterministic, so the tests check them; times are not, so only `npm run bench` does.
 *
 * Gzipped: the script (Lit, the element, the interface strings and Hungarian's first screen);
 * each language file beside it (a first screen, or the full texts); a reader's download in any
 * one language (the script and that language's first screen). The full texts behind "More"
 * come on demand and are reported, not budgeted.
 */
export const budgets = {baseKb: 20, perLocaleKb: 6, readerKb: 26, pictogramsKb: 1.5};

/** All locales × formats in under 5 s; each PDF at most 150 KB. */
export const printBudgets = {totalMs: 5000, fileBytes: 150 * 1024};
