// A rollup plugin that drops the `desc` of every msg() call from the widget bundle.
// Why no standard tool: @lit/localize's transform mode strips descriptions, but the guide uses
// runtime mode (two guides on one page may speak different languages), which keeps the options
// object as written. A `desc` is for translators (it goes to the XLIFF files); in the bundle it
// is about 550 bytes gzipped of text that no reader ever sees. msg() ids are computed from the
// message alone, so dropping `desc` changes nothing at run time.

import MagicString from 'magic-string';

/** `, {desc: '…'}` (as TypeScript emits it, any quotes, any whitespace) as the last argument. */
const descOnly = /,\s*\{\s*desc:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\$]|\\.)*`)\s*,?\s*\}(?=\s*\))/g;

export function stripMsgDesc(code) {
  return code.replace(descOnly, '');
}

function stripWithMap(code, id) {
  const out = new MagicString(code);
  for (const match of code.matchAll(descOnly)) out.remove(match.index, match.index + match[0].length);
  return {code: out.toString(), map: out.generateMap({source: id, hires: true})};
}

/** @param {{include: (id: string) => boolean}} options */
export function stripMsgDescPlugin({include}) {
  return {
    name: 'kiut-strip-msg-desc',
    transform(code, id) {
      if (!include(id) || !code.includes('desc:')) return null;
      return stripWithMap(code, id);
    },
  };
}
