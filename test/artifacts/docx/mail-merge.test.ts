/**
 * The combined mail-merge file as LibreOffice prints it: one invitation per
 * invitee, each numbered from 1 (page 1 of each unnumbered), each inviting
 * only its own invitee.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { convertToPdf, normalize, requireTools, run } from './tools';

const ROOT = join(__dirname, '../../..');
const SOURCE = join(ROOT, 'examples/so-tai-chinh-hop-du-toan-2025.giaymoi.yaml');

describe('docx artifacts: mail merge', function () {
  this.timeout(240_000);
  const out = mkdtempSync(join(tmpdir(), 'giaymoi-merge-artifacts-'));
  let combined = '';
  let single = '';

  before(function () {
    requireTools(this);
    run(process.execPath, [
      join(ROOT, 'bin/giaymoi.js'),
      'export',
      SOURCE,
      '--mail-merge',
      '--ascii-names',
      '--out-dir',
      out,
    ]);
    const files = readdirSync(out);
    combined = join(out, files.find((f) => f.endsWith('(tat ca).docx')) ?? 'missing');
    single = join(out, files.find((f) => f.endsWith('So Y te.docx')) ?? 'missing');
    convertToPdf([combined, single], out);
  });

  const pdfOf = (docx: string) => docx.replace(/\.docx$/, '.pdf');
  const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
  const pageText = (pdf: string, page: number) =>
    run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-']);

  it('writes one file per invitee and prints the combined one as that many invitations', () => {
    const files = readdirSync(out).filter((f) => f.endsWith('.docx'));
    assert.equal(files.length, 8, files.join('\n'));
    assert.equal(pages(pdfOf(combined)), 7 * pages(pdfOf(single)));
  });

  it('restarts page numbers for each invitation, with no number on its first page', () => {
    const per = pages(pdfOf(single));
    for (let invitation = 0; invitation < 7; invitation += 1) {
      const first =
        pageText(pdfOf(combined), invitation * per + 1)
          .split('\n')
          .find((l) => l.trim()) ?? '';
      assert.doesNotMatch(first, /^\s*\d+\s*$/, `page 1 of invitation ${invitation + 1} has a number`);
      if (per > 1) assert.match(pageText(pdfOf(combined), invitation * per + 2), /^\s*2\s*$/m);
    }
  });

  it('invites only its own invitee in each single file', () => {
    const text = normalize(run('pdftotext', [pdfOf(single), '-']));
    assert.match(text, /trân trọng kính mời: Giám đốc Sở Y tế/);
    assert.doesNotMatch(text, /Giám đốc Sở Xây dựng/);
  });
});

/**
 * Above the 200 invitees where the combined file used to be skipped: 250
 * generated invitees, the combined file streamed section by section, read
 * back whole by LibreOffice (about 25 s for 500 pages on the test machines).
 */
describe('docx artifacts: mail merge of 250 invitees', function () {
  this.timeout(400_000);
  const COUNT = 250;
  const out = mkdtempSync(join(tmpdir(), 'giaymoi-merge-250-'));
  let combined = '';
  let single = '';

  before(function () {
    requireTools(this);
    const invitees = Array.from({ length: COUNT }, (_, i) => `  - Giám đốc Công ty số ${i + 1}`).join('\n');
    const source = join(out, 'hop-250.giaymoi.yaml');
    writeFileSync(
      source,
      readFileSync(SOURCE, 'utf8').replace(/^kinh_moi:.*\n(?: {2}- .*\n)+/m, `kinh_moi:\n${invitees}\n`),
    );
    run(
      process.execPath,
      [join(ROOT, 'bin/giaymoi.js'), 'export', source, '--mail-merge', '--ascii-names', '--out-dir', join(out, 'docx')],
      { timeoutMs: 120_000 },
    );
    combined = join(out, 'docx', 'hop-250 (tat ca).docx');
    single = join(out, 'docx', `hop-250 - Giam doc Cong ty so ${COUNT}.docx`);
    convertToPdf([combined, single], out);
  });

  const pdfOf = (docx: string) => join(out, basename(docx).replace(/\.docx$/, '.pdf'));
  const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
  const pageText = (page: number) =>
    run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdfOf(combined), '-']);

  it('prints the combined file as 250 invitations, each as long as its own file', () => {
    assert.equal(readdirSync(join(out, 'docx')).filter((f) => f.endsWith('.docx')).length, COUNT + 1);
    assert.equal(pages(pdfOf(combined)), COUNT * pages(pdfOf(single)));
  });

  it('keeps each invitation in order, numbered from 1 with page 1 unnumbered', () => {
    const per = pages(pdfOf(single));
    for (const invitation of [1, 200, 201, COUNT]) {
      const first = pageText((invitation - 1) * per + 1);
      assert.match(
        normalize(first),
        new RegExp(`trân trọng kính mời: Giám đốc Công ty số ${invitation}(?!\\d)`),
        `invitation ${invitation}`,
      );
      assert.doesNotMatch(
        first.split('\n').find((l) => l.trim()) ?? '',
        /^\s*\d+\s*$/,
        `page 1 of invitation ${invitation} has a number`,
      );
      if (per > 1) assert.match(pageText((invitation - 1) * per + 2), /^\s*2\s*$/m);
    }
  });
});
