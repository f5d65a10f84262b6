/**
 * The suite's result as JSON in the file named by GIAYMOI_SUITE_RESULT: the
 * drivers (test/vscode-host/run.mjs, run-electron.mjs) poll it, print every
 * test as it lands, and judge the run by it. Rewritten after every test
 * (`done: false`) so a hang still shows what ran and what was running.
 */
import * as fs from 'node:fs';

export interface TestRecord {
  readonly title: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs?: number;
}

export interface Failure {
  readonly title: string;
  readonly message: string;
  readonly stack?: string;
}

export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
  failures: Failure[];
  tests: TestRecord[];
  /** The test that has started and not finished yet. */
  running?: string;
  /** Which VS Code ran the suite: `vscode.version`, `env.appName`, and how it differs from the desktop. */
  host?: { version: string; appName: string; uiKind: string; remoteName: string | null };
  /** Why the screenshot staging after the tests did not complete, if it did not. */
  stageError?: string;
  done: boolean;
}

export const RESULT_FILE_VARIABLE = 'GIAYMOI_SUITE_RESULT';

export function emptyResult(): SuiteResult {
  return { passed: 0, failed: 0, pending: 0, failures: [], tests: [], done: false };
}

/** Writes through a temp file and a rename, so a reader never sees half a file. */
export function writeResult(result: SuiteResult, file = process.env[RESULT_FILE_VARIABLE]): void {
  if (!file) return;
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(result, null, 1));
  fs.renameSync(temp, file);
}
