// Two bundles from one entry: an ES module for <script type="module"> and a classic script
// for old CMSs. Both are self-contained (Lit, content, every locale): one file is all a
// partner hosts. Run `npm run generate` first; `npm run build` does.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const terserOptions = {
  ecma: 2021,
  module: true,
  compress: {passes: 2},
  format: {comments: false},
};

const plugins = () => [
  // Lit's dev-mode warnings are for development; the shipped file uses the production build.
  nodeResolve({exportConditions: ['production', 'default']}),
  typescript({tsconfig: './tsconfig.build.json'}),
  terser(terserOptions),
];

export default [
  {
    input: 'src/index.ts',
    output: {file: 'dist/kiut-guide.js', format: 'es', sourcemap: true},
    plugins: plugins(),
  },
  {
    input: 'src/index.ts',
    output: {file: 'dist/kiut-guide.iife.js', format: 'iife', name: 'KiutGuide', sourcemap: true},
    plugins: plugins(),
  },
];
