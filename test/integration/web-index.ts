/**
 * The suite's entry in VS Code's web-worker extension host (`npm run test:web`,
 * test/vscode-host/run-web.mjs): the `run()` that host calls as
 * `extensionTestsPath`. A worker has no Node: mocha is its browser build, the
 * tests are bundled in (`loadTests` requires them after mocha's globals exist),
 * the options come from `.giaymoi-suite/options.json` in the workspace (written
 * by the driver) and the result goes beside them (support/result.ts).
 */
import Mocha from 'mocha'; // the browser build (test/vscode-host/web-suite.mjs aliases it)
import * as vscode from 'vscode';
import { suiteMochaOptions } from './support/mocha-options';
import { SuiteReporter } from './support/reporter';
import { flushResults, reportIntoWorkspace, WEB_SUITE_FOLDER, writeResult, type SuiteResult } from './support/result';
import { stageScreenshot } from './support/stage-screenshot';
import { setWebOptions, type WebSuiteOptions } from './support/web-options';

interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  run(done: (failures: number) => void): void;
}

export async function run(loadTests: () => void): Promise<void> {
  reportIntoWorkspace();
  const options = await readOptions();
  setWebOptions(options);
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  const env = { GIAYMOI_SUITE_GREP: options.grep, CI: options.ci ? 'true' : undefined };
  const defined = Object.entries({ ...suiteMochaOptions(env), reporter: SuiteReporter }).filter(
    ([, v]) => v !== undefined,
  );
  mocha.setup(Object.fromEntries(defined));
  try {
    loadTests();
    await new Promise<void>((resolve) => mocha.run(() => resolve()));
  } catch (error) {
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
  const result: SuiteResult = { ...SuiteReporter.latest, host: await describeHost() };
  if (options.stage)
    await stageScreenshot().catch((error: Error) => {
      result.stageError = error.message;
    });
  writeResult({ ...result, running: undefined, done: true });
  await flushResults();
  if (result.failed > 0) throw new Error(`${result.failed} test(s) failed`);
}

async function readOptions(): Promise<WebSuiteOptions> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the web suite needs a workspace folder');
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, WEB_SUITE_FOLDER, 'options.json'));
  return JSON.parse(new TextDecoder().decode(bytes)) as WebSuiteOptions;
}

async function describeHost(): Promise<NonNullable<SuiteResult['host']>> {
  const extension = vscode.extensions.getExtension('giaymoi.giaymoi');
  const api = extension?.isActive ? (extension.exports as { platform?: string }) : undefined;
  return {
    version: vscode.version,
    appName: vscode.env.appName,
    uiKind: vscode.UIKind[vscode.env.uiKind],
    remoteName: vscode.env.remoteName ?? null,
    extension: api?.platform ? `${api.platform} entry` : undefined,
  };
}

// Keeps `Mocha` (its browser build sets globalThis.mocha as a side effect of loading).
void Mocha;
