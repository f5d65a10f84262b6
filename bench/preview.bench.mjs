// Preview benchmark: edit → new HTML on the extension's side (parse + validate
// + Decree 30 rules + layout + HTML render, i.e. everything before the
// `update` message is posted), median of many runs, for the SIPAS example and a
// generated 1,000-line invitation; then, when Chromium and media/preview.js are
// there, the webview's side (apply the update, measure, paginate).
// Standalone: `node bench/preview.bench.mjs`.
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { longInvitation } from '../test/support/invitations.mjs';
import { longParagraph } from './support/generate.mjs';
import { mb, measureNode, ms } from './support/measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The preview's render path, bundled from source so the bench needs no build step. */
async function loadRenderer() {
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-bench-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export { checkInvitation } from ${JSON.stringify(join(root, 'src/core/check'))};\nexport { renderPreview } from ${JSON.stringify(join(root, 'src/features/preview/render'))};\nexport { shellHtml } from ${JSON.stringify(join(root, 'src/features/preview/shell'))};\n`,
  );
  const outfile = join(dir, 'bench.cjs');
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  const mod = createRequire(import.meta.url)(outfile);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

/** Times `runs` edits: each changes one character, then renders the whole preview update. */
function measure(lib, text, runs) {
  const at = text.indexOf('trich_yeu: ') + 'trich_yeu: '.length;
  const times = [];
  let bytes = 0;
  for (let i = 0; i < runs + 3; i += 1) {
    const edited = text.slice(0, at) + String.fromCharCode(65 + (i % 26)) + text.slice(at);
    const start = process.hrtime.bigint();
    const result = lib.renderPreview(lib.checkInvitation(edited), {}, 'vi');
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!result.page) throw new Error('the bench input is not a valid invitation');
    if (i >= 3) times.push(ms);
    bytes = result.page.units.reduce((n, u) => n + u.length, result.page.contact.length);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)],
    p90: times[Math.floor(times.length * 0.9)],
    min: times[0],
    bytes,
  };
}

/**
 * The webview's time to apply one update, median of `runs`, in headless Chromium: a first layout (a
 * file newly shown: every unit parsed, measured and paginated) and an edit (the case's own edit, one
 * character more each time: only the changed unit replaced, pagination until the old breaks return).
 */
async function measureWebview(lib, cases) {
  const chromiumPath = '/usr/bin/chromium';
  const script = join(root, 'media/preview.js');
  if (!existsSync(chromiumPath) || !existsSync(script))
    return console.log('  webview: skipped (needs /usr/bin/chromium and a build: npm run build)');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-bench-webview-'));
  const options = {
    language: 'vi',
    scrollPreviewWithEditor: true,
    scrollEditorWithPreview: true,
    doubleClickToSwitchToEditor: true,
  };
  writeFileSync(
    join(dir, 'shell.html'),
    lib.shellHtml({
      cspSource: 'file:',
      nonce: 'bench',
      lang: 'vi',
      state: {},
      scriptUri: pathToFileURL(script).href,
      styleUri: pathToFileURL(join(root, 'media/preview.css')).href,
    }),
  );
  const page = await browser.newPage({ viewport: { width: 1000, height: 1300 } });
  await page.addInitScript(
    'window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => {} });',
  );
  await page.goto(pathToFileURL(join(dir, 'shell.html')).href);
  let version = 0;
  const apply = async (text, uri) => {
    const r = lib.renderPreview(lib.checkInvitation(text), {}, 'vi');
    const update = {
      type: 'update',
      uri,
      version: (version += 1),
      page: r.page,
      css: r.css,
      errors: r.errors,
      options,
      locked: false,
    };
    return page.evaluate(`new Promise((resolve, reject) => { const t0 = performance.now(); const n = window.__posted.length; window.postMessage(${JSON.stringify(update)}, '*');
      (function poll() { const m = window.__posted.slice(n).find((x) => x.type === 'rendered'); if (m) resolve([performance.now() - t0, m.pages]); else if (performance.now() - t0 > 60000) reject(new Error('the webview did not render in 60 s')); else setTimeout(poll, 0); })(); })`);
  };
  for (const c of cases) {
    for (const kind of ['first layout', 'edit']) {
      const times = [];
      let pages = 0;
      for (let i = 0; i < c.webviewRuns + 2; i += 1) {
        const uri =
          kind === 'edit'
            ? `file:///bench-${cases.indexOf(c)}.giaymoi.yaml`
            : `file:///bench-${cases.indexOf(c)}-${i}.giaymoi.yaml`;
        const [ms, n] = await apply(kind === 'edit' ? c.edit(i) : c.text, uri);
        if (i >= 2) times.push(ms);
        pages = n;
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      const target = c.chars >= 900_000 ? `   target ≤ 2 s: ${median <= 2000 ? '✓ met' : '✗ missed'}` : '';
      console.log(
        `  ${c.name.padEnd(22)} webview, ${kind.padEnd(12)}  median ${median.toFixed(1).padStart(7)} ms  (${c.webviewRuns} runs, ${pages} pages${kind === 'edit' ? `; ${c.editWhere}` : ''})${target}`,
      );
    }
  }
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}

const lib = await loadRenderer();
const SIPAS = join(root, 'examples/hoi-nghi-sipas-2024.giaymoi.yaml');
const paragraphs = [10_000, 100_000, 900_000].map((chars) => ({
  name: `${(chars / 1000).toLocaleString('en')}k-char paragraph`,
  chars,
  text: longParagraph(SIPAS, chars),
  runs: 3,
  webviewRuns: 3,
}));
/** The text with `i` characters typed at `needle`'s end. */
const typed = (text, needle, i) => {
  const at = text.indexOf(needle) + needle.length;
  return text.slice(0, at) + 'x'.repeat(i + 1) + text.slice(at);
};
const withEdit = (c, needle, where) => ({ ...c, edit: (i) => typed(c.text, needle, i), editWhere: where });
const large = longInvitation(); // about 1,000 lines, as the UI tests' long file
const middle = large
  .split('\n')
  .filter((l) => l.startsWith('  - "'))[400]
  .slice(0, 20);
const cases = [
  withEdit(
    { name: 'SIPAS example', text: readFileSync(SIPAS, 'utf8'), runs: 200, webviewRuns: 30 },
    'trich_yeu: ',
    'typing in the trích yếu',
  ),
  withEdit(
    { name: 'generated 1,000 lines', text: large, runs: 40, webviewRuns: 10 },
    middle,
    'typing in a paragraph mid-document',
  ),
  ...paragraphs.map((c) => withEdit(c, 'trich_yeu: ', 'typing in the trích yếu')),
];
console.log('preview: edit → new HTML (parse + validate + rules + layout + render), host side');
for (const c of cases) {
  const r = measure(lib, c.text, c.runs);
  const lines = c.text.split('\n').length;
  console.log(
    `  ${c.name.padEnd(22)} ${String(lines).padStart(5)} lines  median ${r.median.toFixed(2)} ms  p90 ${r.p90.toFixed(2)} ms  min ${r.min.toFixed(2)} ms  (${c.runs} runs, units ${(r.bytes / 1024).toFixed(0)} KiB)`,
  );
}
standalonePreview(paragraphs);
await measureWebview(lib, cases);

/** `giaymoi preview` (estimated pagination, one HTML file) of each long paragraph, as a whole process. */
function standalonePreview(list) {
  const cli = join(root, 'dist/cli.js');
  if (!existsSync(cli)) return console.log('  giaymoi preview: skipped (needs a build: npm run build)');
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-bench-standalone-'));
  console.log('giaymoi preview (standalone page, estimated pagination), whole process, one run each:');
  for (const c of list) {
    const source = join(dir, `p${c.chars}.giaymoi.yaml`);
    writeFileSync(source, c.text);
    const r = measureNode(cli, ['preview', source, '-o', join(dir, `p${c.chars}.html`)]);
    const pages = /data-pages="(\d+)"/.exec(readFileSync(join(dir, `p${c.chars}.html`), 'utf8'))?.[1];
    const verdict = c.chars >= 900_000 ? `   target ≤ 2 s: ${r.wall <= 2000 ? '✓ met' : '✗ missed'}` : '';
    console.log(`  ${c.name.padEnd(22)} ${ms(r.wall)}  peak ${mb(r.peakMb)}  (${pages} pages)${verdict}`);
  }
  rmSync(dir, { recursive: true, force: true });
}
