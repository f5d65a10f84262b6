// PDF export beside DOCX export (issue 33, Build 5), in the same rounds: each
// round exports the SIPAS example to DOCX, then to PDF, in process, a new text
// each time (check → layout → bytes), after warm-up; the medians and their
// ratio are printed next to the target (PDF ≤ 1.5 × DOCX). Never asserted.
// Usage: node bench/pdf-export.bench.mjs
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ms, verdict } from './support/measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIPAS = join(root, 'examples/hoi-nghi-sipas-2024.giaymoi.yaml');
const ROUNDS = 60;
const WARMUP = 10;

/** Both pipelines in one bundle, as the CLI ships them (pdfkit's ESM build given its import.meta.url). */
async function loadBundle() {
  const outfile = join(mkdtempSync(join(tmpdir(), 'giaymoi-bench-pdf-')), 'export.cjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { planExport } from './src/export/plan-export';",
        "export { planPdfExport } from './src/export/pdf-plan';",
        "export { nodePdfFonts } from './src/export/pdf-fonts';",
        "export { nodeZipCodec } from './src/export/node-zip-codec';",
        "export * as docx from './src/render/docx';",
        "export * as pdf from './src/render/pdf';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl', __BUNDLED__: 'false' },
  });
  return createRequire(import.meta.url)(outfile);
}

const b = await loadBundle();
const sipas = readFileSync(SIPAS, 'utf8');
let edits = 0;
const edited = () => `${sipas}\n# ${(edits += 1)}\n`;
const settings = { allowWarnings: true, codec: b.nodeZipCodec };
const docx = () => b.planExport(edited(), 'x.giaymoi.yaml', settings, b.docx).files[0].render();
const pdf = () =>
  b
    .planPdfExport(edited(), 'x.giaymoi.yaml', settings, b.pdf, () => b.nodePdfFonts([join(root, 'media')]))
    .files[0].render();

async function time(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

for (let i = 0; i < WARMUP; i += 1) (await docx(), await pdf());
const times = { docx: [], pdf: [] };
for (let i = 0; i < ROUNDS; i += 1) {
  times.docx.push(await time(docx));
  times.pdf.push(await time(pdf));
}
const median = (list) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)];
const [d, p] = [median(times.docx), median(times.pdf)];
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`,
);
console.log(
  `\nIn-process export of the SIPAS example, median of ${ROUNDS} rounds after ${WARMUP}, DOCX then PDF each round:`,
);
console.log(`  DOCX  ${ms(d)}`);
console.log(`  PDF   ${ms(p)}   ${(p / d).toFixed(2)} × DOCX   target ≤ 1.5 ×: ${verdict(p <= 1.5 * d)}`);
