// The integration suite (test/integration) inside a real VS Code: code-server's
// VS Code 1.100 with Debian's Chromium as the client. See test/integration/README.md and
// shared/design/vscode-host.md for why and how.
//
// Usage: node test/vscode-host/run.mjs [--all | --dev | --vsix FILE] [--grep TEXT] [--timeout SECONDS] [--keep]
//   --all (default)  the development suite, then `npm run package` and the @smoke tests against the VSIX
//   --dev            the development suite only (the extension from this folder)
//   --vsix FILE      the @smoke tests against FILE, installed with --install-extension
//   --grep TEXT      only tests whose title contains TEXT (the VSIX run: TEXT instead of @smoke)
//   --keep           keep the temp dir (code-server.log, result.json, the bundled suite)
// Writes one combined result JSON to $GIAYMOI_RESULT_FILE (scripts/test.mjs reads it).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildSuite,
  changedWorkspaceFiles,
  combineResults,
  withSourceStacks,
  countTests,
  createProgressPrinter,
  failedResult,
  prepareWorkspace,
  printSummary,
  REPO_ROOT,
} from '../integration/harness.mjs';
import {
  bundledVsCodeVersion,
  freePort,
  hostProfile,
  installVsix,
  killProcessGroupNow,
  startCodeServer,
  stopProcessGroup,
} from './code-server.mjs';
import { emptyDir, finish, hostDriver, prefixLines, withFailure } from './driver.mjs';
import { runUiTests } from './ui/run-ui.mjs';
import { isWorthShowing, launchBrowser, openWorkbench } from './workbench.mjs';

const CI = process.env.CI === 'true';
const { run, parseOptions, ensureHost, packageVsix, waitForResult, saveScreenshot } = hostDriver({
  tag: 'vscode-host',
  script: 'test/vscode-host/run.mjs',
  tests: 'integration tests',
  countTests,
});
const options = parseOptions(process.argv.slice(2));
const tmp = mkdtempSync(join(tmpdir(), 'giaymoi-vscode-'));
const servers = new Set();
const browsers = new Set();

process.on('exit', () => {
  servers.forEach(killProcessGroupNow);
  if (!options.keep) rmSync(tmp, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    console.error(`\n[vscode-host] ${signal}: stopping`);
    process.exit(130);
  });

process.exit(await main());

async function main() {
  const unavailable = ensureHost();
  if (unavailable) return unavailable.skip ? 0 : finish(failedResult('VS Code host', unavailable.problem));
  if (!run('build', process.execPath, ['scripts/build.mjs']))
    return finish(failedResult('build', 'node scripts/build.mjs failed'));
  const suiteEntry = await buildSuite(join(tmp, 'suite'));
  const runs = [];
  if (options.dev)
    runs.push({
      label: 'development',
      result: await runSuite({ label: 'development', suiteEntry, grep: options.grep }),
    });
  if (options.vsix) {
    const vsix = options.vsixFile ?? packageVsix();
    const result = vsix
      ? await runSuite({ label: 'vsix', suiteEntry, vsix, grep: options.grep ?? '@smoke' })
      : failedResult('vsix', '`npm run package` failed');
    runs.push({ label: 'vsix', result });
  }
  if (runs.length === 1) return finish(runs[0].result);
  const combined = combineResults(runs);
  console.log(
    `\n[vscode-host] ${runs.map((r) => `${r.label}: ${r.result.passed} passed, ${r.result.failed} failed, ${r.result.pending ?? 0} skipped`).join('; ')}`,
  );
  printSummary({ ...combined, failures: [] });
  return finish(combined);
}

/** One code-server, one browser, one run of the suite; everything stopped afterwards. */
async function runSuite({ label, suiteEntry, vsix, grep }) {
  const started = Date.now();
  const dir = join(tmp, label);
  const resultFile = join(dir, 'result.json');
  const profile = hostProfile(dir, {
    GIAYMOI_SUITE_RESULT: resultFile,
    GIAYMOI_SUITE_GREP: grep ?? '',
    GIAYMOI_SUITE_STAGE: '1',
  });
  profile.env.GIAYMOI_SUITE_EXTENSION_ROOT = vsix ? profile.dirs.extensions : REPO_ROOT;
  const workspace = prepareWorkspace(join(dir, 'workspace'));
  const logFile = join(dir, 'code-server.log');
  console.log(
    `\n[vscode-host] ${label}: code-server (VS Code ${bundledVsCodeVersion()})${grep ? `, tests matching ${grep}` : ''}`,
  );
  let server;
  let browser;
  try {
    if (vsix) console.log(`[vscode-host] ${installVsix(profile, vsix).split('\n').pop()}`);
    const port = await freePort();
    server = await startCodeServer({ profile, port, workspace, logFile });
    servers.add(server);
    const serverUp = Date.now();
    browser = await launchBrowser();
    browsers.add(browser);
    let exit = null;
    const page = await openWorkbench(browser, {
      // With the VSIX the development path is an empty folder: the window must still be in
      // extension-development mode, or VS Code does not run extensionTestsPath at all.
      port,
      workspace,
      extensionDevelopmentPath: vsix ? emptyDir(join(dir, 'no-development-extension')) : REPO_ROOT,
      extensionTestsPath: suiteEntry,
      onLog: (type, text) => {
        if (isWorthShowing(text)) console.log(prefixLines(type === 'error' ? '  │ ✗ ' : '  │ ', text));
      },
      onExit: (code) => {
        exit = { code, at: Date.now() };
      },
    });
    const printer = createProgressPrinter();
    let firstTest = 0;
    let result = await waitForResult(
      resultFile,
      () => exit,
      (r) => {
        if (!firstTest && r?.running) firstTest = Date.now();
        printer(r);
      },
      { timeoutS: options.timeoutS, suite: 'suite', hint: 'was extensionTestsPath run?' },
    );
    const testsDone = Date.now();
    const changed = changedWorkspaceFiles(workspace);
    if (changed.length)
      result = withFailure(
        result,
        'workspace',
        `tests saved over workspace files (revert, don't save): ${changed.join(', ')}`,
      );
    if (result.done && !result.timedOut)
      await saveScreenshot(page, label === 'development' ? 'workbench.png' : `workbench-${label}.png`);
    const shot = Date.now();
    // What only the UI shows, driven from here in the same window (development run only).
    if (!vsix && result.done && !result.timedOut) {
      // A fresh window without the suite: a test run's extension host is shut down when run() settles.
      await page.close();
      const uiPage = await openWorkbench(browser, {
        port,
        workspace,
        extensionDevelopmentPath: REPO_ROOT,
        extensionTestsPath: null,
        onLog: () => {},
        onExit: () => {},
      });
      await uiPage.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
      result = withUiResult(
        result,
        await runUiTests({
          page: uiPage,
          workspace,
          grep,
          logsDir: join(profile.dirs.userData, 'logs'),
          artifacts: join(REPO_ROOT, 'test-artifacts'),
        }),
      );
    }
    const s = (a, b) => `${((b - a) / 1000).toFixed(1)} s`;
    console.log(
      `[vscode-host] times: server ${s(started, serverUp)}, workbench and extension host ${firstTest ? s(serverUp, firstTest) : '?'}, tests ${firstTest ? s(firstTest, testsDone) : '?'}, screenshot ${s(testsDone, shot)}, UI tests ${s(shot, Date.now())}`,
    );
    return checked(result, logFile, started);
  } catch (error) {
    console.error(`[vscode-host] ${label}: ${error.stack ?? error}`);
    printLogTail(logFile);
    return failedResult(`[${label}] host`, error.message);
  } finally {
    await browser?.close().catch(() => {});
    browsers.delete(browser);
    await stopProcessGroup(server);
    servers.delete(server);
  }
}

/** The run's verdict: no result, zero tests or a timeout count as failures. */
function checked(result, logFile, started) {
  result = withSourceStacks(result);
  if (result.passed + result.failed === 0)
    result = withFailure(result, 'host', 'no test ran (is the grep or the test list empty?)');
  if (CI && result.pending > 0)
    result = withFailure(result, 'pending', `${result.pending} skipped or pending test(s); CI=true allows none`);
  if (result.stageError) console.log(`[vscode-host] screenshot staging: ${result.stageError}`);
  if (result.failed > 0 && !result.host) printLogTail(logFile);
  printSummary(result);
  console.log(`[vscode-host] wall time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** The suite's result with the UI tests' added (counts, tests, failures). */
function withUiResult(result, ui) {
  return {
    ...result,
    passed: result.passed + ui.passed,
    failed: result.failed + ui.failed,
    tests: [...result.tests, ...ui.tests],
    failures: [...result.failures, ...ui.failures],
  };
}

function printLogTail(logFile) {
  if (!existsSync(logFile)) return;
  const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-25);
  console.log(`[vscode-host] last lines of ${logFile}:\n${prefixLines('  ', tail.join('\n'))}`);
}
