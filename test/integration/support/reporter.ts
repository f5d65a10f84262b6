/**
 * Mocha reporter of the integration suite: records each test into the result
 * file as it ends; prints to the console only when no driver reads that file
 * (e.g. "Extension Tests" launched from VS Code's debugger).
 */
import Mocha from 'mocha';
import { emptyResult, resultUri, writeResult, type SuiteResult } from './result';

const { EVENT_TEST_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;

export class SuiteReporter extends Mocha.reporters.Base {
  /** The run's result so far; run() adds the host and marks it done. */
  static latest: SuiteResult = emptyResult();

  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const result = (SuiteReporter.latest = emptyResult());
    const quiet = resultUri() !== undefined;
    const record = (title: string, state: 'passed' | 'failed' | 'pending', durationMs?: number) => {
      result.tests.push({ title, state, durationMs });
      result.running = undefined;
      if (!quiet) console.log(`  ${{ passed: '✓', failed: '✗', pending: '-' }[state]} ${title}`);
      writeResult(result);
    };
    runner.on(EVENT_TEST_BEGIN, (test) => {
      result.running = test.fullTitle();
      writeResult(result);
    });
    runner.on(EVENT_TEST_PASS, (test) => {
      result.passed += 1;
      record(test.fullTitle(), 'passed', test.duration);
    });
    runner.on(EVENT_TEST_PENDING, (test) => {
      result.pending += 1;
      record(test.fullTitle(), 'pending');
    });
    runner.on(EVENT_TEST_FAIL, (test, error: Error) => {
      // Hooks fail through this event too; they count as a failure of their own title.
      result.failed += 1;
      result.failures.push({ title: test.fullTitle(), message: String(error?.message ?? error), stack: error?.stack });
      record(test.fullTitle(), 'failed', test.duration);
    });
  }
}
