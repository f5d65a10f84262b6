/**
 * The suite's entry inside the extension host, in the shape both hosts call:
 * `run()` as `extensionTestsPath` for @vscode/test-electron and for the
 * code-server host (test/vscode-host/run.mjs). The harness bundles it with
 * mocha inside, and each `*.test.ts` beside it, and lists them in tests.json.
 *
 * Environment (set by the drivers): GIAYMOI_SUITE_RESULT (result JSON file),
 * GIAYMOI_SUITE_GREP (e.g. "@smoke" for the packaged-extension run),
 * GIAYMOI_SUITE_STAGE=1 (leave the window ready for a screenshot at the end).
 */
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SuiteReporter } from './support/reporter';
import { writeResult, type SuiteResult } from './support/result';
import { stageScreenshot } from './support/stage-screenshot';

export async function run(): Promise<void> {
  const grep = process.env.GIAYMOI_SUITE_GREP || undefined;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: SuiteReporter, grep });
  const files: string[] = JSON.parse(fs.readFileSync(path.join(__dirname, 'tests.json'), 'utf8'));
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  await new Promise<void>((resolve) => mocha.run(() => resolve()));
  const result: SuiteResult = { ...SuiteReporter.latest, host: describeHost() };
  if (process.env.GIAYMOI_SUITE_STAGE === '1') {
    await stageScreenshot().catch((error: Error) => { result.stageError = error.message; });
  }
  writeResult({ ...result, running: undefined, done: true });
  if (!process.env.GIAYMOI_SUITE_RESULT) console.log(`${result.passed} passed, ${result.failed} failed`);
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
