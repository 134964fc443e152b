// A rollup plugin that drops the `desc` of every msg() call from the widget bundle. A `desc` is
// for translators (it goes to the XLIFF files); in the bundle it is about 550 bytes gzipped that
// no reader sees. @lit/localize's transform mode strips it, but the guide uses runtime mode (two
// guides on one page may speak different languages), which keeps the options as written. msg()
// ids come from the message alone, so nothing changes at run time.
import MagicString from 'magic-string';

/** `, {desc: '…'}` (as TypeScript emits it, any quotes, any whitespace) as the last argument. */
const descOnly = /,\s*\{\s*desc:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\$]|\\.)*`)\s*,?\s*\}(?=\s*\))/g;

export const stripMsgDesc = (code) => code.replace(descOnly, '');

/** @param {{include: (id: string) => boolean}} options */
export function stripMsgDescPlugin({include}) {
  return {
    name: 'kiut-strip-msg-desc',
    transform(code, id) {
      if (!include(id) || !code.includes('desc:')) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(descOnly)) out.remove(match.index, match.index + match[0].length);
      return {code: out.toString(), map: out.generateMap({source: id, hires: true})};
    },
  };
}
