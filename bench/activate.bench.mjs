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

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundleArg = process.argv.indexOf('--bundle');
const bundle = bundleArg > 0 ? process.argv[bundleArg + 1] : join(root, 'dist', 'extension.js');
const TARGET_MS = 20;
const TARGET_VSIX = 1024 * 1024;

/** A stand-in for anything of the API the features touch: callable, constructible, disposable. */
function fake(name = 'vscode') {
  const target = function () {};
  return new Proxy(target, {
    get(_, key) {
      if (key === 'dispose') return () => {};
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => name;
      if (key === Symbol.iterator) return function* () {};
      return fake(`${name}.${String(key)}`);
    },
    set: () => true,
    apply: () => fake(`${name}()`),
    construct: () => fake(`new ${name}`),
  });
}

/** The parts whose values the extension reads must behave: events, disposables, settings defaults. */
function fakeVscode() {
  class Disposable { constructor(f) { this.f = f; } static from(...ds) { return new Disposable(() => ds.forEach((d) => d?.dispose?.())); } dispose() { this.f?.(); } }
  class EventEmitter { constructor() { this.ls = []; this.event = (l) => { this.ls.push(l); return new Disposable(); }; } fire(e) { this.ls.forEach((l) => l(e)); } dispose() {} }
  const event = () => new Disposable();
  const configuration = { get: (_key, fallback) => fallback, has: () => false, inspect: () => undefined, update: async () => {} };
  const overrides = {
    Disposable, EventEmitter,
    workspace: new Proxy({ getConfiguration: () => configuration, textDocuments: [], workspaceFolders: undefined }, { get: (t, k) => (k in t ? t[k] : typeof k === 'string' && k.startsWith('onDid') ? event : fake(`workspace.${String(k)}`)) }),
    window: new Proxy({ activeTextEditor: undefined, visibleTextEditors: [] }, { get: (t, k) => (k in t ? t[k] : typeof k === 'string' && k.startsWith('onDid') ? event : fake(`window.${String(k)}`)) }),
    env: { language: 'en', uiKind: 1, appName: 'bench' },
  };
  // esbuild copies the module's own properties (__toESM), so every name of the API must exist up front.
  const types = readFileSync(join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const used = new Set([...types.matchAll(/^\s*export (?:class|enum|namespace|function|const|let) (\w+)/gm)].map((m) => m[1]));
  const api = {};
  for (const name of used) api[name] = fake(`vscode.${name}`);
  return Object.assign(api, overrides);
}

/** One cold start in this process: returns { requireMs, activateMs }. */
function measureOnce() {
  const api = fakeVscode();
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest); };
  Module._cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: api };
  const require = Module.createRequire(pathToFileURL(bundle));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const extension = require(bundle);
  const t1 = performance.now();
  const context = new Proxy({ subscriptions: [], extension: { packageJSON: { version: '0.0.0' } }, extensionPath: root }, { get: (t, k) => (k in t ? t[k] : fake(`context.${String(k)}`)) });
  extension.activate(context);
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  context.subscriptions.forEach((d) => d?.dispose?.());
  return { requireMs: t1 - t0, activateMs: t2 - t1, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const median = (values) => { const s = [...values].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

if (process.argv.includes('--child')) {
  process.stdout.write(JSON.stringify(measureOnce()));
} else {
  if (!existsSync(bundle)) { console.log('dist/extension.js is missing: run `node scripts/build.mjs` first'); process.exit(0); }
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', '--bundle', bundle], { encoding: 'utf8' });
    if (child.status !== 0) { console.log(`a run failed:\n${child.stderr.split('\n').filter((l) => l.length < 300).slice(-12).join('\n')}`); process.exit(1); }
    samples.push(JSON.parse(child.stdout));
  }
  const req = median(samples.map((s) => s.requireMs));
  const act = median(samples.map((s) => s.activateMs));
  const total = median(samples.map((s) => s.requireMs + s.activateMs));
  const kind = readFileSync(bundle, 'utf8').includes('//# sourceMappingURL') ? 'development build' : 'production build';
  console.log(`${bundle === join(root, 'dist', 'extension.js') ? 'dist/extension.js' : bundle}: ${kib(statSync(bundle).size)} (${kind})`);
  console.log(`cold require: ${req.toFixed(1)} ms, activate: ${act.toFixed(1)} ms, together: ${total.toFixed(1)} ms (median of ${runs} fresh processes; target ≤ ${TARGET_MS} ms${total <= TARGET_MS ? '' : ' — over'})`);
  console.log(`CPU time of require + activate: ${median(samples.map((s) => s.cpuMs)).toFixed(1)} ms (less sensitive to other processes than wall time)`);
  console.log(`machine load average: ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs (figures grow with load)`);
  const vsix = join(root, 'giaymoi.vsix');
  if (existsSync(vsix)) console.log(`giaymoi.vsix: ${kib(statSync(vsix).size)} (target ≤ ${kib(TARGET_VSIX)}${statSync(vsix).size <= TARGET_VSIX ? '' : ' — over'})`);
  else console.log('giaymoi.vsix: not built (npm run package)');
}
