// Timing helpers for the benches: medians of wall-clock time, in-process or per process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Median and 10th percentile of `runs` timings (ms) of an async function, after `warmup` runs. */
export async function timeInProcess(fn, { runs = 200, warmup = 50 } = {}) {
  for (let i = 0; i < warmup; i += 1) await fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i += 1) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { median: median(wall), p10: percentile(wall, 0.1), cpu: median(cpu) };
}

/** Median wall-clock time (ms) of running a command to completion, `runs` times. */
export function timeProcess(command, args, { runs = 15, cwd } = {}) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    const r = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  }
  return { median: median(times), p10: percentile(times, 0.1) };
}

/** Wall-clock time (ms) of one call. */
export function timeOnce(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export const median = (xs) => percentile(xs, 0.5);
export function percentile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** "12.3 ms" / "1.23 s". */
export const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);

/** "✓" or "✗ (missed)" against a target. */
export const verdict = (ok) => (ok ? '✓ met' : '✗ missed');

/**
 * Runs `node script …args` once: wall-clock ms, the child's peak RSS in MB and its CPU time
 * (user + system, ms: the work done, which machine load moves far less than wall time),
 * read by a preload, no external tool.
 */
export function measureNode(script, args, { cwd, env } = {}) {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'giaymoi-rss-')), 'rss');
  const preload = join(dirname(fileURLToPath(import.meta.url)), 'report-rss.cjs');
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, script, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env, GIAYMOI_BENCH_RSS_FILE: rssFile },
  });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr}`);
  const [maxRss, user, system] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
  rmSync(dirname(rssFile), { recursive: true, force: true });
  return { wall, peakMb: maxRss / 1024, cpu: (user + system) / 1000 };
}

/** "123 MB". */
export const mb = (x) => `${x.toFixed(0)} MB`;

/**
 * Whole processes measured side by side: each round runs every command once, in turn
 * (so machine load falls on all alike), and records its CPU time (user + system, read with
 * bash's `times`, which counts the finished child) and wall time. Returns, per command,
 * the median CPU and wall time and the median of its per-round CPU ratio to the first command.
 */
export function pairedProcesses(commands, { runs = 15 } = {}) {
  const samples = commands.map(() => ({ cpu: [], wall: [], ratio: [] }));
  for (let round = 0; round < runs + 1; round += 1) {
    const cpus = commands.map(({ command, args, cwd }, i) => {
      const t = performance.now();
      const r = spawnSync(
        'bash',
        ['-c', '"$@" >/dev/null 2>/dev/null; s=$?; times; exit $s', 'bench', command, ...args],
        { cwd, encoding: 'utf8' },
      );
      const wall = performance.now() - t;
      if (r.status !== 0 && !commands[i].allowFailure)
        throw new Error(`${command} ${args.join(' ')} exited ${r.status}`);
      const child = r.stdout.trim().split('\n').pop().split(/\s+/).map(seconds);
      if (round > 0) {
        samples[i].wall.push(wall);
        samples[i].cpu.push(child[0] + child[1]);
      } // round 0 warms the disk cache and the compile cache
      return child[0] + child[1];
    });
    if (round > 0) cpus.forEach((cpu, i) => samples[i].ratio.push(cpu / cpus[0]));
  }
  return samples.map((s) => ({ cpu: median(s.cpu), wall: median(s.wall), ratio: median(s.ratio) }));
}

/** bash's `times` format, "0m0.123s", in ms. */
function seconds(text) {
  const m = /^(\d+)m([\d.]+)s$/.exec(text);
  return m ? (Number(m[1]) * 60 + Number(m[2])) * 1000 : NaN;
}
