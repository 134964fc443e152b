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

/**
 * Each PDF at most 150 KB, and built in a third of a second on average: the rate of the first
 * promise, all 15 PDFs (3 languages × 5 formats) in 5 s, kept as the sheets became 142.
 */
export const printBudgets = {averageMs: 5000 / 15, fileBytes: 150 * 1024};

/** The quick exit covers the page within one frame (16 ms) of the third Shift press; the studio's A4 poster comes within 1 s of the click, a wait a shelter's worker should not notice. */
export const timeBudgets = {quickExitMs: 16, studioMs: 1000};
