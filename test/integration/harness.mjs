// What both drivers of the integration suite share (test/vscode-host/run.mjs
// for code-server, test/integration/run-electron.mjs for desktop VS Code):
// bundling the suite, the fixture workspace, reading the result file the suite
// writes, and printing every test and the closing "N passed, N failed" line.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapStack } from './source-map.mjs';

const SUITE_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(SUITE_DIR, '..', '..');

/** Every `*.test.ts` under test/integration, sorted: adding a file is all it takes (`*.web.test.ts`: the web host's alone, see run-web.mjs). */
export function testFiles({ web = false } = {}) {
  return readdirSync(SUITE_DIR, { recursive: true })
    .filter(
      (f) => f.endsWith('.test.ts') && f.endsWith('.web.test.ts') === web && !f.split(/[\\/]/).includes('node_modules'),
    )
    .sort();
}

/**
 * Bundles the entry (with mocha inside, so the extension host needs nothing
 * from node_modules) and each test file (with `vscode` left to the host) into
 * `outDir`, and lists the tests in tests.json. Returns the entry's path.
 */
export async function buildSuite(outDir) {
  const files = testFiles();
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    external: ['vscode'],
    logLevel: 'error',
  };
  await esbuild.build({ ...common, entryPoints: [join(SUITE_DIR, 'index.ts')], outfile: join(outDir, 'index.js') });
  await esbuild.build({
    ...common,
    entryPoints: files.map((f) => join(SUITE_DIR, f)),
    outdir: join(outDir, 'tests'),
    outbase: SUITE_DIR,
  });
  writeFileSync(join(outDir, 'tests.json'), JSON.stringify(files.map((f) => join('tests', f.replace(/\.ts$/, '.js')))));
  return join(outDir, 'index.js');
}

/** The window's folder: a copy of examples/ plus test/fixtures/workspace/ (so tests may edit freely). */
export function prepareWorkspace(dir) {
  mkdirSync(dir, { recursive: true });
  const examples = join(REPO_ROOT, 'examples');
  if (existsSync(examples)) cpSync(examples, dir, { recursive: true, filter: (src) => !src.endsWith('.docx') });
  cpSync(join(REPO_ROOT, 'test', 'fixtures', 'workspace'), dir, { recursive: true });
  return dir;
}

/** Files of the workspace copy whose content no longer matches their origin (tests must not save over fixtures). */
export function changedWorkspaceFiles(dir) {
  const origins = [join(REPO_ROOT, 'examples'), join(REPO_ROOT, 'test', 'fixtures', 'workspace')];
  const latest = new Map(); // a fixture shadows an example of the same name, as in prepareWorkspace
  for (const origin of origins.filter(existsSync)) {
    for (const f of readdirSync(origin, { recursive: true })) latest.set(f, join(origin, f));
  }
  return [...latest]
    .filter(([f, origin]) => {
      const copy = join(dir, f);
      if (!existsSync(copy) || statSync(copy).isDirectory()) return false;
      return !readFileSync(copy).equals(readFileSync(origin));
    })
    .map(([f]) => f);
}

/** Roughly how many tests the suite has (for the "skipped" result when no host is available). */
export function countTests() {
  return testFiles().reduce(
    (n, f) => n + (readFileSync(join(SUITE_DIR, f), 'utf8').match(/^\s*it\(/gm)?.length ?? 0),
    0,
  );
}

/** The result file's content, or undefined while it does not exist or is being replaced. */
export function readResult(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export function writeResultFile(file, result) {
  if (!file) return;
  writeFileSync(`${file}.tmp`, JSON.stringify(result, null, 1));
  renameSync(`${file}.tmp`, file);
}

const MARK = { passed: '✓', failed: '✗', pending: '-' };

/** Prints the tests that have landed since the last call (the result file grows test by test). */
export function createProgressPrinter(prefix = '') {
  let printed = 0;
  return (result) => {
    for (const t of result?.tests?.slice(printed) ?? []) {
      console.log(`  ${MARK[t.state] ?? '?'} ${prefix}${t.title}${t.durationMs > 500 ? ` (${t.durationMs} ms)` : ''}`);
    }
    printed = Math.max(printed, result?.tests?.length ?? 0);
  };
}

/** Failures with their stacks, which VS Code ran the suite, and the closing line. */
export function printSummary(result) {
  result.failures.forEach((f, i) => {
    console.log(
      `\n  ${i + 1}) ${f.title}\n     ${indent(f.stack && f.stack.includes(f.message) ? f.stack : `${f.message}\n${f.stack ?? ''}`)}`,
    );
  });
  if (result.host) console.log(`\nVS Code ${result.host.version} (${result.host.appName})`);
  console.log(`${result.passed} passed, ${result.failed} failed, ${result.pending ?? 0} skipped`);
}

/** Adds up results of several runs (e.g. development and VSIX); failures keep their run's label. */
export function combineResults(runs) {
  const combined = { passed: 0, failed: 0, pending: 0, failures: [], tests: [], runs: [], done: true };
  for (const { label, result } of runs) {
    combined.passed += result.passed;
    combined.failed += result.failed;
    combined.pending += result.pending;
    combined.failures.push(...result.failures.map((f) => ({ ...f, title: `[${label}] ${f.title}` })));
    combined.tests.push(...result.tests.map((t) => ({ ...t, title: `[${label}] ${t.title}` })));
    combined.runs.push({
      label,
      passed: result.passed,
      failed: result.failed,
      pending: result.pending,
      host: result.host,
    });
    combined.host ??= result.host;
  }
  return combined;
}

/** The result with its failures' stacks pointing at the TypeScript sources (while the bundle still exists). */
export function withSourceStacks(result) {
  return { ...result, failures: result.failures.map((f) => ({ ...f, stack: mapStack(f.stack, REPO_ROOT) })) };
}

/** A result that says the run could not happen: one failure with the reason. */
export function failedResult(title, message) {
  return {
    passed: 0,
    failed: 1,
    pending: 0,
    failures: [{ title, message }],
    tests: [{ title, state: 'failed' }],
    done: true,
  };
}

function indent(text) {
  return String(text).trim().split('\n').slice(0, 14).join('\n     ');
}

export function relativeToRepo(path) {
  return relative(REPO_ROOT, path) || '.';
}
