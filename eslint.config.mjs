// Lint: typescript-eslint's recommended rules everywhere, plus purity rules for
// the engine (no Phaser, DOM, timers, storage, clock or Math.random under
// src/engine) so the engine stays a pure function of its inputs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const engineBans = [
  { object: 'Math', property: 'random', message: 'The engine uses the seeded RNG in the game state.' },
  { object: 'Date', property: 'now', message: 'The engine has no clock.' },
  { object: 'performance', property: 'now', message: 'The engine has no clock.' },
];

export default tseslint.config(
  { ignores: ['.tmp/**', '.bench/**', '.cache/**', 'dist/**', 'node_modules/**', 'screenshots/**', 'bench/results.json', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly', performance: 'readonly',
        URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', localStorage: 'readonly',
        HTMLElement: 'readonly', KeyboardEvent: 'readonly', requestAnimationFrame: 'readonly', Blob: 'readonly',
        navigator: 'readonly', location: 'readonly', history: 'readonly', structuredClone: 'readonly', TextEncoder: 'readonly',
        TextDecoder: 'readonly', atob: 'readonly', btoa: 'readonly', CustomEvent: 'readonly', Event: 'readonly',
        FileReader: 'readonly', getComputedStyle: 'readonly', matchMedia: 'readonly', queueMicrotask: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['phaser', 'phaser/*'], message: 'The engine never imports Phaser.' },
            { group: ['node:*', 'fs', 'path'], message: 'The engine is pure: no file system.' },
          ],
        },
      ],
      'no-restricted-properties': ['error', ...engineBans],
      'no-restricted-syntax': [
        'error',
        // Nothing under src/engine may import from outside src/engine (the shell: view, ui, node, cli).
        { selector: "ImportDeclaration[source.value=/^\\.\\.\\/\\.\\.\\/\\.\\.\\//]", message: 'The engine does not depend on the shell.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'No DOM in the engine.' },
        { name: 'document', message: 'No DOM in the engine.' },
        { name: 'localStorage', message: 'No storage in the engine.' },
        { name: 'sessionStorage', message: 'No storage in the engine.' },
        { name: 'setTimeout', message: 'No timers in the engine.' },
        { name: 'setInterval', message: 'No timers in the engine.' },
        { name: 'requestAnimationFrame', message: 'No timers in the engine.' },
        { name: 'fetch', message: 'No network in the engine.' },
        { name: 'performance', message: 'No clock in the engine.' },
        { name: 'Date', message: 'No clock in the engine.' },
      ],
    },
  },
  {
    files: ['src/engine/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "ImportDeclaration[source.value=/^\\.\\.\\//]", message: 'The engine does not depend on the shell.' }],
    },
  },
  {
    files: ['src/engine/*/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "ImportDeclaration[source.value=/^\\.\\.\\/\\.\\.\\//]", message: 'The engine does not depend on the shell.' }],
    },
  },
);
