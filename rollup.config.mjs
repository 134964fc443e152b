// Two bundles from one entry: an ES module for <script type="module"> and a classic script
// for old CMSs. Both are self-contained (Lit, content, every locale): one file is all a
// partner hosts. Run `npm run generate` first; `npm run build` does.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {minifyCssLiterals} from './scripts/minify-css-literals.mjs';

const terserOptions = {
  ecma: 2021,
  module: true,
  compress: {passes: 2},
  format: {comments: false},
};

const plugins = ({module}) => [
  // Lit's dev-mode warnings are for development; the shipped file uses the production build.
  nodeResolve({exportConditions: ['production', 'default']}),
  typescript({tsconfig: './tsconfig.build.json'}),
  // After TypeScript: the TS plugin compiles from disk and ignores earlier transforms.
  minifyCssLiterals(),
  // A classic script's top-level `var kiut` is its API: terser must not treat it as module scope.
  terser({...terserOptions, module}),
];

export default [
  {
    input: 'src/index.ts',
    output: {file: 'dist/kiut-guide.js', format: 'es', sourcemap: true},
    plugins: plugins({module: true}),
  },
  {
    input: 'src/index.ts',
    // Exposes `window.kiut` (e.g. `kiut.defineKiutGuide('other-name')`) for pages without modules.
    output: {file: 'dist/kiut-guide.iife.js', format: 'iife', name: 'kiut', sourcemap: true},
    plugins: plugins({module: false}),
  },
  {
    // The npm package's entries: `kiut-guide` (defines the tag) and `kiut-guide/element` (the
    // class only). One shared chunk, so importing both gives one class and one copy of Lit.
    input: {index: 'src/index.ts', element: 'src/element.ts'},
    output: {dir: 'dist/npm', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: '[name]-shared.js'},
    plugins: plugins({module: true}),
  },
];
