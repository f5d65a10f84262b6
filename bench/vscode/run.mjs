// `npm run bench:vscode`: giaymoi in a real VS Code (code-server 1.100's workbench in Debian's
// Chromium, the test host of test/vscode-host), side by side with VS Code's own Markdown preview:
//   1. open a file → its first diagnostic on screen, in a fresh extension host (cold activation),
//      paired round by round with the same text opened as the Markdown preview → its first render;
//   2. one edit → its text painted in the preview, giaymoi's preview and the Markdown preview on the
//      same text (the SIPAS example; a generated ~1,000-line invitation), rounds interleaved.
// --compare OTHER-CHECKOUT (built) takes a turn in every round of both. Prints medians, "our work"
// net of each preview's deliberate wait, the paired ratios and the load average. Figures only:
// nothing is asserted (and this is not part of `npm test`).
// Usage: node bench/vscode/run.mjs [--rounds N] [--open-rounds N] [--open-only | --edit-only] [--compare OTHER-CHECKOUT] [--keep]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  freePort,
  hostProfile,
  killProcessGroupNow,
  startCodeServer,
  stopProcessGroup,
  bundledVsCodeVersion,
} from '../../test/vscode-host/code-server.mjs';
import { isHostInstalled } from '../../test/vscode-host/install.mjs';
import { launchBrowser, openWorkbench } from '../../test/vscode-host/workbench.mjs';
import { OPEN_AS_PREVIEW, ROOT, benchFiles } from './files.mjs';
import { measureEdit, openToFirstDiagnostic, openToFirstRender, preparePreview } from './measure.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = Math.max(7, option('--rounds', 9));
const OPEN_ROUNDS = option('--open-rounds', 7);
const COMPARE = process.argv.includes('--compare') ? process.argv[process.argv.indexOf('--compare') + 1] : undefined;
/** The deliberate waits: giaymoi's preview debounce (src/features/preview/panel.ts) and the Markdown preview's. */
const WAIT = { giaymoi: 50, markdown: 300 };

if (!isHostInstalled()) {
  console.log('bench:vscode skipped: test/vscode-host/node_modules is not installed (npm run test:vscode installs it)');
  process.exit(0);
}
const tmp = mkdtempSync(join(tmpdir(), 'giaymoi-bench-vscode-'));
let server;
process.on('exit', () => {
  killProcessGroupNow(server);
  if (!process.argv.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const workspace = join(tmp, 'workspace');
mkdirSync(workspace);
const files = await benchFiles();
for (const [name, text] of Object.entries(files.texts)) writeFileSync(join(workspace, name), text);
mkdirSync(join(workspace, '.vscode'));
writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify(OPEN_AS_PREVIEW));

console.log(
  `VS Code ${bundledVsCodeVersion()} (code-server) in Chromium; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()[0].toFixed(1)}`,
);
const profile = hostProfile(join(tmp, 'host'));
const port = await freePort();
server = await startCodeServer({ profile, port, workspace, logFile: join(tmp, 'code-server.log') });
const browser = await launchBrowser();
try {
  const open = (extension = ROOT) =>
    openWorkbench(browser, {
      port,
      workspace,
      extensionDevelopmentPath: extension,
      extensionTestsPath: null,
      onLog: () => {},
      onExit: () => {},
    });
  if (!process.argv.includes('--edit-only')) await openRounds(open);
  if (!process.argv.includes('--open-only')) await editRounds(open);
} finally {
  await browser.close().catch(() => {});
  await stopProcessGroup(server);
}

/**
 * Open → first diagnostic, each round in a new window (a new extension host: activation is cold),
 * and in the same round, in a new window too, VS Code's Markdown: the same text opened as its
 * preview → first render. With --compare DIR (another checkout, built), its extension takes a
 * round in turn with this one. Each round's ratio to Markdown's is paired: same minute, same load.
 */
async function openRounds(open) {
  const variants = [{ label: 'this build', path: ROOT }, ...(COMPARE ? [{ label: COMPARE, path: COMPARE }] : [])];
  const samples = variants.map(() => []);
  const markdown = [];
  const loads = [];
  for (let round = 0; round < OPEN_ROUNDS; round += 1) {
    loads.push(loadavg()[0]);
    for (const [i, variant] of variants.entries()) {
      const page = await open(variant.path);
      samples[i].push(await openToFirstDiagnostic(page, files.names.open.giaymoi));
      await page.close();
    }
    const page = await open();
    markdown.push(await openToFirstRender(page, files.names.open.markdown));
    await page.close();
  }
  printMarkdownOpen(markdown, loads);
  variants.forEach((variant, i) => printOpen(variant.label, samples[i], markdown));
  if (COMPARE) printPaired(samples[0], samples[1]);
}

function printMarkdownOpen(markdown, loads) {
  const first = markdown.map((s) => s.firstRender);
  console.log(
    `\nOpen ${files.names.open.markdown} (the same text) as VS Code's Markdown preview → first render painted, cold, median of ${OPEN_ROUNDS} (load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}):`,
  );
  console.log(`  ${ms(median(first))}  (rounds: ${first.map((x) => x.toFixed(0)).join(', ')} ms)`);
  const activation = markdown.map((s) => s.activation).filter((x) => x !== undefined);
  if (activation.length) console.log(`  Markdown's activation (the host's own figure): ${ms(median(activation))}`);
}

function printOpen(label, samples, markdown) {
  const first = samples.map((s) => s.firstDiagnostic);
  console.log(
    `\nOpen ${files.names.open.giaymoi} → first diagnostic painted, cold (a new window each round), ${label}, median of ${OPEN_ROUNDS}:`,
  );
  console.log(`  ${ms(median(first))}  (rounds: ${first.map((x) => x.toFixed(0)).join(', ')} ms)   0.1: 1.0 s`);
  const ratios = samples.map((s, i) => s.firstDiagnostic / markdown[i].firstRender);
  const paired = median(ratios);
  console.log(
    `  paired with Markdown's open → first render, round by round: median ${paired.toFixed(2)}× (rounds: ${ratios.map((x) => x.toFixed(2)).join(', ')})   target ≤ 1.00×: ${paired <= 1 ? '✓ met' : '✗ missed'}`,
  );
  const activation = samples.map((s) => s.activation).filter((x) => x !== undefined);
  if (activation.length)
    console.log(
      `  activation (the host's own figure, Developer: Show Running Extensions): ${ms(median(activation))}   0.1: 0.30 s`,
    );
  const pairedActivation = samples
    .map((s, i) => (s.activation && markdown[i].activation ? s.activation / markdown[i].activation : undefined))
    .filter((x) => x !== undefined);
  if (pairedActivation.length)
    console.log(`  activation paired with Markdown's, round by round: median ${median(pairedActivation).toFixed(2)}×`);
  const after = samples.map((s) => s.afterActivation).filter((x) => x !== undefined);
  if (after.length)
    console.log(
      `  after activation (giaymoi's status item painted → first squiggle painted): ${ms(median(after))}   target ≤ 300 ms: ${median(after) <= 300 ? '✓ met' : '✗ missed'}   (0.1: ≈ 0.7 s)`,
    );
}

/** This build against --compare's, round by round (the two windows of a round open one after the other). */
function printPaired(ours, theirs) {
  const ratio = (key) =>
    median(ours.map((s, i) => (s[key] && theirs[i][key] ? s[key] / theirs[i][key] : undefined)).filter(Boolean));
  console.log(
    `\nThis build / ${COMPARE}, round by round: open → first diagnostic ${ratio('firstDiagnostic').toFixed(2)}×, activation ${ratio('activation').toFixed(2)}×`,
  );
}

/**
 * Edit → text painted in the preview, giaymoi and Markdown in two windows, one round of each in turn;
 * with --compare, the other checkout's giaymoi in a third window takes its turn in each round too.
 */
async function editRounds(open) {
  const kinds = ['giaymoi', ...(COMPARE ? ['compare'] : []), 'markdown'];
  const pages = {};
  for (const kind of kinds) pages[kind] = await open(kind === 'compare' ? COMPARE : ROOT);
  const results = {};
  for (const size of ['small', 'large']) {
    for (const kind of kinds) {
      const as = kind === 'compare' ? 'giaymoi' : kind;
      await preparePreview(pages[kind], as, files.names[size][as], files.editLine[size][as]);
    }
    const samples = Object.fromEntries(kinds.map((k) => [k, []]));
    for (let round = 0; round < ROUNDS + 1; round += 1) {
      for (const kind of kinds) {
        const t = await measureEdit(pages[kind], `Qz${size[0]}${round}w`);
        if (round > 0) samples[kind].push(t); // round 0: the first update after the preview opened
      }
    }
    results[size] = { samples, kinds };
  }
  printEdits(results);
}

/** Medians of each round's arrival and of each round's time from arrival to paint. */
function split(samples) {
  const known = samples.filter((s) => s.arrived !== undefined);
  return known.length
    ? { arrived: median(known.map((s) => s.arrived)), page: median(known.map((s) => s.painted - s.arrived)) }
    : undefined;
}

function printEdits(results) {
  const was = {
    small: { giaymoi: '146 ms (≈ 96 ms our work)', markdown: '358 ms (≈ 59 ms)' },
    large: { giaymoi: '338 ms (≈ 288 ms)', markdown: '427 ms (≈ 127 ms)' },
  };
  console.log(
    `\nOne edit → its text painted in the preview, median of ${ROUNDS} interleaved rounds (work = median − the preview's deliberate wait; load average at the end ${loadavg()[0].toFixed(1)}):`,
  );
  const wait = (kind) => (kind === 'markdown' ? WAIT.markdown : WAIT.giaymoi);
  for (const [size, { samples, kinds }] of Object.entries(results)) {
    console.log(`  ${files.describe[size]}:`);
    const painted = (kind) => samples[kind].map((s) => s.painted);
    for (const kind of kinds) {
      const t = median(painted(kind));
      const known = split(samples[kind]);
      const arrived = known
        ? `; the message reached the page at ${ms(known.arrived)}, painted ${ms(known.page)} later`
        : '';
      const label = kind === 'compare' ? 'compare' : kind;
      const then = was[size][kind] ? `   (0.1: ${was[size][kind]})` : `   (${COMPARE})`;
      console.log(
        `    ${label.padEnd(9)} ${ms(t).padStart(8)}, work ${ms(t - wait(kind)).padStart(8)} after its ${wait(kind)} ms wait${then}${arrived}`,
      );
    }
    const ours = median(painted('giaymoi')) - WAIT.giaymoi;
    const theirs = median(painted('markdown')) - WAIT.markdown;
    const paired = median(
      painted('giaymoi').map((x, i) => (x - WAIT.giaymoi) / (painted('markdown')[i] - WAIT.markdown)),
    );
    const target =
      size === 'small'
        ? `target ≤ 60 ms: ${ours <= 60 ? '✓ met' : '✗ missed'}`
        : `target ≤ Markdown's: ${ours <= theirs ? '✓ met' : '✗ missed'}`;
    console.log(
      `    giaymoi/Markdown: ${(median(painted('giaymoi')) / median(painted('markdown'))).toFixed(2)}× as typed, ${(ours / theirs).toFixed(2)}× the work (paired round by round: ${paired.toFixed(2)}×)   ${target}`,
    );
    if (kinds.includes('compare')) {
      const mine = painted('giaymoi').map((x, i) => (x - WAIT.giaymoi) / (painted('compare')[i] - WAIT.giaymoi));
      const theirsPaired = median(
        painted('compare').map((x, i) => (x - WAIT.giaymoi) / (painted('markdown')[i] - WAIT.markdown)),
      );
      console.log(
        `    this build / compare, the work paired round by round: ${median(mine).toFixed(2)}×; compare/Markdown paired: ${theirsPaired.toFixed(2)}×`,
      );
    }
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function ms(x) {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`;
}
