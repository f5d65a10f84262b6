// Mocha reporter: the usual spec output, plus the counts written as JSON to
// $GIAYMOI_RESULT_FILE so scripts/test.mjs can print one combined summary line.
const fs = require('node:fs');
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const failures = [];
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test, err) =>
      failures.push({ title: test.fullTitle(), message: String(err && err.message) }),
    );
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.GIAYMOI_RESULT_FILE;
      if (!file) return;
      const s = runner.stats || {};
      const result = { passed: s.passes || 0, failed: s.failures || 0, pending: s.pending || 0, failures, done: true };
      fs.writeFileSync(file + '.tmp', JSON.stringify(result));
      fs.renameSync(file + '.tmp', file);
    });
  }
}
module.exports = SummaryReporter;
