// Two bundles from one entry: an ES module for <script type="module"> and a classic script
// for old CMSs. Both carry Lit, the element and Hungarian; every other language is a JSON file
// beside them (kiut-guide.<locale>.json), fetched when a reader needs it and checked against the
// hash the script carries. Run `npm run generate` first; `npm run build` does.
// scripts/measure-bundle.ts builds with the same `widgetPlugins`, so the budgets measure what ships.
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {literalsHtmlCssMinifier} from '@literals/rollup-plugin-html-css-minifier';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {stripMsgDescPlugin} from './scripts/lib/strip-msg-desc.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Every warning fails the build, here and in the print studio's (scripts/build-studio.ts): a
 * warning (a circular import, an unresolved module, `this` rewritten) is a bundle that may not do
 * what the source says.
 * @type {import('rollup').WarningHandlerWithDefault}
 */
export function failOnWarning(warning) {
  throw new Error(`rollup: ${warning.message}`);
}

/**
 * The language files beside every script that is built: the script resolves them against its own
 * address (src/generated/languages.ts), so they go wherever it goes.
 * @returns {import('rollup').Plugin}
 */
function languageFiles() {
  return {
    name: 'kiut-language-files',
    generateBundle() {
      const dir = here('./src/generated/');
      for (const fileName of readdirSync(dir).filter((name) => /^kiut-guide\.[\w.-]+\.json$/.test(name))) {
        this.emitFile({type: 'asset', fileName, source: readFileSync(`${dir}${fileName}`)});
      }
    },
  };
}

/** @param {{module: boolean, sourceMap?: boolean}} options */
export function widgetPlugins({module, sourceMap = true}) {
  return [
    languageFiles(),
    // Lit's dev-mode warnings are for development; the shipped file uses the production build.
    nodeResolve({exportConditions: ['production', 'default']}),
    typescript({tsconfig: here('./tsconfig.build.json'), ...(sourceMap ? {} : {sourceMap: false, inlineSources: false})}),
    // Terser leaves template literals alone, and the styles are a fifth of the bundle. Only css`…`:
    // the whitespace in html`…` templates is text the reader sees. After TypeScript, which
    // compiles from disk and would ignore an earlier transform.
    // msg() descriptions are for translators, not readers: after TypeScript, like the minifier.
    stripMsgDescPlugin({include: (id) => id.startsWith(here('./src/'))}),
    literalsHtmlCssMinifier({include: [`${here('./src/')}**/*.ts`], failOnError: true, options: {shouldMinify: () => false}}),
    // A classic script's top-level `var kiut` is its API: terser must not treat it as module scope.
    // unsafe_arrows and unsafe_methods only turn functions that use no `this` into arrows and
    // methods (the build targets ES2022); with a third pass they keep the script in its budget.
    terser({ecma: 2022, module, compress: {passes: 3, unsafe_arrows: true, unsafe_methods: true}, format: {comments: false}}),
  ];
}

export default [
  {
    input: 'src/index.ts',
    output: {file: 'dist/kiut-guide.js', format: 'es', sourcemap: true},
    plugins: widgetPlugins({module: true}),
    onwarn: failOnWarning,
  },
  {
    input: 'src/index.ts',
    // Exposes `window.kiut` (e.g. `kiut.defineKiutGuide('other-name')`) for pages without modules.
    output: {file: 'dist/kiut-guide.iife.js', format: 'iife', name: 'kiut', sourcemap: true},
    plugins: widgetPlugins({module: false}),
    onwarn: failOnWarning,
  },
  {
    // The npm package's entries: `kiut-guide` (defines the tag) and `kiut-guide/element` (the
    // class only). One shared chunk, so importing both gives one class and one copy of Lit.
    input: {index: 'src/index.ts', element: 'src/element.ts'},
    output: {dir: 'dist/npm', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: '[name]-shared.js'},
    plugins: widgetPlugins({module: true}),
    onwarn: failOnWarning,
  },
];
