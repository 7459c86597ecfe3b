import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.*/',
      'dist-base/',
      'dist-base.*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/.work/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Layers: lib and schemas are pure and must not import from components, layouts or pages.
    files: ['src/lib/**/*.ts', 'src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/components/**', '**/layouts/**', '**/pages/**'] }],
    },
  },
  {
    files: ['src/components/**/*'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/layouts/**', '**/pages/**'] }] },
  },
  {
    files: ['src/layouts/**/*'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/pages/**'] }] },
  },
);
