// The README's test command: unit tests, tests on real artifacts (DOCX read back
// by LibreOffice, the preview page in headless Chromium) and the integration
// suite inside a real VS Code; it ends with one combined line
// "N passed, N failed, N skipped" (rules in scripts/test-phases.cjs).
// Usage: node scripts/test.mjs [unit|artifacts|integration ...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import testPhases from './test-phases.cjs';

const phases = testPhases.phases(process.env);
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(phases);
const dir = mkdtempSync(join(tmpdir(), 'giaymoi-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;
let built = false;

for (const name of wanted) {
  const phase = phases[name];
  if (!phase) {
    console.error(`unknown test phase: ${name}`);
    process.exit(2);
  }
  if (phase.when && !existsSync(phase.when)) {
    console.log(`\n[${name}] nothing to run yet`);
    continue;
  }
  if (phase.needsBuild && !built) {
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
    if (b.status !== 0) {
      console.error('build failed');
      failed += 1;
      break;
    }
    built = true;
  }
  console.log(`\n===== ${name} =====`);
  const resultFile = join(dir, `${name}.json`);
  const run = spawnSync(process.execPath, phase.argv, {
    stdio: 'inherit',
    env: { ...process.env, GIAYMOI_RESULT_FILE: resultFile },
  });
  const result = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : null;
  if (!result) {
    console.error(
      `[${name}] produced no result (exit ${run.status}${run.signal ? ', ' + run.signal : ''}; a \`.only\` left in a test stops mocha before it runs)`,
    );
    failed += 1;
    continue;
  }
  passed += result.passed;
  failed += result.failed;
  skipped += result.pending ?? 0;
  if (result.failed === 0 && run.status !== 0) {
    console.error(`[${name}] exited ${run.status} with no failed test`);
    failed += 1;
  }
  console.log(`[${name}] ${result.passed} passed, ${result.failed} failed, ${result.pending ?? 0} skipped`);
}

const { line, reasons, exitCode } = testPhases.verdict({ passed, failed, skipped }, process.env);
if (exitCode !== 0) console.error(`\nFAILED: ${reasons.join('; ')}`);
console.log(`\n${line}`);
process.exit(exitCode);
