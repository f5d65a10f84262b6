/**
 * A mail merge to PDF goes through the DOCX merge's writer (merge-set.ts): its ".pdf" names
 * are recorded, so the next PDF merge replaces the set under the same names, a stranger's
 * PDF is kept ("x (2).pdf" beside it), and the PDF set (pdfSetKey) leaves the DOCX set alone.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setPrefix, writeMergeSet } from '../../../src/export/merge-set';
import { nodeFileSystem } from '../../../src/export/node-file-system';
import { pdfSetKey } from '../../../src/export/pdf-merge';
import type { PlannedFile } from '../../../src/export/plan-export';

const SOURCE = '/work/hop.giaymoi.yaml';
const set = (names: string[], tag: string): PlannedFile[] =>
  names.map((fileName) => ({ fileName, render: async () => new TextEncoder().encode(`${tag}:${fileName}`) }));
const visible = (dir: string) =>
  readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort();

describe('export: a mail merge to PDF written as a set', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-pdf-merge-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces its earlier set under the same names, and keeps a PDF that is not its own', async () => {
    const prefix = setPrefix(pdfSetKey(SOURCE));
    const options = { fs: nodeFileSystem };
    await writeMergeSet(set(['a.pdf', 'all.pdf'], 'old'), dir, prefix, options);
    writeFileSync(join(dir, 'b.pdf'), 'not ours');
    const written = await writeMergeSet(set(['a.pdf', 'b.pdf', 'all.pdf'], 'new'), dir, prefix, options);
    assert.deepEqual(visible(dir), ['a.pdf', 'all.pdf', 'b (2).pdf', 'b.pdf']);
    assert.equal(written[1].path, join(dir, 'b (2).pdf'));
    assert.equal(readFileSync(join(dir, 'a.pdf'), 'utf8'), 'new:a.pdf');
    assert.equal(readFileSync(join(dir, 'b.pdf'), 'utf8'), 'not ours');
  });

  it('leaves the same source’s DOCX set in the folder, and the DOCX set leaves the PDF set', async () => {
    const options = { fs: nodeFileSystem };
    await writeMergeSet(set(['a.docx', 'all.docx'], 'docx'), dir, setPrefix(SOURCE), options);
    await writeMergeSet(set(['a.pdf', 'all.pdf'], 'pdf'), dir, setPrefix(pdfSetKey(SOURCE)), options);
    await writeMergeSet(set(['a.docx', 'all.docx'], 'docx2'), dir, setPrefix(SOURCE), options);
    assert.deepEqual(visible(dir), ['a.docx', 'a.pdf', 'all.docx', 'all.pdf']);
  });
});
