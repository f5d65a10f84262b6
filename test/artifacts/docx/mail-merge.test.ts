/**
 * The combined mail-merge file as LibreOffice prints it: one invitation per
 * invitee, each numbered from 1 (page 1 of each unnumbered), each inviting
 * only its own invitee.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    run(process.execPath, [join(ROOT, 'bin/giaymoi.js'), 'export', SOURCE, '--mail-merge', '--ascii-names', '--out-dir', out]);
    const files = readdirSync(out);
    combined = join(out, files.find((f) => f.endsWith('(tat ca).docx')) ?? 'missing');
    single = join(out, files.find((f) => f.endsWith('So Y te.docx')) ?? 'missing');
    convertToPdf([combined, single], out);
  });

  const pdfOf = (docx: string) => docx.replace(/\.docx$/, '.pdf');
  const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
  const pageText = (pdf: string, page: number) => run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-']);

  it('writes one file per invitee and prints the combined one as that many invitations', () => {
    const files = readdirSync(out).filter((f) => f.endsWith('.docx'));
    assert.equal(files.length, 8, files.join('\n'));
    assert.equal(pages(pdfOf(combined)), 7 * pages(pdfOf(single)));
  });

  it('restarts page numbers for each invitation, with no number on its first page', () => {
    const per = pages(pdfOf(single));
    for (let invitation = 0; invitation < 7; invitation += 1) {
      const first = pageText(pdfOf(combined), invitation * per + 1).split('\n').find((l) => l.trim()) ?? '';
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
