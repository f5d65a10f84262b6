/**
 * The suite's entry inside the extension host, in the shape both hosts call:
 * `run()` as `extensionTestsPath` for @vscode/test-electron and for the
 * code-server host (test/vscode-host/run.mjs). The harness bundles it with
 * mocha inside, and each `*.test.ts` beside it, and lists them in tests.json.
 *
 * Environment (set by the drivers): GIAYMOI_SUITE_RESULT (result JSON file),
 * GIAYMOI_SUITE_GREP (e.g. "@smoke" for the packaged-extension run),
 * GIAYMOI_SUITE_STAGE=1 (leave the window ready for a screenshot at the end),
 * CI=true (a skipped or pending test fails; see support/mocha-options.ts).
 */
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { suiteMochaOptions } from './support/mocha-options';
import { SuiteReporter } from './support/reporter';
import { flushResults, writeResult, type SuiteResult } from './support/result';
import { stageScreenshot } from './support/stage-screenshot';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ...suiteMochaOptions(), reporter: SuiteReporter });
  const files: string[] = JSON.parse(fs.readFileSync(path.join(__dirname, 'tests.json'), 'utf8'));
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  try {
    await new Promise<void>((resolve) => mocha.run(() => resolve()));
  } catch (error) {
    // A `.only` (forbidden) throws while mocha loads the files: report it as a failure, not a hang.
    writeResult({
      ...SuiteReporter.latest,
      failed: SuiteReporter.latest.failed + 1,
      failures: [
        ...SuiteReporter.latest.failures,
        { title: 'loading the suite', message: String((error as Error)?.message ?? error) },
      ],
      done: true,
    });
    await flushResults();
    throw error;
  }
  const result: SuiteResult = { ...SuiteReporter.latest, host: describeHost() };
  if (process.env.GIAYMOI_SUITE_STAGE === '1') {
    await stageScreenshot().catch((error: Error) => {
      result.stageError = error.message;
    });
  }
  writeResult({ ...result, running: undefined, done: true });
  await flushResults();
  if (!process.env.GIAYMOI_SUITE_RESULT)
    console.log(`${result.passed} passed, ${result.failed} failed, ${result.pending} skipped`);
  if (result.failed > 0) throw new Error(`${result.failed} test(s) failed`);
}

function describeHost(): NonNullable<SuiteResult['host']> {
  return {
    version: vscode.version,
    appName: vscode.env.appName,
    uiKind: vscode.UIKind[vscode.env.uiKind],
    remoteName: vscode.env.remoteName ?? null,
  };
}
