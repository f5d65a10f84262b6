// `npm run test:web`: the integration suite's @web tests inside code-server's
// web-worker extension host, the extension running from its browser entry
// (dist/web/extension.js). `remote.extensionKind` maps giaymoi to ["web"], so
// VS Code runs it in the worker (no Node), and runs extensionTestsPath there
// because the suite is bundled into the extension's own folder. The suite
// reads its options from and writes its result to `.giaymoi-suite/` in the
// workspace (through vscode.workspace.fs); this driver polls that file on disk,
// then reads the DOCX the suite exported back with LibreOffice.
//
// Usage: node test/vscode-host/run-web.mjs [--all | --dev | --vsix FILE] [--grep TEXT] [--timeout SECONDS] [--keep]
//   --all (default)  the development folder (every @web test), then `npm run package` and the @smoke ones against the VSIX
//   --dev / --vsix FILE / --grep / --timeout / --keep: as test/vscode-host/run.mjs
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  changedWorkspaceFiles,
  combineResults,
  createProgressPrinter,
  failedResult,
  prepareWorkspace,
  printSummary,
  REPO_ROOT,
  withSourceStacks,
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
import { readDocxText } from './read-docx.mjs';
import { buildWebSuite, countWebTests } from './web-suite.mjs';
import { isWorthShowing, launchBrowser, openWorkbench } from './workbench.mjs';

const CI = process.env.CI === 'true';
const EXTENSION_ID = 'giaymoi.giaymoi';
/** What the suite exports for the driver to read back (test/integration/web-host.web.test.ts, WEB_EXPORT). */
const WEB_EXPORT = join('web-export', 'giay-moi.docx');
const { run, parseOptions, ensureHost, packageVsix, waitForResult, saveScreenshot } = hostDriver({
  tag: 'web-host',
  script: 'test/vscode-host/run-web.mjs',
  tests: 'web tests',
  countTests: countWebTests,
});
const options = parseOptions(process.argv.slice(2));
const tmp = mkdtempSync(join(tmpdir(), 'giaymoi-web-'));
const servers = new Set();
const suiteDirs = new Set();

process.on('exit', () => {
  servers.forEach(killProcessGroupNow);
  suiteDirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  if (!options.keep) rmSync(tmp, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    console.error(`\n[web-host] ${signal}: stopping`);
    process.exit(130);
  });

process.exit(await main());

async function main() {
  const unavailable = ensureHost();
  if (unavailable) return unavailable.skip ? 0 : finish(failedResult('VS Code host', unavailable.problem));
  if (!run('build', process.execPath, ['scripts/build.mjs']))
    return finish(failedResult('build', 'node scripts/build.mjs failed'));
  const runs = [];
  if (options.dev) runs.push({ label: 'web', result: await runSuite({ label: 'web', grep: options.grep ?? '@web' }) });
  if (options.vsix) {
    const vsix = options.vsixFile ?? packageVsix();
    const result = vsix
      ? await runSuite({ label: 'web-vsix', vsix, grep: options.grep ?? '@smoke' })
      : failedResult('web-vsix', '`npm run package` failed');
    runs.push({ label: 'web-vsix', result });
  }
  if (runs.length === 1) return finish(runs[0].result);
  const combined = combineResults(runs);
  console.log(
    `\n[web-host] ${runs.map((r) => `${r.label}: ${r.result.passed} passed, ${r.result.failed} failed, ${r.result.pending ?? 0} skipped`).join('; ')}`,
  );
  printSummary({ ...combined, failures: [] });
  return finish(combined);
}

/** One code-server with the web host forced, one browser, one run of the web suite. */
async function runSuite({ label, vsix, grep }) {
  const started = Date.now();
  const dir = join(tmp, label);
  // The web-worker host for giaymoi; the suite's own folder hidden from the Explorer (and the screenshot).
  const settings = {
    'remote.extensionKind': { [EXTENSION_ID]: ['web'] },
    'files.exclude': { '**/.giaymoi-suite': true },
  };
  const profile = hostProfile(dir, {}, settings);
  const workspace = prepareWorkspace(join(dir, 'workspace'));
  const logFile = join(dir, 'code-server.log');
  console.log(
    `\n[web-host] ${label}: code-server (VS Code ${bundledVsCodeVersion()}), web-worker extension host, tests matching ${grep}`,
  );
  let server;
  let browser;
  try {
    if (vsix) console.log(`[web-host] ${installVsix(profile, vsix).split('\n').pop()}`);
    const extensionRoot = vsix ? installedFolder(profile.dirs.extensions) : REPO_ROOT;
    const suiteDir = join(extensionRoot, '.web-suite');
    suiteDirs.add(suiteDir);
    const suiteEntry = await buildWebSuite(suiteDir);
    const suiteFolder = join(workspace, '.giaymoi-suite');
    mkdirSync(suiteFolder, { recursive: true });
    writeFileSync(join(suiteFolder, 'options.json'), JSON.stringify({ grep, ci: CI, stage: true, extensionRoot }));
    const port = await freePort();
    server = await startCodeServer({ profile, port, workspace, logFile });
    servers.add(server);
    const serverUp = Date.now();
    browser = await launchBrowser();
    let exit = null;
    const page = await openWorkbench(browser, {
      port,
      workspace,
      extensionTestsPath: suiteEntry,
      extensionDevelopmentPath: vsix ? emptyDir(join(dir, 'no-development-extension')) : REPO_ROOT,
      extensionDevelopmentKind: vsix ? undefined : 'web',
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
      join(suiteFolder, 'result.json'),
      () => exit,
      (r) => {
        if (!firstTest && r?.running) firstTest = Date.now();
        printer(r);
      },
      { timeoutS: options.timeoutS, suite: 'web suite', hint: 'did the web-worker host run extensionTestsPath?' },
    );
    const testsDone = Date.now();
    const changed = changedWorkspaceFiles(workspace);
    if (changed.length)
      result = withFailure(result, 'workspace', `tests saved over workspace files: ${changed.join(', ')}`);
    if (result.done && !result.timedOut) await saveScreenshot(page, `workbench-${label}.png`);
    if (result.tests?.some((t) => t.title.includes('exports a DOCX into the workspace') && t.state === 'passed'))
      result = withLibreOfficeCheck(result, join(workspace, WEB_EXPORT));
    const s = (a, b) => `${((b - a) / 1000).toFixed(1)} s`;
    console.log(
      `[web-host] times: server ${s(started, serverUp)}, workbench and web extension host ${firstTest ? s(serverUp, firstTest) : '?'}, tests ${firstTest ? s(firstTest, testsDone) : '?'}`,
    );
    return checked(result, logFile, started);
  } catch (error) {
    console.error(`[web-host] ${label}: ${error.stack ?? error}`);
    return failedResult(`[${label}] host`, error.message);
  } finally {
    await browser?.close().catch(() => {});
    await stopProcessGroup(server);
    servers.delete(server);
  }
}

/** The folder --install-extension made (giaymoi.giaymoi-<version>). */
function installedFolder(extensionsDir) {
  const name = readdirSync(extensionsDir).find((n) => n.toLowerCase().startsWith(`${EXTENSION_ID}-`));
  if (!name) throw new Error(`no ${EXTENSION_ID}-* folder in ${extensionsDir} after --install-extension`);
  return join(extensionsDir, name);
}

/** The exported DOCX read back by LibreOffice, as one more test of the run (a skip without soffice, a failure on CI). */
function withLibreOfficeCheck(result, docx) {
  const title = 'web extension LibreOffice reads the DOCX the web extension wrote into the workspace (driver)';
  const read = readDocxText(docx);
  if (read.skip) {
    console.log(`[web-host] ${title}: SKIPPED, ${read.skip}`);
    return { ...result, pending: (result.pending ?? 0) + 1, tests: [...result.tests, { title, state: 'pending' }] };
  }
  const ok = !read.error && /GIẤY MỜI/.test(read.text);
  console.log(`  ${ok ? '✓' : '✗'} ${title}`);
  if (ok) return { ...result, passed: result.passed + 1, tests: [...result.tests, { title, state: 'passed' }] };
  return {
    ...withFailure(result, title, read.error ?? `LibreOffice's text has no "GIẤY MỜI":\n${read.text.slice(0, 400)}`),
    tests: [...result.tests, { title, state: 'failed' }],
  };
}

function checked(result, logFile, started) {
  result = withSourceStacks(result);
  if (result.passed + result.failed === 0)
    result = withFailure(result, 'host', 'no test ran (is the grep or the test list empty?)');
  if (result.host && result.host.extension !== 'web entry')
    result = withFailure(
      result,
      'host',
      `the extension ran from its ${result.host.extension ?? 'unknown'} entry, not the browser one`,
    );
  if (CI && result.pending > 0)
    result = withFailure(result, 'pending', `${result.pending} skipped or pending test(s); CI=true allows none`);
  printSummary(result);
  if (result.host)
    console.log(`[web-host] extension host: ${result.host.uiKind}, the extension's ${result.host.extension}`);
  console.log(
    `[web-host] wall time ${((Date.now() - started) / 1000).toFixed(1)} s${result.failed ? `; code-server log: ${logFile}` : ''}`,
  );
  return result;
}
