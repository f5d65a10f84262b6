// DOCX export figures from one run on this machine, printed next to their targets
// (never asserted in tests): in-process export time, the whole `giaymoi export`
// process against bare Node and against pandoc, a 100-invitee mail merge against
// pandoc, and 100 / 1,000 / 5,000-invitee merges with time and peak memory.
// Usage: node bench/export.bench.mjs [--cli]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleBootHelpers, loadExportBundle } from './support/export-bundle.mjs';
import { longInvitation, manyInvitees } from './support/generate.mjs';
import { mb, measureNode, ms, pairedProcesses, timeInProcess, timeOnce, verdict } from './support/measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(join(tmpdir(), 'giaymoi-bench-export-'));
const SIPAS = join(root, 'examples/hoi-nghi-sipas-2024.giaymoi.yaml');
const STC = join(root, 'examples/so-tai-chinh-hop-du-toan-2025.giaymoi.yaml');
const CLI = join(root, 'bin/giaymoi.js');
const FLOOR = join(root, 'bench/support/floor.cjs');
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
const bundle = await loadExportBundle(root);

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`,
);

let edits = 0;
/** The text with a new last comment line: each run parses anew (the core keeps the last text parsed). */
const edited = (text) => `${text}\n# ${(edits += 1)}\n`;

/**
 * The in-process export as the extension runs it (after warm-up), each run on a new text, then its
 * steps: check + layout, docx building and writing the parts, and zipping them with Node's zlib.
 */
async function inProcess() {
  const sipas = readFileSync(SIPAS, 'utf8');
  const exportText =
    (text, edit = edited) =>
    () =>
      bundle.planExport(edit(text), 'x.giaymoi.yaml', { allowWarnings: true }, bundle.renderer).files[0].render();
  const example = await timeInProcess(exportText(sipas));
  const sameText = await timeInProcess(exportText(sipas, (text) => text));
  const long = await timeInProcess(exportText(longInvitation(SIPAS, 1000)), { runs: 20, warmup: 3 });
  const steps = await renderSteps(sipas);
  console.log('\nIn-process export (check → layout → DOCX bytes), median of 200 runs after 50, a new text each run:');
  console.log(
    `  SIPAS example          ${ms(example.median)} (p10 ${ms(example.p10)}, CPU ${ms(example.cpu)})   target ≤ 8 ms: ${verdict(example.median <= 8)}   (0.1: 13–16 ms)`,
  );
  console.log(`    check + layout       ${ms(steps.checkLayout.median)}`);
  console.log(
    `    docx: the parts      ${ms(steps.render.median - steps.zip.median)}   (docx builds its objects and writes their XML: the floor under the target)`,
  );
  console.log(`    zip (Node zlib)      ${ms(steps.zip.median)}`);
  console.log(`  the same text again    ${ms(sameText.median)}   (parsed once, checked and rendered again)`);
  console.log(`  1,000-line invitation  ${ms(long.median)} (p10 ${ms(long.p10)}, CPU ${ms(long.cpu)})`);
}

/** Medians of the export's steps on the SIPAS example: check + layout (new text), render (docx + zip), zip alone. */
async function renderSteps(text) {
  const options = {
    measures: bundle.resolveMeasures({}),
    date: new Date(Date.UTC(2024, 4, 1)),
    codec: bundle.defaultZipCodec,
  };
  const checkLayout = await timeInProcess(() => {
    const checked = bundle.checkInvitation(edited(text));
    return bundle.layoutInvitation(checked.invitation, checked.source);
  });
  const checked = bundle.checkInvitation(text);
  const layout = bundle.layoutInvitation(checked.invitation, checked.source);
  const render = await timeInProcess(() => bundle.renderer.renderDocx([layout], options));
  const parts = Object.entries(bundle.renderer.docxParts(await bundle.renderer.renderDocx([layout], options)));
  const zip = await timeInProcess(() => bundle.zipPackage(parts, options.date, options.codec));
  return { checkLayout, render, zip };
}

/** The layout's lines as markdown, what pandoc converts in the comparison. */
function markdownOf(text) {
  const checked = bundle.checkInvitation(text);
  return bundle
    .layoutLines(bundle.layoutInvitation(checked.invitation, checked.source))
    .map((l) => l.replace(/\n/g, ' '))
    .join('\n\n');
}

/** The SIPAS layout as JSON, for the "docx alone" process (floor.cjs). */
function writeLayout(file) {
  const checked = bundle.checkInvitation(readFileSync(SIPAS, 'utf8'));
  const layout = bundle.layoutInvitation(checked.invitation, checked.source);
  writeFileSync(file, JSON.stringify({ layout, measures: bundle.resolveMeasures({}), date: Date.UTC(2024, 4, 1) }));
}

/**
 * `giaymoi check` and `giaymoi export` as a user runs them (bin/giaymoi.js), CPU time of the
 * whole process side by side with bare Node, their floors (floor.cjs) and pandoc in each
 * round; 0.1's figures beside.
 */
async function wholeProcess() {
  writeFileSync(join(tmp, 'sipas.md'), markdownOf(readFileSync(SIPAS, 'utf8')));
  writeLayout(join(tmp, 'sipas-layout.json'));
  const helpers = await bundleBootHelpers(root);
  const floor = (mode) => [FLOOR, mode, join(root, 'dist'), helpers, join(tmp, 'sipas-layout.json')];
  const commands = [
    { name: 'node -e 0', command: process.execPath, args: ['-e', '0'] },
    {
      name: 'giaymoi --help',
      command: process.execPath,
      args: [CLI, '--help'],
      note: 'floor of check: dist/cli.js loaded, its modules set up',
    },
    {
      name: 'giaymoi check (SIPAS)',
      command: process.execPath,
      args: [CLI, 'check', SIPAS],
      target: 1.3,
      was: '1.8–2.0×',
    },
    {
      name: 'check, no compile cache',
      command: 'env',
      args: ['GIAYMOI_COMPILE_CACHE=off', process.execPath, CLI, 'check', SIPAS],
      note: 'what the compile cache saves',
    },
    {
      name: 'bundles loaded',
      command: process.execPath,
      args: floor('bundles'),
      note: 'floor of export: dist/cli.js and dist/docx.js loaded',
    },
    {
      name: 'docx alone (SIPAS)',
      command: process.execPath,
      args: floor('docx'),
      note: 'dist/docx.js writing the same document, nothing else',
    },
    {
      name: 'giaymoi export (SIPAS)',
      command: process.execPath,
      args: [CLI, 'export', SIPAS, '-o', join(tmp, 'sipas.docx'), '--force'],
      target: 2,
      was: '3.5–4.7×',
    },
    ...(hasPandoc
      ? [
          {
            name: 'pandoc (same text, md)',
            command: 'pandoc',
            args: [join(tmp, 'sipas.md'), '-o', join(tmp, 'sipas-pandoc.docx')],
          },
        ]
      : []),
  ];
  const results = pairedProcesses(commands, { runs: 15 });
  console.log(
    `\nWhole process, CPU (user + system), median of 15 interleaved rounds; ratio = median of per-round ratios to bare Node (load average now ${loadavg()[0].toFixed(1)}):`,
  );
  commands.forEach((c, i) => {
    const r = results[i];
    const target = c.target
      ? `   target ≤ ${c.target}×: ${verdict(r.ratio <= c.target)}   (0.1: ${c.was})`
      : c.note
        ? `   ${c.note}`
        : '';
    console.log(
      `  ${c.name.padEnd(24)} CPU ${ms(r.cpu).padStart(8)}  wall ${ms(r.wall).padStart(8)}  → ${r.ratio.toFixed(2)}× bare Node${target}`,
    );
  });
  const [bare, help, check, , bundles, docx, exported] = results;
  console.log(
    `  check above its floor: ${ms(check.cpu - help.cpu)} (reading, parsing, the rules); the floor above bare Node: ${ms(help.cpu - bare.cpu)}`,
  );
  console.log(
    `  export above its floor: ${ms(exported.cpu - bundles.cpu)}, of which docx writing the document ~${ms(docx.cpu - bare.cpu - (bundles.cpu - help.cpu))}; the floor above bare Node: ${ms(bundles.cpu - bare.cpu)}`,
  );
  if (!hasPandoc) return console.log('  pandoc: not installed, comparison skipped');
  const pandoc = results[7];
  console.log(
    `  giaymoi export takes ${(exported.cpu / pandoc.cpu).toFixed(2)}× pandoc's CPU time (0.1: 0.43 s against pandoc's 0.067 s)`,
  );
}

function mailMerge() {
  const source = join(tmp, 'merge-100.giaymoi.yaml');
  writeFileSync(source, manyInvitees(STC, 100));
  const giaymoi = timeOnce(() =>
    run(process.execPath, [CLI, 'export', source, '--mail-merge', '--out-dir', join(tmp, 'merge')]),
  );
  console.log('\nMail merge of 100 invitees (101 files: one each + the combined one):');
  console.log(`  giaymoi export --mail-merge, one process  ${ms(giaymoi)}`);
  if (!hasPandoc) return console.log('  pandoc: not installed, comparison skipped');
  const checked = bundle.checkInvitation(readFileSync(source, 'utf8'));
  const md = join(tmp, 'one.md');
  const pandoc = timeOnce(() => {
    for (let i = 0; i < 100; i += 1) {
      writeFileSync(
        md,
        bundle.layoutLines(bundle.layoutInvitation(checked.invitation, checked.source, { invitee: i })).join('\n\n'),
      );
      run('pandoc', [md, '-o', join(tmp, `pandoc-${i}.docx`)]);
    }
  });
  console.log(
    `  100 pandoc runs                            ${ms(pandoc)}   → giaymoi ${(pandoc / giaymoi).toFixed(1)}× faster   target ≥ 10×: ${verdict(pandoc / giaymoi >= 10)}`,
  );
}

function run(command, args) {
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
}

/** Whole `giaymoi export --mail-merge` processes: time, peak RSS (maxRSS of the child), and the time each file adds. */
function mergeScale() {
  console.log("\nMail merges, whole process, one run each (each invitee's file + the combined one, streamed):");
  const runs = [100, 1000, 5000].map((count) => {
    const source = join(tmp, `scale-${count}.giaymoi.yaml`);
    writeFileSync(source, manyInvitees(STC, count));
    const r = measureNode(join(root, 'dist/cli.js'), [
      'export',
      source,
      '--mail-merge',
      '--allow-drafts',
      '--out-dir',
      join(tmp, `scale-${count}`),
    ]);
    console.log(
      `  ${String(count).padStart(5)} invitees  ${ms(r.wall).padStart(9)}  ${ms(r.wall / count)} per file  peak ${mb(r.peakMb)}   target ≤ 300 MB: ${verdict(r.peakMb <= 300)}`,
    );
    return { count, ...r };
  });
  const [, thousand, fiveThousand] = runs;
  const added = (fiveThousand.wall - thousand.wall) / (fiveThousand.count - thousand.count);
  console.log(`  time each invitee file adds (1,000 → 5,000)  ${ms(added)}   target ≤ 15 ms: ${verdict(added <= 15)}`);
  console.log(
    `  memory from 1,000 to 5,000 invitees  ${mb(thousand.peakMb)} → ${mb(fiveThousand.peakMb)} (flat: the files are written one at a time, the combined one section by section)`,
  );
}

await inProcess();
await wholeProcess();
if (!process.argv.includes('--cli')) {
  // --cli: the single-file figures only (a minute instead of several)
  mailMerge();
  mergeScale();
}
