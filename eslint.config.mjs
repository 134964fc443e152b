// ESLint: typescript-eslint, Lit, lit-a11y and web-component rules, run with --max-warnings 0.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/**', 'release/**', 'node_modules/**', 'src/generated/**', 'src/i18n/generated/**', '.bench/**']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    plugins: {'lit-a11y': litA11y},
    rules: {...litA11y.configs.recommended.rules},
  },
  {
    // Browser code and Node code live side by side; each file may use both kinds of globals
    // only where it runs, which the type checker enforces for the TypeScript files.
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'}],
    },
  },
  {
    // Chai assertions are expressions: \`expect(x).to.exist\`.
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
);
