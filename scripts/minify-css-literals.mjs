// A rollup plugin that shrinks the css`…` literal in src/styles.ts: comments out, whitespace
// collapsed. Terser leaves template literals alone, and the styles are a fifth of the bundle.
// The styles have no ${} interpolations, so plain text rules are safe here.
export function minifyCssLiterals() {
  return {
    name: 'kiut-minify-css-literals',
    transform(code, id) {
      if (!id.endsWith('/src/styles.ts')) return null;
      const minified = code.replace(/css\s*`([\s\S]*?)`/g, (_, body) =>
        'css`' +
        body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{}:;,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim() +
        '`',
      );
      return {code: minified, map: null};
    },
  };
}
