// Cold start of the extension: require dist/extension.js and call activate() in plain Node,
// with a minimal fake `vscode` module (Module._resolveFilename hook), each run in a fresh
// child process; prints the medians, and the VSIX size when giaymoi.vsix exists.
// Targets (printed, never asserted): activation ≤ 20 ms, VSIX ≤ 1 MB.
// Usage: node bench/activate.bench.mjs [--runs N] [--bundle path/to/extension.js]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import Module from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fakeContext, fakeVscode } from './support/fake-vscode.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundleArg = process.argv.indexOf('--bundle');
const bundle = bundleArg > 0 ? process.argv[bundleArg + 1] : join(root, 'dist', 'extension.js');
const TARGET_MS = 20;
const TARGET_VSIX = 1024 * 1024;

/** One cold start in this process: returns { requireMs, activateMs }. */
function measureOnce() {
  const api = fakeVscode(root);
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  Module._cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: api };
  const require = Module.createRequire(pathToFileURL(bundle));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const extension = require(bundle);
  const t1 = performance.now();
  const context = fakeContext(root);
  extension.activate(context);
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  context.subscriptions.forEach((d) => d?.dispose?.());
  return { requireMs: t1 - t0, activateMs: t2 - t1, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

if (process.argv.includes('--child')) {
  process.stdout.write(JSON.stringify(measureOnce()));
} else {
  if (!existsSync(bundle)) {
    console.log('dist/extension.js is missing: run `node scripts/build.mjs` first');
    process.exit(0);
  }
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', '--bundle', bundle], {
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
  const req = median(samples.map((s) => s.requireMs));
  const act = median(samples.map((s) => s.activateMs));
  const total = median(samples.map((s) => s.requireMs + s.activateMs));
  const kind = readFileSync(bundle, 'utf8').includes('//# sourceMappingURL') ? 'development build' : 'production build';
  console.log(
    `${bundle === join(root, 'dist', 'extension.js') ? 'dist/extension.js' : bundle}: ${kib(statSync(bundle).size)} (${kind})`,
  );
  console.log(
    `cold require: ${req.toFixed(1)} ms, activate: ${act.toFixed(1)} ms, together: ${total.toFixed(1)} ms (median of ${runs} fresh processes; target ≤ ${TARGET_MS} ms${total <= TARGET_MS ? '' : ' — over'})`,
  );
  console.log(
    `CPU time of require + activate: ${median(samples.map((s) => s.cpuMs)).toFixed(1)} ms (less sensitive to other processes than wall time)`,
  );
  console.log(`machine load average: ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs (figures grow with load)`);
  const vsix = join(root, 'giaymoi.vsix');
  if (existsSync(vsix))
    console.log(
      `giaymoi.vsix: ${kib(statSync(vsix).size)} (target ≤ ${kib(TARGET_VSIX)}${statSync(vsix).size <= TARGET_VSIX ? '' : ' — over'})`,
    );
  else console.log('giaymoi.vsix: not built (npm run package)');
}
