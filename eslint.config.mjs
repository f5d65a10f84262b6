// ESLint for every script of the repository: typescript-eslint's recommended
// rules on the TypeScript, with the type-aware ones that catch real bugs here
// (a promise nobody awaits loses its error; a promise passed where a callback
// returns void runs unordered), and ESLint's recommended rules on the plain
// JavaScript of scripts, benches and test hosts. Formatting is Prettier's job.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'media/**',
      'node_modules/**',
      'test/vscode-host/node_modules/**',
      'reports/**',
      '.stryker-tmp*/**',
      '.web-suite/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Functions these run inside a page (Playwright's evaluate): the browser's globals.
    files: ['bench/vscode/**/*.mjs', 'test/vscode-host/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
);
