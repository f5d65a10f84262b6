// The rules of the README's test command, apart from running it (scripts/test.mjs),
// so that tests can prove each one (test/unit/guards/test-line.test.ts):
// `.only` is forbidden everywhere; with CI=true a skipped or pending test fails;
// the last line is always "N passed, N failed, N skipped".
'use strict';

const isCi = (env) => env.CI === 'true';

/** Mocha's command line for one phase: the summary reporter, `.only` forbidden, pending forbidden on CI. */
function mochaArgv(glob, env = process.env) {
  return [
    'node_modules/mocha/bin/mocha.js',
    '--reporter',
    'test/support/summary-reporter.cjs',
    '--forbid-only',
    ...(isCi(env) ? ['--forbid-pending'] : []),
    glob,
  ];
}

/** The phases, in the order `node scripts/test.mjs` runs them. */
function phases(env = process.env) {
  return {
    unit: { argv: mochaArgv('test/unit/**/*.test.ts', env) },
    artifacts: { argv: mochaArgv('test/artifacts/**/*.test.ts', env), needsBuild: true, when: 'test/artifacts' },
    integration: { argv: ['test/vscode-host/run.mjs'], needsBuild: true, when: 'test/vscode-host/run.mjs' },
    // The extension from its browser entry in code-server's web-worker host (npm run test:web).
    web: { argv: ['test/vscode-host/run-web.mjs'], needsBuild: true, when: 'test/vscode-host/run-web.mjs' },
  };
}

/**
 * The run's verdict from the summed counts: the final line, the reasons it
 * failed, and the exit code. On CI a skip is a failure: whatever was skipped
 * was not tested.
 */
function verdict({ passed, failed, skipped }, env = process.env) {
  const reasons = [];
  if (failed > 0) reasons.push(`${failed} failed`);
  if (passed === 0) reasons.push('no test passed');
  if (skipped > 0 && isCi(env)) reasons.push(`${skipped} skipped, and CI=true allows no skipped or pending test`);
  return { line: `${passed} passed, ${failed} failed, ${skipped} skipped`, reasons, exitCode: reasons.length ? 1 : 0 };
}

module.exports = { mochaArgv, phases, verdict };
