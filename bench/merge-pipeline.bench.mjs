// The one mail-merge pipeline (issue 25, item 3) against another build, paired in the same
// rounds: a 1,000-invitee merge with its combined file, in both flavours (a YAML list of
// invitees in kinh_moi; 1,000 rows of a CSV list), each round running the other build and
// this one in turn, so machine load falls on both alike. Whole `giaymoi export --mail-merge`
// processes: wall time, CPU time (user + system, every thread: the work done, which load
// moves far less than wall time) and peak RSS. Figures are printed, never asserted.
// Usage: GIAYMOI_BENCH_BASE=/tmp/base [GIAYMOI_BENCH_ROUNDS=5] [GIAYMOI_BENCH_ONLY=yaml|csv] node bench/merge-pipeline.bench.mjs
//   (/tmp/base: `git archive main | tar -x -C /tmp/base`, node_modules linked, `node scripts/build.mjs` run there)
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manyInvitees, manyListRows } from './support/generate.mjs';
import { mb, measureNode, median, ms } from './support/measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const base = process.env.GIAYMOI_BENCH_BASE;
const rounds = Number(process.env.GIAYMOI_BENCH_ROUNDS ?? 3);
/** GIAYMOI_BENCH_ONLY=yaml or =csv: one flavour only (the CSV one takes minutes against 0.2). */
const only = process.env.GIAYMOI_BENCH_ONLY;
const COUNT = 1000;
const tmp = mkdtempSync(join(tmpdir(), 'giaymoi-bench-merge-'));

/** The two flavours' sources, each in its own folder. */
function sources() {
  const yaml = join(tmp, 'yaml', 'moi.giaymoi.yaml');
  const list = join(tmp, 'list', 'moi.giaymoi.yaml');
  writeFileSync(mkdirFor(yaml), manyInvitees(join(root, 'examples/so-tai-chinh-hop-du-toan-2025.giaymoi.yaml'), COUNT));
  copyFileSync(join(root, 'examples/hoi-nghi-khach-moi-2025.giaymoi.yaml'), mkdirFor(list));
  writeFileSync(join(dirname(list), 'khach-moi.csv'), manyListRows(join(root, 'examples/khach-moi.csv'), COUNT));
  return { 'YAML list of invitees': yaml, 'CSV list of rows': list };
}

/** `file`, its folder made anew. */
function mkdirFor(file) {
  rmSync(dirname(file), { recursive: true, force: true });
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

function run(buildRoot, source, out) {
  rmSync(out, { recursive: true, force: true });
  return measureNode(
    join(buildRoot, 'dist/cli.js'),
    ['export', source, '--mail-merge', '--allow-drafts', '--out-dir', out],
    { cwd: dirname(source) },
  );
}

const builds = base
  ? [
      ['base', base],
      ['this', root],
    ]
  : [['this', root]];
console.log(
  `1,000-invitee mail merges with their combined file, ${rounds} paired rounds (load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})`,
);
if (!base) console.log("  (set GIAYMOI_BENCH_BASE to another build, e.g. main's, to pair against it)");
for (const [flavour, source] of Object.entries(sources())) {
  if (only && !flavour.toLowerCase().includes(only.toLowerCase())) continue;
  const samples = Object.fromEntries(builds.map(([name]) => [name, { wall: [], cpu: [], peak: [] }]));
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, buildRoot] of builds) {
      const r = run(buildRoot, source, join(tmp, `out-${name}`));
      samples[name].wall.push(r.wall);
      samples[name].cpu.push(r.cpu);
      samples[name].peak.push(r.peakMb);
    }
  }
  const line = (name) =>
    `wall ${ms(median(samples[name].wall)).padStart(9)}  cpu ${ms(median(samples[name].cpu)).padStart(9)}  peak ${mb(Math.max(...samples[name].peak))}`;
  const ratio = (figure) => median(samples.base[figure].map((x, i) => x / samples.this[figure][i]));
  console.log(`  ${flavour}`);
  if (base) console.log(`    base ${line('base')}`);
  console.log(`    this ${line('this')}`);
  if (base)
    console.log(
      `    → ${ratio('wall').toFixed(2)}× faster in wall time, ${ratio('cpu').toFixed(2)}× less CPU time (medians of per-round ratios; target ≥ 1.6×)`,
    );
}
console.log(
  `  load average after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
