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
      // Control characters in a regex are what the XML-safety, terminal and invisible-character passes look for.
      'no-control-regex': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // `typeof import('…')` types a module that is required lazily (the CLI's compile cache has no import()).
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // A rule's codes join Problem's code union by declaration merging: `interface ProblemCodes extends NamesOf<…> {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests load modules after installing a fake `vscode`, which only require() can order,
    // and read JSON documents (a manifest, an imported YAML) whose shape they then assert.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
