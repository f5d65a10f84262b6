// The web extension (package.json "browser": dist/web/extension.js): its size,
// development and production (minified, as `npm run package` ships it), raw and
// gzipped; and its cold start as VS Code's web-worker host does it — the
// source evaluated with only `module`, `exports` and a `require` that knows
// 'vscode', in a context with a worker's globals and no Node ones (no process,
// Buffer, require) — then activate() with a fake `vscode`. Each run in a fresh
// child process; prints medians, asserts nothing.
// Usage: node bench/web.bench.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { fakeContext, fakeVscode } from './support/fake-vscode.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One cold start of `bundle` in a worker-like context: { evaluateMs, activateMs }. */
function measureOnce(bundle) {
  const source = readFileSync(bundle, 'utf8');
  const globals = {
    console,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    structuredClone,
    performance,
    crypto: globalThis.crypto,
  };
  const context = vm.createContext({ ...globals });
  context.self = context;
  const api = fakeVscode(root, { uiKind: 2 });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const load = vm.runInContext(`(function (module, exports, require) {\n${source}\n})`, context, { filename: bundle });
  const module = { exports: {} };
  load(module, module.exports, (name) => {
    if (name === 'vscode') return api;
    throw new Error(`the web bundle asked for "${name}"`);
  });
  const t1 = performance.now();
  const exported = module.exports.activate(fakeContext(root));
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  return {
    evaluateMs: t1 - t0,
    activateMs: t2 - t1,
    cpuMs: (cpu.user + cpu.system) / 1000,
    platform: exported?.platform,
  };
}

/** The production bundle (minified, no source map), built into a temp folder for its size. */
async function productionSize() {
  const { build } = await import(join(root, 'node_modules', 'esbuild', 'lib', 'main.js'));
  const { webExtensionTarget } = await import(join(root, 'scripts', 'web-bundle.mjs'));
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-web-bench-'));
  try {
    const outfile = join(dir, 'extension.js');
    await build({
      ...webExtensionTarget,
      absWorkingDir: root,
      outfile,
      bundle: true,
      minify: true,
      target: 'es2022',
      logLevel: 'error',
    });
    const bytes = readFileSync(outfile);
    return { raw: bytes.length, gzip: gzipSync(bytes).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--child')) {
  process.stdout.write(JSON.stringify(measureOnce(process.argv[process.argv.indexOf('--child') + 1])));
} else {
  const bundle = join(root, 'dist', 'web', 'extension.js');
  if (!existsSync(bundle)) {
    console.log('dist/web/extension.js is missing: run `node scripts/build.mjs` first');
    process.exit(0);
  }
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
  const dev = readFileSync(bundle);
  const production = await productionSize();
  console.log(
    `dist/web/extension.js: ${kib(dev.length)} development build (${kib(gzipSync(dev).length)} gzipped); production (minified, as packaged): ${kib(production.raw)} (${kib(production.gzip)} gzipped)`,
  );
  const desktop = join(root, 'dist', 'extension.js');
  if (existsSync(desktop))
    console.log(
      `  for comparison, dist/extension.js: ${kib(statSync(desktop).size)} (the DOCX renderer and XLSX reader are separate files there; the web bundle carries them inside)`,
    );
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', bundle], {
      encoding: 'utf8',
    });
    if (child.status !== 0) {
      console.log(
        `a run failed:\n${child.stderr
          .split('\n')
          .filter((l) => l.length < 300)
          .slice(-12)
          .join('\n')}`,
      );
      process.exit(1);
    }
    samples.push(JSON.parse(child.stdout));
  }
  if (samples.some((s) => s.platform !== 'web')) {
    console.log(`activate() did not come from the web entry (platform ${samples[0].platform})`);
    process.exit(1);
  }
  const evaluate = median(samples.map((s) => s.evaluateMs));
  const activate = median(samples.map((s) => s.activateMs));
  const together = median(samples.map((s) => s.evaluateMs + s.activateMs));
  console.log(
    `web cold start (worker-like context, no Node globals): evaluate ${evaluate.toFixed(1)} ms, activate ${activate.toFixed(1)} ms, together ${together.toFixed(1)} ms (median of ${runs} fresh processes)`,
  );
  console.log(
    `CPU time of evaluate + activate: ${median(samples.map((s) => s.cpuMs)).toFixed(1)} ms (less sensitive to other processes than wall time)`,
  );
  console.log(`machine load average: ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs (figures grow with load)`);
}
