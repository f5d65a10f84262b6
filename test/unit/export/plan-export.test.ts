import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { loadDocxRenderer } from '../../../src/export/load-renderer';
import { planExport, type PlannedFile } from '../../../src/export/plan-export';
import { readCsvList } from '../../../src/lists/read-list';

const EXAMPLES = join(__dirname, '../../../examples');
const source = (name: string) => join(EXAMPLES, `${name}.giaymoi.yaml`);
const text = (name: string) => readFileSync(source(name), 'utf8');
const renderer = loadDocxRenderer();

describe('export: planning an export', () => {
  it('exports a draft (information only) with the default settings', async () => {
    const plan = planExport(
      text('hoi-nghi-sipas-2024'),
      source('hoi-nghi-sipas-2024'),
      { allowWarnings: false },
      renderer,
    );
    assert.ok(plan.ok);
    assert.equal(plan.files.length, 1);
    assert.equal(plan.files[0].fileName, 'hoi-nghi-sipas-2024.docx');
    assert.ok(plan.problems.every((p) => p.severity === 'information'));
  });

  it('refuses a file with errors, listing them', async () => {
    const broken = text('hoi-nghi-sipas-2024').replace(/^ {2}ho_ten: .*$/m, '');
    const plan = planExport(broken, 'x.giaymoi.yaml', { allowWarnings: true }, renderer);
    assert.ok(!plan.ok);
    assert.equal(plan.refused, 'errors');
    assert.ok(plan.problems.some((p) => p.code === 'GM051'));
  });

  it('refuses warnings unless allowed', async () => {
    const warned = text('hoi-nghi-sipas-2024').replace(
      'ten: ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN',
      'ten: Ủy ban nhân dân huyện Bắc Sơn',
    );
    const refused = planExport(warned, 'x.giaymoi.yaml', { allowWarnings: false }, renderer);
    assert.ok(!refused.ok && refused.refused === 'warnings', JSON.stringify(refused.ok ? refused.problems : refused));
    const allowed = planExport(warned, 'x.giaymoi.yaml', { allowWarnings: true }, renderer);
    assert.ok(allowed.ok);
  });

  it('writes one file per invitee plus the combined file for a mail merge', async () => {
    const plan = planExport(
      text('so-tai-chinh-hop-du-toan-2025'),
      source('so-tai-chinh-hop-du-toan-2025'),
      { allowWarnings: true, mailMerge: true, asciiNames: true },
      renderer,
    );
    assert.ok(plan.ok);
    assert.equal(plan.merged, 7);
    assert.equal(plan.files.length, 8);
    assert.equal(plan.files[1].fileName, 'so-tai-chinh-hop-du-toan-2025 - Giam doc So Y te.docx');
    assert.equal(plan.files[7].fileName, 'so-tai-chinh-hop-du-toan-2025 (tat ca).docx');
  });

  it('exports a single invitation when a mail merge has one invitee', async () => {
    const plan = planExport(
      text('truong-thcs-hop-phu-huynh-2025'),
      source('truong-thcs-hop-phu-huynh-2025'),
      { allowWarnings: true, mailMerge: true },
      renderer,
    );
    assert.ok(plan.ok);
    assert.equal(plan.merged, 0);
    assert.equal(plan.files.length, 1);
  });

  it('builds the combined file above 200 invitees, the same bytes streamed or gathered', async () => {
    const invitees = Array.from({ length: 250 }, (_, i) => `  - Giám đốc Công ty số ${i + 1}`).join('\n');
    const many = text('so-tai-chinh-hop-du-toan-2025').replace(
      /^kinh_moi:.*\n(?: {2}- .*\n)+/m,
      `kinh_moi:\n${invitees}\n`,
    );
    const plan = planExport(
      many,
      'hop.giaymoi.yaml',
      { allowWarnings: true, mailMerge: true, asciiNames: true },
      renderer,
    );
    assert.ok(plan.ok);
    assert.equal(plan.files.length, 251);
    const combined = plan.files[250];
    assert.equal(combined.fileName, 'hop (tat ca).docx');
    const gathered = await combined.render();
    assert.deepEqual(Buffer.concat(await streamed(combined)), Buffer.from(gathered));
    const xml = documentXml(gathered);
    assert.equal((xml.match(/<w:sectPr>/g) ?? []).length, 250);
    assert.ok(xml.indexOf('Công ty số 250<') > xml.indexOf('Công ty số 201<'));
  });

  it('builds the combined file of a list merge: one section per row, each with its own values', async () => {
    const list = readCsvList('khach-moi.csv', readFileSync(join(EXAMPLES, 'khach-moi.csv')));
    const plan = planExport(
      text('hoi-nghi-khach-moi-2025'),
      source('hoi-nghi-khach-moi-2025'),
      { allowWarnings: true, mailMerge: true, list },
      renderer,
    );
    assert.ok(plan.ok);
    assert.equal(plan.merged, 30);
    const xml = documentXml(await plan.files[30].render());
    assert.equal((xml.match(/<w:sectPr>/g) ?? []).length, 30);
    assert.ok(
      xml.indexOf('Nguyễn Văn An') < xml.indexOf('Trần Thị Bình') &&
        xml.indexOf('Trần Thị Bình') < xml.indexOf('Đặng Quốc Diệp'),
    );
  });
});

async function streamed(file: PlannedFile): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  assert.ok(file.write, 'the combined file can be streamed');
  await file.write(async (chunk) => {
    chunks.push(chunk);
  });
  return chunks;
}

const documentXml = (docx: Uint8Array) =>
  strFromU8(unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']);
