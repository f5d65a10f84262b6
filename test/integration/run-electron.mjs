// The integration suite in desktop VS Code through @vscode/test-electron, for
// contributors with internet (it downloads VS Code into .vscode-test/) or an
// installed VS Code (GIAYMOI_VSCODE_EXECUTABLE=/path/to/code). CI and offline
// machines use the code-server host instead: node test/vscode-host/run.mjs.
//
// Usage: node test/integration/run-electron.mjs [--grep TEXT]
// On Linux without a display, run it under xvfb-run.
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildSuite,
  createProgressPrinter,
  failedResult,
  prepareWorkspace,
  printSummary,
  readResult,
  REPO_ROOT,
  withSourceStacks,
  writeResultFile,
} from './harness.mjs';

const grepAt = process.argv.indexOf('--grep');
const grep = grepAt > 0 ? process.argv[grepAt + 1] : '';
const tmp = mkdtempSync(join(tmpdir(), 'giaymoi-electron-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

process.exit(await main());

async function main() {
  if (spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' }).status !== 0)
    return finish(failedResult('build', 'node scripts/build.mjs failed'));
  const resultFile = join(tmp, 'result.json');
  const print = createProgressPrinter();
  const poll = setInterval(() => print(readResult(resultFile)), 200);
  let error;
  try {
    await runTests({
      vscodeExecutablePath: process.env.GIAYMOI_VSCODE_EXECUTABLE || undefined,
      version: process.env.GIAYMOI_VSCODE_VERSION || '1.100.3', // the VS Code of the code-server host
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: await buildSuite(join(tmp, 'suite')),
      launchArgs: [
        prepareWorkspace(join(tmp, 'workspace')),
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        join(tmp, 'user-data'),
      ],
      extensionTestsEnv: {
        GIAYMOI_SUITE_RESULT: resultFile,
        GIAYMOI_SUITE_GREP: grep,
        GIAYMOI_SUITE_EXTENSION_ROOT: REPO_ROOT,
      },
    });
  } catch (e) {
    error = e; // a failing test also rejects; the result file says which
  } finally {
    clearInterval(poll);
  }
  const result = readResult(resultFile);
  print(result);
  if (!result?.done) {
    const offline = /ENOTFOUND|ECONNREFUSED|EAI_AGAIN|getaddrinfo/.test(String(error?.message));
    const hint = offline
      ? '\n(no internet: set GIAYMOI_VSCODE_EXECUTABLE to an installed VS Code, or run npm run test:vscode)'
      : '';
    return finish(
      failedResult(
        'VS Code (electron)',
        `no result from the suite: ${error?.message ?? error ?? 'VS Code exited early'}${hint}`,
      ),
    );
  }
  return finish(withSourceStacks(result));
}

function finish(result) {
  printSummary(result);
  writeResultFile(process.env.GIAYMOI_RESULT_FILE, result);
  return result.failed > 0 || result.passed === 0 ? 1 : 0;
}
