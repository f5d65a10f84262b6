// What the two drivers of the suite share: run.mjs (the Node extension host) and
// run-web.mjs (the web-worker host). Each makes its own driver with its log tag
// ("[vscode-host]", "[web-host]"); the functions differ between them only in that.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readResult, REPO_ROOT, writeResultFile } from '../integration/harness.mjs';
import { installHost, isHostInstalled } from './install.mjs';
import { CHROMIUM, takeScreenshot } from './workbench.mjs';

const CI = process.env.CI === 'true';
/** From the page load to the suite's first test: the workbench and extension host take ≈ 5–10 s. */
export const START_TIMEOUT_S = 90;

export function emptyDir(path) {
  mkdirSync(path, { recursive: true });
  return path;
}

export function prefixLines(prefix, text) {
  return String(text)
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

export function withFailure(result, title, message) {
  const base = result ?? { passed: 0, failed: 0, pending: 0, failures: [], tests: [] };
  return { ...base, failed: base.failed + 1, failures: [...base.failures, { title, message }], done: true };
}

/** Writes the result for scripts/test.mjs; non-zero when anything failed or nothing ran. */
export function finish(result) {
  writeResultFile(process.env.GIAYMOI_RESULT_FILE, result);
  return result.failed > 0 || result.passed === 0 ? 1 : 0;
}

/**
 * The driver's tagged helpers. `script` names it in the usage line; `tests`
 * says which tests a skip leaves unrun and `countTests` how many.
 */
export function hostDriver({ tag, script, tests, countTests }) {
  const log = (text) => console.log(`[${tag}] ${text}`);

  function run(what, command, args) {
    const r = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
    if (r.status !== 0) console.error(`[${tag}] ${what} failed (exit ${r.status ?? r.signal})`);
    return r.status === 0;
  }

  function usage(message) {
    console.error(
      `${message}\nusage: node ${script} [--all | --dev | --vsix FILE] [--grep TEXT] [--timeout SECONDS] [--keep]`,
    );
    process.exit(2);
  }

  function parseOptions(argv) {
    const o = {
      dev: true,
      vsix: true,
      vsixFile: undefined,
      grep: undefined,
      timeoutS: Number(process.env.GIAYMOI_HOST_TIMEOUT_S ?? 300),
      keep: false,
    };
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === '--all') Object.assign(o, { dev: true, vsix: true });
      else if (a === '--dev') Object.assign(o, { dev: true, vsix: false });
      else if (a === '--vsix')
        Object.assign(o, { dev: false, vsix: true, vsixFile: resolve(argv[++i] ?? usage('--vsix needs a file')) });
      else if (a === '--grep') o.grep = argv[++i];
      else if (a === '--timeout') o.timeoutS = Number(argv[++i]);
      else if (a === '--keep') o.keep = true;
      else usage(`unknown option ${a}`);
    }
    if (o.vsixFile && !existsSync(o.vsixFile)) usage(`no such VSIX: ${o.vsixFile} (build it with npm run package)`);
    return o;
  }

  /** Installs the host when needed. Returns null when ready, else { problem, skip } (skip only outside CI). */
  function ensureHost() {
    let problem = null;
    if (!isHostInstalled()) {
      log('test/vscode-host/node_modules is not installed yet: installing');
      try {
        installHost();
      } catch (error) {
        problem = `cannot install the VS Code host: ${error.message}`;
      }
    }
    if (!problem && !existsSync(CHROMIUM))
      problem = `no Chromium at ${CHROMIUM} (apt-get install chromium, or set GIAYMOI_CHROMIUM)`;
    if (!problem) return null;
    if (CI) {
      console.error(`[${tag}] ${problem}; CI=true, so this is a failure, not a skip`);
      return { problem, skip: false };
    }
    const pending = countTests();
    log(`SKIPPED: ${problem}. ${pending} ${tests} not run (with CI=true this fails instead).`);
    writeResultFile(process.env.GIAYMOI_RESULT_FILE, {
      passed: 0,
      failed: 0,
      pending,
      failures: [],
      tests: [],
      skipped: problem,
      done: true,
    });
    return { problem, skip: true };
  }

  /** `npm run package` → giaymoi.vsix (a production build), then the development build again. */
  function packageVsix() {
    console.log(`\n[${tag}] npm run package`);
    const r = spawnSync('npm', ['run', 'package'], { cwd: REPO_ROOT, encoding: 'utf8' });
    const file = join(REPO_ROOT, 'giaymoi.vsix');
    if (r.status !== 0 || !existsSync(file)) {
      console.error(`${r.stdout}${r.stderr}`);
      return null;
    }
    const summary = r.stdout.match(/Packaged: .*/)?.[0] ?? '';
    log(`giaymoi.vsix: ${(statSync(file).size / 1024).toFixed(1)} KiB (${statSync(file).size} bytes) — ${summary}`);
    run('build', process.execPath, ['scripts/build.mjs']); // back to the development build, with source maps
    return file;
  }

  /** Polls the suite's result file, printing each test as it lands, until done, exit or timeout. */
  async function waitForResult(file, exited, print, { timeoutS, suite, hint }) {
    const deadline = Date.now() + timeoutS * 1000;
    const startDeadline = Date.now() + START_TIMEOUT_S * 1000;
    let last;
    for (;;) {
      // The suite replaces the file through workspace.fs (a moment may have no file): keep the last result read.
      const result = readResult(file) ?? last;
      last = result;
      print(result);
      if (result?.done) return result;
      const exit = exited();
      if (exit && Date.now() - exit.at > 5_000)
        return withFailure(
          result,
          'host',
          `the suite's run() settled (code ${exit.code}) without writing a final result`,
        );
      if (!result && Date.now() > startDeadline)
        return withFailure(result, 'host', `the ${suite} did not start within ${START_TIMEOUT_S} s (${hint})`);
      if (Date.now() > deadline) {
        const where = result?.running ? ` while running "${result.running}"` : result ? '' : ' before any test started';
        return { ...withFailure(result, 'timeout', `timed out after ${timeoutS} s${where}`), timedOut: true };
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async function saveScreenshot(page, name) {
    const file = join(REPO_ROOT, 'test-artifacts', name);
    try {
      await takeScreenshot(page, file);
      log(`screenshot: ${file}`);
    } catch (error) {
      log(`screenshot failed: ${error.message}`);
    }
  }

  return { run, parseOptions, ensureHost, packageVsix, waitForResult, saveScreenshot };
}
