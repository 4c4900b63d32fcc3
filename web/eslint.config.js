// The web app's linter (npm run lint; scripts/check-code.sh runs it in CI). TypeScript rules from typescript-eslint,
// the rules of hooks, and the project's habit of functions that fit on a screen (80 lines; tests excepted).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Generated from docs/openapi.json by `npm run generate`: not written by hand, not linted.
  { ignores: ['dist/', 'src/generated/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  // `const { version: _version, ...fields } = ...` leaves a field out on purpose.
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] } },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The rules of hooks. Not the React Compiler's rules of recommended-latest: the app is not compiled by it, and its
      // `refs` rule takes every read of useForm's object (which holds the form element's ref) for a ref read in render.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // A function longer than a screen does more than one thing: split it (issue 10).
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.mjs', '*.ts'],
    languageOptions: { globals: globals.node },
  },
  // The browser tests hand functions to page.evaluate, which run in the page.
  {
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'max-lines-per-function': 'off' },
  },
);
