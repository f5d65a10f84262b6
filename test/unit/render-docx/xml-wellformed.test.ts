/**
 * Every part of every DOCX is well-formed XML 1.0, whatever the user typed:
 * each part is decoded as strict UTF-8 and parsed with saxes, a conformant
 * XML 1.0 parser that rejects characters outside the Char production.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { stringify } from 'yaml';
import { runCheck } from '../../../src/cli/check';
import { runExport } from '../../../src/cli/export';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { renderDocx } from '../../../src/render/docx';
import { fixture } from '../rules/helpers';
import { fakeCli as fakeCliIn } from '../../support/fake-cli';

/** Throws on the first well-formedness error of an XML part. */
function parseStrict(name: string, bytes: Uint8Array): void {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const parser = new SaxesParser({ xmlns: true, fileName: name });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
}

/** Parses every XML part of a DOCX; returns the part names. */
function assertWellFormed(docx: Uint8Array): string[] {
  const parts = Object.entries(unzipSync(docx)).filter(([name]) => /\.(xml|rels)$/.test(name));
  for (const [name, bytes] of parts) parseStrict(name, bytes);
  return parts.map(([name]) => name);
}

/** Messages in English, as these tests read them. */
const fakeCli = (options: Record<string, string> = {}) => fakeCliIn(options, 'en');

const VALID = fixture('valid');
const MERGE_SOURCE = readFileSync(join(__dirname, '../../../examples/hoi-nghi-khach-moi-2025.giaymoi.yaml'), 'utf8');
const MERGE_HEADER = 'STT,Họ và tên,Chức vụ,Đơn vị,Phiên,Giờ,Điện thoại';
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
/** A YAML double-quoted text that carries any character, escaped where YAML itself refuses it raw. */
const yamlQuoted = (text: string) =>
  JSON.stringify(text).replace(
    /[\u007F-\u009F\uFFFE\uFFFF]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
const withInvitees = (lines: readonly string[]) =>
  VALID.replace(
    /^kinh_moi:.*\n(?: {2}- .*\n)*/m,
    `kinh_moi:\n${lines.map((l) => `  - ${yamlQuoted(l)}`).join('\n')}\n`,
  );

/** Exports `source` (and its list, if any) as a mail merge into a fresh folder; the DOCX files written, read back. */
async function mergedFiles(source: string, list?: string): Promise<Uint8Array[] | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-merge-xml-'));
  try {
    const file = join(dir, 'moi.giaymoi.yaml');
    writeFileSync(file, source);
    if (list !== undefined) writeFileSync(join(dir, 'khach-moi.csv'), list);
    const run = fakeCli({ 'mail-merge': 'true', 'out-dir': join(dir, 'out'), 'allow-drafts': 'true', force: 'true' });
    if ((await runExport([file], run.cli)) !== 0) return undefined;
    return readdirSync(join(dir, 'out'))
      .filter((n) => n.endsWith('.docx'))
      .map((n) => readFileSync(join(dir, 'out', n)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
/** Fuzzed exports per run: a quick sample by default; set GIAYMOI_FUZZ_RUNS=5000 for a long soak. */
const RUNS = Number(process.env.GIAYMOI_FUZZ_RUNS) || 25;
/** Invisible and XML-unsafe characters, mixed into otherwise plain Vietnamese. */
const NASTY = [
  '\uFFFF',
  '\uFFFE',
  '\u0000',
  '\u000B',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F',
  '\uD800',
  '\uDFFF',
  '\u202E',
  '\u2066',
  '\u200B',
  '\uFEFF',
  '\uFDD0',
  '<',
  '&',
  ']]>',
  '"',
  "'",
];
const fuzzText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...NASTY),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
      fc.constantFrom('Họp ', 'triển khai ', 'Sở Nội vụ', 'Việt Nam', ' '),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((pieces) => pieces.join(''));
/** Free-text fields the schema takes any string in. */
const FIELDS: readonly (readonly string[])[] = [
  ['trich_yeu'],
  ['co_quan', 'ten'],
  ['co_quan', 'chu_quan'],
  ['dia_danh'],
  ['mo_dau'],
  ['kinh_moi'],
  ['toi_du'],
  ['chu_tri'],
  ['dia_diem'],
  ['loi_ket'],
  ['nguoi_ky', 'ho_ten'],
  ['nguoi_ky', 'chuc_vu'],
  ['noi_nhan', '0'],
  ['dau_moi_lien_he', 'ho_ten'],
];

function setAt(data: Record<string, unknown>, path: readonly string[], value: string): void {
  let node = data as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]] = value;
}

describe('DOCX parts are well-formed XML 1.0 (saxes)', () => {
  it('U+FFFF in trich_yeu and U+000B in co_quan.ten: `giaymoi check` reports both, the export is still valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaymoi-xml-'));
    try {
      const file = join(dir, 'bad.giaymoi.yaml');
      writeFileSync(
        file,
        VALID.replace('trich_yeu: Họp', 'trich_yeu: Họp\uFFFF').replace('ten: SỞ NỘI VỤ', 'ten: SỞ NỘI\u000B VỤ'),
      );
      const check = fakeCli();
      assert.equal(await runCheck([file], check.cli), 0, 'warnings only');
      assert.deepEqual(
        check.out.filter((l) => l.includes('GM034')).map((l) => l.split(': ')[0]),
        [`${file}:4:14`, `${file}:10:15`],
      );
      const exported = fakeCli({ o: join(dir, 'out.docx'), 'allow-drafts': 'true' });
      assert.equal(await runExport([file], exported.cli), 0, exported.out.join('\n'));
      const docx = readFileSync(join(dir, 'out.docx'));
      assert.ok(assertWellFormed(docx).includes('docProps/core.xml'));
      const document = new TextDecoder().decode(unzipSync(docx)['word/document.xml']);
      assert.match(document, /Họp triển khai/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a strict parser does reject the characters the export removes (the check is not vacuous)', () => {
    assert.throws(() => parseStrict('t.xml', new TextEncoder().encode('<a>\uFFFF</a>')));
    assert.throws(() => parseStrict('t.xml', new TextEncoder().encode('<a>\u000B</a>')));
  });

  it('a fuzzed corpus: every part of every export parses', async function () {
    this.timeout(0);
    const started = Date.now();
    const measures = resolveMeasures({});
    const base = checkInvitation(VALID).invitation as unknown as Record<string, unknown>;
    let exported = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...FIELDS), fuzzText), { minLength: 1, maxLength: 6 }),
        async (edits) => {
          const data = structuredClone(base);
          for (const [path, value] of edits) setAt(data, path, value);
          const checked = checkInvitation(stringify(data));
          if (!checked.invitation) return;
          const layout = layoutInvitation(checked.invitation, checked.source, {});
          const parts = assertWellFormed(
            await renderDocx([layout], {
              measures,
              date: new Date(Date.UTC(2024, 4, 1)),
              creator: String(data.dia_danh),
            }),
          );
          assert.ok(parts.includes('word/document.xml') && parts.includes('docProps/app.xml'));
          exported += 1;
        },
      ),
      { numRuns: RUNS, seed: 20240510 },
    );
    console.log(
      `      ${exported} of ${RUNS} fuzzed exports parsed, ${Math.round((Date.now() - started) / exported)} ms each`,
    );
    assert.ok(exported >= RUNS * 0.6, `only ${exported} of ${RUNS} fuzzed inputs passed the schema`);
  });

  it('a fuzzed mail merge of written invitees: every part of every copy parses, U+FFFE and U+FFFF included (issue 31)', async function () {
    this.timeout(0);
    let copies = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fuzzText, { minLength: 2, maxLength: 4 }), async (lines) => {
        const files = await mergedFiles(withInvitees(lines));
        for (const docx of files ?? []) assertWellFormed(docx);
        copies += files?.length ?? 0;
      }),
      { numRuns: RUNS, seed: 20261207, examples: [[['Giám đốc Sở Y tế\uFFFE', 'Sở Xây dựng\uFFFF', 'Sở Nội vụ']]] },
    );
    console.log(`      ${copies} mail-merge files from ${RUNS} fuzzed invitee lists parsed`);
    assert.ok(copies >= RUNS, `only ${copies} files from ${RUNS} fuzzed invitee lists`);
  });

  it('a fuzzed mail merge from a list: every part of every copy parses, cells with U+FFFE and U+FFFF included (issue 31)', async function () {
    this.timeout(0);
    let copies = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fuzzText, fuzzText, fuzzText), { minLength: 1, maxLength: 3 }),
        async (rows) => {
          const cells = rows.map(([name, role, unit], i) =>
            [i + 1, csvCell(name), csvCell(role), csvCell(unit), 'thứ nhất', '08:00', '0205 3812000'].join(','),
          );
          const files = await mergedFiles(MERGE_SOURCE, [MERGE_HEADER, ...cells, ''].join('\r\n'));
          for (const docx of files ?? []) assertWellFormed(docx);
          copies += files?.length ?? 0;
        },
      ),
      {
        numRuns: RUNS,
        seed: 20261207,
        examples: [
          [
            [
              ['Ông A\uFFFE', 'Giám đốc\uFFFF', 'Sở Y tế'],
              ['Bà B', 'Phó Giám đốc', 'Sở Xây dựng'],
            ],
          ],
        ],
      },
    );
    console.log(`      ${copies} mail-merge files from ${RUNS} fuzzed lists parsed`);
    assert.ok(copies >= RUNS, `only ${copies} files from ${RUNS} fuzzed lists`);
  });
});
