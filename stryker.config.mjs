// Mutation testing (StrykerJS): how many deliberate faults in the source the unit
// tests catch. Slow on a shared two-core machine, so it is an npm script of its own
// (`npm run mutation`), not part of `npm test` or CI. Narrow it per folder with
// `npm run mutation -- --mutate 'src/core/layout/**/*.ts'`.
// src/core/rules runs every test through checkInvitation, so its own tests measure it in
// reasonable time: STRYKER_SPEC='test/unit/rules/*.test.ts,test/unit/examples.test.ts,
// test/unit/authoring/quick-fixes.test.ts,test/unit/merge/check-merge.test.ts,test/unit/core/rule-config.test.ts,
// test/unit/core/punctuation.test.ts,test/unit/text/*.test.ts' npm run mutation -- --ignoreStatic
// --mutate 'src/core/rules/**/*.ts' (the fixed codes in src/core/codes/ are prose pinned by
// docs/rules.md; its ~400 module-level mutants would each re-run the whole suite).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Stryker's mocha runner predates mocha 12's `.cjs` files: patch the resolution in
// this process (which loads the plugin) and in every test-runner process.
const compat = fileURLToPath(new URL('./scripts/stryker-mocha-compat.cjs', import.meta.url));
createRequire(import.meta.url)(compat);

// Reports go to reports/mutation, or to $STRYKER_REPORT_DIR (e.g. one folder per run).
const reports = process.env.STRYKER_REPORT_DIR ?? 'reports/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mochaOptions: {
    config: '.mocharc.json',
    // $STRYKER_SPEC (comma-separated globs) narrows the tests, e.g. to a folder's own tests when
    // the whole suite would take hours: the score is then what those tests alone kill.
    spec: process.env.STRYKER_SPEC ? process.env.STRYKER_SPEC.split(',') : ['test/unit/**/*.test.ts'],
    // These test the scripts and the import graph, not the mutated code, by spawning processes: slow, and they kill nothing.
    // The CLI tests also spawn processes (a mutant is not active in a child). The property tests
    // (hundreds of random documents each, for "never throws" and "no range outside the text") made
    // every surviving mutant of the core cost minutes; the behaviour they cover is pinned elsewhere.
    ignore: [
      'test/unit/guards/test-line.test.ts',
      'test/unit/guards/layers.test.ts',
      'test/unit/export/cli-export.test.ts',
      'test/unit/import/cli-import.test.ts',
      'test/unit/rules/robustness.test.ts',
      'test/unit/authoring/robustness.test.ts',
      'test/unit/render-docx/xml-wellformed.test.ts',
    ],
  },
  dryRunTimeoutMinutes: 20,
  mutate: [
    'src/core/rules/**/*.ts',
    'src/core/layout/**/*.ts',
    'src/core/**/*.ts',
    'src/render/html/**/*.ts',
    'src/render/docx/**/*.ts',
  ],
  testRunnerNodeArgs: ['--require', compat],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reports}/mutation.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  ignorePatterns: ['dist', 'reports', 'test-artifacts', 'test/vscode-host/node_modules', '.stryker-tmp'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
