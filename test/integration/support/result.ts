/**
 * The suite's result as JSON in a file the drivers poll (test/vscode-host/run.mjs,
 * run-web.mjs, run-electron.mjs): they print every test as it lands and judge
 * the run by it. Rewritten after every test (`done: false`) so a hang still
 * shows what ran and what was running.
 *
 * One channel for every host: the file is written through `vscode.workspace.fs`
 * (a temp file, then a rename), which the Node extension host and the browser's
 * web-worker host both have. Where: the file named by GIAYMOI_SUITE_RESULT when
 * the host has an environment (Node), else `.giaymoi-suite/result.json` in the
 * workspace folder, which code-server serves from disk (the web driver reads it there).
 */
import * as vscode from 'vscode';

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
  host?: { version: string; appName: string; uiKind: string; remoteName: string | null; extension?: string };
  /** Why the screenshot staging after the tests did not complete, if it did not. */
  stageError?: string;
  done: boolean;
}

export const RESULT_FILE_VARIABLE = 'GIAYMOI_SUITE_RESULT';
/** The web suite's folder in the workspace: its options (written by the driver) and its result. */
export const WEB_SUITE_FOLDER = '.giaymoi-suite';

export function emptyResult(): SuiteResult {
  return { passed: 0, failed: 0, pending: 0, failures: [], tests: [], done: false };
}

/** The environment variable, when this host has an environment (a web worker has none). */
export function environment(name: string): string | undefined {
  return typeof process !== 'undefined' && process.env ? process.env[name] : undefined;
}

/** Where the result goes, or undefined when nobody reads it (no variable, and not the web suite). */
export function resultUri(): vscode.Uri | undefined {
  const file = environment(RESULT_FILE_VARIABLE);
  if (file) return vscode.Uri.file(file);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return webSuite && folder ? vscode.Uri.joinPath(folder.uri, WEB_SUITE_FOLDER, 'result.json') : undefined;
}

let webSuite = false;
/** The web entry (web-index.ts) reports into the workspace. */
export function reportIntoWorkspace(): void {
  webSuite = true;
}

let queue: Promise<void> = Promise.resolve();
let written = 0;

/** Queues a write of `result` (in order; each through a temp file and a rename, so a reader never sees half a file). */
export function writeResult(result: SuiteResult, target = resultUri()): void {
  if (!target) return;
  const text = JSON.stringify(result, null, 1);
  written += 1;
  const temp = target.with({ path: `${target.path}.${written}.tmp` });
  queue = queue
    .then(async () => {
      await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
      await vscode.workspace.fs.rename(temp, target, { overwrite: true });
    })
    .catch((error: unknown) => console.error(`[suite] cannot write the result: ${String(error)}`));
}

/** Resolves when every queued result is on disk. */
export function flushResults(): Promise<void> {
  return queue;
}
