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
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  buildSuite, changedWorkspaceFiles, combineResults, withSourceStacks, countTests, createProgressPrinter, failedResult, prepareWorkspace, printSummary, readResult, REPO_ROOT, writeResultFile,
} from '../integration/harness.mjs';
import { bundledVsCodeVersion, freePort, hostProfile, installVsix, killProcessGroupNow, startCodeServer, stopProcessGroup } from './code-server.mjs';
import { installHost, isHostInstalled } from './install.mjs';
import { runUiTests } from './ui/run-ui.mjs';
import { CHROMIUM, isWorthShowing, launchBrowser, openWorkbench, takeScreenshot } from './workbench.mjs';

const CI = process.env.CI === 'true';
/** From the page load to the suite's first test: the workbench and extension host take ≈ 5–10 s. */
const START_TIMEOUT_S = 90;
const options = parseOptions(process.argv.slice(2));
const tmp = mkdtempSync(join(tmpdir(), 'giaymoi-vscode-'));
const servers = new Set();
const browsers = new Set();

process.on('exit', () => {
  servers.forEach(killProcessGroupNow);
  if (!options.keep) rmSync(tmp, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { console.error(`\n[vscode-host] ${signal}: stopping`); process.exit(130); });

process.exit(await main());

async function main() {
  const unavailable = ensureHost();
  if (unavailable) return unavailable.skip ? 0 : finish(failedResult('VS Code host', unavailable.problem));
  if (!run('build', process.execPath, ['scripts/build.mjs'])) return finish(failedResult('build', 'node scripts/build.mjs failed'));
  const suiteEntry = await buildSuite(join(tmp, 'suite'));
  const runs = [];
  if (options.dev) runs.push({ label: 'development', result: await runSuite({ label: 'development', suiteEntry, grep: options.grep }) });
  if (options.vsix) {
    const vsix = options.vsixFile ?? packageVsix();
    const result = vsix ? await runSuite({ label: 'vsix', suiteEntry, vsix, grep: options.grep ?? '@smoke' }) : failedResult('vsix', '`npm run package` failed');
    runs.push({ label: 'vsix', result });
  }
  if (runs.length === 1) return finish(runs[0].result);
  const combined = combineResults(runs);
  console.log(`\n[vscode-host] ${runs.map((r) => `${r.label}: ${r.result.passed} passed, ${r.result.failed} failed, ${r.result.pending ?? 0} skipped`).join('; ')}`);
  printSummary({ ...combined, failures: [] });
  return finish(combined);
}

/** Writes the result for scripts/test.mjs; non-zero when anything failed or nothing ran. */
function finish(result) {
  writeResultFile(process.env.GIAYMOI_RESULT_FILE, result);
  return result.failed > 0 || result.passed === 0 ? 1 : 0;
}

/** Installs the host when needed. Returns null when ready, else { problem, skip } (skip only outside CI). */
function ensureHost() {
  let problem = null;
  if (!isHostInstalled()) {
    console.log('[vscode-host] test/vscode-host/node_modules is not installed yet: installing');
    try {
      installHost();
    } catch (error) {
      problem = `cannot install the VS Code host: ${error.message}`;
    }
  }
  if (!problem && !existsSync(CHROMIUM)) problem = `no Chromium at ${CHROMIUM} (apt-get install chromium, or set GIAYMOI_CHROMIUM)`;
  if (!problem) return null;
  if (CI) {
    console.error(`[vscode-host] ${problem}; CI=true, so this is a failure, not a skip`);
    return { problem, skip: false };
  }
  const pending = countTests();
  console.log(`[vscode-host] SKIPPED: ${problem}. ${pending} integration tests not run (with CI=true this fails instead).`);
  writeResultFile(process.env.GIAYMOI_RESULT_FILE, { passed: 0, failed: 0, pending, failures: [], tests: [], skipped: problem, done: true });
  return { problem, skip: true };
}

/** `npm run package` → giaymoi.vsix (a production build), then the development build again. */
function packageVsix() {
  console.log('\n[vscode-host] npm run package');
  const r = spawnSync('npm', ['run', 'package'], { cwd: REPO_ROOT, encoding: 'utf8' });
  const file = join(REPO_ROOT, 'giaymoi.vsix');
  if (r.status !== 0 || !existsSync(file)) {
    console.error(`${r.stdout}${r.stderr}`);
    return null;
  }
  const summary = r.stdout.match(/Packaged: .*/)?.[0] ?? '';
  console.log(`[vscode-host] giaymoi.vsix: ${(statSync(file).size / 1024).toFixed(1)} KiB (${statSync(file).size} bytes) — ${summary}`);
  run('build', process.execPath, ['scripts/build.mjs']); // back to the development build, with source maps
  return file;
}

/** One code-server, one browser, one run of the suite; everything stopped afterwards. */
async function runSuite({ label, suiteEntry, vsix, grep }) {
  const started = Date.now();
  const dir = join(tmp, label);
  const resultFile = join(dir, 'result.json');
  const profile = hostProfile(dir, { GIAYMOI_SUITE_RESULT: resultFile, GIAYMOI_SUITE_GREP: grep ?? '', GIAYMOI_SUITE_STAGE: '1' });
  profile.env.GIAYMOI_SUITE_EXTENSION_ROOT = vsix ? profile.dirs.extensions : REPO_ROOT;
  const workspace = prepareWorkspace(join(dir, 'workspace'));
  const logFile = join(dir, 'code-server.log');
  console.log(`\n[vscode-host] ${label}: code-server (VS Code ${bundledVsCodeVersion()})${grep ? `, tests matching ${grep}` : ''}`);
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
      port, workspace, extensionDevelopmentPath: vsix ? emptyDir(join(dir, 'no-development-extension')) : REPO_ROOT, extensionTestsPath: suiteEntry,
      onLog: (type, text) => { if (isWorthShowing(text)) console.log(prefixLines(type === 'error' ? '  │ ✗ ' : '  │ ', text)); },
      onExit: (code) => { exit = { code, at: Date.now() }; },
    });
    const printer = createProgressPrinter();
    let firstTest = 0;
    let result = await waitForResult(resultFile, () => exit, (r) => { if (!firstTest && r?.running) firstTest = Date.now(); printer(r); });
    const testsDone = Date.now();
    const changed = changedWorkspaceFiles(workspace);
    if (changed.length) result = withFailure(result, 'workspace', `tests saved over workspace files (revert, don't save): ${changed.join(', ')}`);
    if (result.done && !result.timedOut) await saveScreenshot(page, label);
    const shot = Date.now();
    // What only the UI shows, driven from here in the same window (development run only).
    if (!vsix && result.done && !result.timedOut) {
      // A fresh window without the suite: a test run's extension host is shut down when run() settles.
      await page.close();
      const uiPage = await openWorkbench(browser, { port, workspace, extensionDevelopmentPath: REPO_ROOT, extensionTestsPath: null, onLog: () => {}, onExit: () => {} });
      await uiPage.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
      result = withUiResult(result, await runUiTests({ page: uiPage, workspace, grep, logsDir: join(profile.dirs.userData, 'logs'), artifacts: join(REPO_ROOT, 'test-artifacts') }));
    }
    const s = (a, b) => `${((b - a) / 1000).toFixed(1)} s`;
    console.log(`[vscode-host] times: server ${s(started, serverUp)}, workbench and extension host ${firstTest ? s(serverUp, firstTest) : '?'}, tests ${firstTest ? s(firstTest, testsDone) : '?'}, screenshot ${s(testsDone, shot)}, UI tests ${s(shot, Date.now())}`);
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

/** Polls the suite's result file, printing each test as it lands, until done, exit or timeout. */
async function waitForResult(file, exited, print) {
  const deadline = Date.now() + options.timeoutS * 1000;
  const startDeadline = Date.now() + START_TIMEOUT_S * 1000;
  let last;
  for (;;) {
    // The suite replaces the file through workspace.fs (a moment may have no file): keep the last result read.
    const result = readResult(file) ?? last;
    last = result;
    print(result);
    if (result?.done) return result;
    const exit = exited();
    if (exit && Date.now() - exit.at > 5_000) return withFailure(result, 'host', `the suite's run() settled (code ${exit.code}) without writing a final result`);
    if (!result && Date.now() > startDeadline) return withFailure(result, 'host', `the suite did not start within ${START_TIMEOUT_S} s (was extensionTestsPath run?)`);
    if (Date.now() > deadline) {
      const where = result?.running ? ` while running "${result.running}"` : result ? '' : ' before any test started';
      return { ...withFailure(result, 'timeout', `timed out after ${options.timeoutS} s${where}`), timedOut: true };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The run's verdict: no result, zero tests or a timeout count as failures. */
function checked(result, logFile, started) {
  result = withSourceStacks(result);
  if (result.passed + result.failed === 0) result = withFailure(result, 'host', 'no test ran (is the grep or the test list empty?)');
  if (CI && result.pending > 0) result = withFailure(result, 'pending', `${result.pending} skipped or pending test(s); CI=true allows none`);
  if (result.stageError) console.log(`[vscode-host] screenshot staging: ${result.stageError}`);
  if (result.failed > 0 && !result.host) printLogTail(logFile);
  printSummary(result);
  console.log(`[vscode-host] wall time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** The suite's result with the UI tests' added (counts, tests, failures). */
function withUiResult(result, ui) {
  return { ...result, passed: result.passed + ui.passed, failed: result.failed + ui.failed, tests: [...result.tests, ...ui.tests], failures: [...result.failures, ...ui.failures] };
}

function withFailure(result, title, message) {
  const base = result ?? { passed: 0, failed: 0, pending: 0, failures: [], tests: [] };
  return { ...base, failed: base.failed + 1, failures: [...base.failures, { title, message }], done: true };
}

async function saveScreenshot(page, label) {
  const file = join(REPO_ROOT, 'test-artifacts', label === 'development' ? 'workbench.png' : `workbench-${label}.png`);
  try {
    await takeScreenshot(page, file);
    console.log(`[vscode-host] screenshot: ${file}`);
  } catch (error) {
    console.log(`[vscode-host] screenshot failed: ${error.message}`);
  }
}

function printLogTail(logFile) {
  if (!existsSync(logFile)) return;
  const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-25);
  console.log(`[vscode-host] last lines of ${logFile}:\n${prefixLines('  ', tail.join('\n'))}`);
}

function emptyDir(path) {
  mkdirSync(path, { recursive: true });
  return path;
}

function prefixLines(prefix, text) {
  return String(text).split('\n').map((line) => prefix + line).join('\n');
}

function run(what, command, args) {
  const r = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) console.error(`[vscode-host] ${what} failed (exit ${r.status ?? r.signal})`);
  return r.status === 0;
}

function parseOptions(argv) {
  const o = { dev: true, vsix: true, vsixFile: undefined, grep: undefined, timeoutS: Number(process.env.GIAYMOI_HOST_TIMEOUT_S ?? 300), keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--all') Object.assign(o, { dev: true, vsix: true });
    else if (a === '--dev') Object.assign(o, { dev: true, vsix: false });
    else if (a === '--vsix') Object.assign(o, { dev: false, vsix: true, vsixFile: resolve(argv[++i] ?? usage('--vsix needs a file')) });
    else if (a === '--grep') o.grep = argv[++i];
    else if (a === '--timeout') o.timeoutS = Number(argv[++i]);
    else if (a === '--keep') o.keep = true;
    else usage(`unknown option ${a}`);
  }
  if (o.vsixFile && !existsSync(o.vsixFile)) usage(`no such VSIX: ${o.vsixFile} (build it with npm run package)`);
  return o;
}

function usage(message) {
  console.error(`${message}\nusage: node test/vscode-host/run.mjs [--all | --dev | --vsix FILE] [--grep TEXT] [--timeout SECONDS] [--keep]`);
  process.exit(2);
}
