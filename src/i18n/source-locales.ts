/**
 * kiut has two source languages, one for each kind of text, and this is the one place that
 * says so:
 * - the **content** (content/<locale>/guide.yaml) is written in Hungarian first, because the
 *   seed is Hungarian; every other locale is translated from it, and the guide falls back to it;
 * - the **interface strings** (msg() in src/, XLIFF in xliff/) are written in English first,
 *   because translators work from XLIFF (lit-localize.json's `sourceLocale`).
 */
export const contentSourceLocale = 'hu';
export {sourceLocale as interfaceSourceLocale} from './generated/locale-codes.js';
