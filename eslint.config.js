import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Do not relax these rules: src/ is the pure core that every other layer calls into. It must run
// in Node tests, in the page and in the main process alike, so it may not reach into any of them.
const coreBoundary = {
  files: ['src/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/electron/**', '**/renderer/**'],
            message: 'src/ is the pure core: it must not import electron/ or renderer/.',
          },
          {
            group: ['electron', 'electron/*', 'electron-store', 'conf'],
            message: 'src/ must not import Electron or the store.',
          },
          {
            group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@fullcalendar/*'],
            message: 'src/ must not import React or the UI.',
          },
          {
            group: ['node:*', 'fs', 'path', 'os', 'child_process'],
            message: 'src/ must not import Node built-ins.',
          },
        ],
      },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'src/ never reads the clock: pass `today` in.',
      },
      {
        selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
        message: 'src/ never reads the clock: pass `today` in.',
      },
    ],
    'no-restricted-properties': [
      'error',
      {
        object: 'Math',
        property: 'random',
        message: 'src/ is deterministic: derive ids, do not draw them.',
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  coreBoundary,
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
