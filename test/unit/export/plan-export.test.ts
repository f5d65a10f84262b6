import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocxRenderer } from '../../../src/export/load-renderer';
import { planExport } from '../../../src/export/plan-export';

const EXAMPLES = join(__dirname, '../../../examples');
const source = (name: string) => join(EXAMPLES, `${name}.giaymoi.yaml`);
const text = (name: string) => readFileSync(source(name), 'utf8');
const renderer = loadDocxRenderer();

describe('export: planning an export', () => {
  it('exports a draft (information only) with the default settings', async () => {
    const plan = planExport(text('hoi-nghi-sipas-2024'), source('hoi-nghi-sipas-2024'), { allowWarnings: false }, renderer);
    assert.ok(plan.ok);
    assert.equal(plan.files.length, 1);
    assert.equal(plan.files[0].fileName, 'hoi-nghi-sipas-2024.docx');
    assert.ok(plan.problems.every((p) => p.severity === 'information'));
  });

  it('refuses a file with errors, listing them', async () => {
    const broken = text('hoi-nghi-sipas-2024').replace(/^  ho_ten: .*$/m, '');
    const plan = planExport(broken, 'x.giaymoi.yaml', { allowWarnings: true }, renderer);
    assert.ok(!plan.ok);
    assert.equal(plan.refused, 'errors');
    assert.ok(plan.problems.some((p) => p.code === 'GM004'));
  });

  it('refuses warnings unless allowed', async () => {
    const warned = text('hoi-nghi-sipas-2024').replace('ten: ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN', 'ten: Ủy ban nhân dân huyện Bắc Sơn');
    const refused = planExport(warned, 'x.giaymoi.yaml', { allowWarnings: false }, renderer);
    assert.ok(!refused.ok && refused.refused === 'warnings', JSON.stringify(refused.ok ? refused.problems : refused));
    const allowed = planExport(warned, 'x.giaymoi.yaml', { allowWarnings: true }, renderer);
    assert.ok(allowed.ok);
  });

  it('writes one file per invitee plus the combined file for a mail merge', async () => {
    const plan = planExport(text('so-tai-chinh-hop-du-toan-2025'), source('so-tai-chinh-hop-du-toan-2025'), { allowWarnings: true, mailMerge: true, asciiNames: true }, renderer);
    assert.ok(plan.ok);
    assert.equal(plan.merged, 7);
    assert.equal(plan.files.length, 8);
    assert.equal(plan.files[1].fileName, 'so-tai-chinh-hop-du-toan-2025 - Giam doc So Y te.docx');
    assert.equal(plan.files[7].fileName, 'so-tai-chinh-hop-du-toan-2025 (tat ca).docx');
  });

  it('exports a single invitation when a mail merge has one invitee', async () => {
    const plan = planExport(text('truong-thcs-hop-phu-huynh-2025'), source('truong-thcs-hop-phu-huynh-2025'), { allowWarnings: true, mailMerge: true }, renderer);
    assert.ok(plan.ok);
    assert.equal(plan.merged, 0);
    assert.equal(plan.files.length, 1);
  });
});
