/**
 * The integration suite's mocha options, apart from the extension host so a
 * unit test can prove them (test/unit/guards/test-line.test.ts): `.only` is
 * forbidden, and with CI=true so is any skipped or pending test.
 */
import type Mocha from 'mocha';

export function suiteMochaOptions(env: NodeJS.ProcessEnv = process.env): Mocha.MochaOptions {
  return {
    ui: 'bdd',
    color: false,
    timeout: 30_000,
    grep: env.GIAYMOI_SUITE_GREP || undefined,
    forbidOnly: true,
    forbidPending: env.CI === 'true',
  };
}
