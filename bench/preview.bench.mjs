// Preview benchmark: edit → new HTML on the extension's side (parse + validate
// + Decree 30 rules + layout + HTML render, i.e. everything before the
// `update` message is posted), median of many runs, for the SIPAS example and a
// generated 1,000-line invitation. Standalone: `node bench/preview.bench.mjs`.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The preview's render path, bundled from source so the bench needs no build step. */
async function loadRenderer() {
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-bench-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `export { checkInvitation } from ${JSON.stringify(join(root, 'src/core/check'))};\nexport { renderPreview } from ${JSON.stringify(join(root, 'src/features/preview/render'))};\n`);
  const outfile = join(dir, 'bench.cjs');
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  const mod = createRequire(import.meta.url)(outfile);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

/** A valid invitation of about `lines` lines: the seed's header and foot around many opening paragraphs. */
function generated(lines) {
  const words = 'cơ quan đơn vị triển khai thực hiện nhiệm vụ báo cáo kết quả đề xuất giải pháp nâng cao chất lượng công tác chuyển đổi số'.split(' ');
  const para = (i) => `  - "Đoạn ${i}: ${Array.from({ length: 12 + (i % 40) }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ')}."`;
  const head = `co_quan:\n  ten: ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN\n  viet_tat: UBND\nso: 12\ndia_danh: Bắc Sơn\nngay: 2024-05-10\ntrich_yeu: Dự Hội nghị tổng kết\nkinh_moi: Trưởng các phòng, ban\ntoi_du: Hội nghị tổng kết năm 2024\nthoi_gian: { bat_dau: 2024-05-17 14:00 }\ndia_diem: Hội trường UBND huyện\nmo_dau:\n`;
  const foot = `nguoi_ky:\n  quyen_han: TL\n  chuc_vu_thay: CHỦ TỊCH\n  chuc_vu: CHÁNH VĂN PHÒNG\n  ho_ten: Dương Thị Thanh Thịnh\nnoi_nhan:\n  - Như trên;\n  - "Lưu: VT."\n`;
  const fixed = (head + foot).split('\n').length - 1;
  return head + Array.from({ length: lines - fixed }, (_, i) => para(i + 1)).join('\n') + '\n' + foot;
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
    if (!result.body) throw new Error('the bench input is not a valid invitation');
    if (i >= 3) times.push(ms);
    bytes = result.body.length;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], min: times[0], bytes };
}

const lib = await loadRenderer();
const cases = [
  { name: 'SIPAS example', text: readFileSync(join(root, 'examples/hoi-nghi-sipas-2024.giaymoi.yaml'), 'utf8'), runs: 200 },
  { name: 'generated 1,000 lines', text: generated(1000), runs: 40 },
];
console.log('preview: edit → new HTML (parse + validate + rules + layout + render), host side');
for (const c of cases) {
  const r = measure(lib, c.text, c.runs);
  const lines = c.text.split('\n').length;
  console.log(`  ${c.name.padEnd(22)} ${String(lines).padStart(5)} lines  median ${r.median.toFixed(2)} ms  p90 ${r.p90.toFixed(2)} ms  min ${r.min.toFixed(2)} ms  (${c.runs} runs, body ${(r.bytes / 1024).toFixed(0)} KiB)`);
}
