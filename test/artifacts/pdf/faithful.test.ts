/**
 * The PDF export is faithful to the DOCX (issue 33, Build 2): for every
 * example and every corpus document, the built CLI writes the DOCX and the
 * PDF; LibreOffice prints the DOCX; then the PDF has LibreOffice's page count,
 * the same first word on every page, each of LibreOffice's lines with the same
 * words within 1 mm of where LibreOffice put it, every word in LibreOffice's
 * reading order (pdftotext -raw), embedded fonts (pdffonts), PDF 1.7 and the
 * invitation's title and author.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { corpusEntries } from '../corpus/corpus';
import { convertToPdf, requireTools, run } from '../docx/tools';
import { byPosition, pdfLines, type PdfLine } from './read-lines';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'bin', 'giaymoi.js');
const MM = 72 / 25.4;
/** Issue 33: lines within 1 mm of LibreOffice's. */
const TOLERANCE_PT = 1 * MM;

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.giaymoi.yaml'))
  .map((f) => ({ slug: basename(f, '.giaymoi.yaml'), source: join(ROOT, 'examples', f) }));
const DOCUMENTS = [...EXAMPLES, ...corpusEntries().map((e) => ({ slug: `corpus-${e.slug}`, source: e.source }))];

const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);

/** The words pdftotext reads in content order, page numbers (a line of digits alone) left out. */
function rawWords(pdf: string): string[] {
  return run('pdftotext', ['-raw', pdf, '-'])
    .split('\n')
    .filter((line) => !/^\s*\d{1,3}\s*$/.test(line))
    .join(' ')
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean);
}

/** The first word of each page, top left first. */
function firstWords(lines: readonly PdfLine[]): string[] {
  const first = new Map<number, string>();
  for (const line of byPosition(lines)) if (!first.has(line.page)) first.set(line.page, line.text.split(' ')[0]);
  return [...first.values()];
}

/** LibreOffice's lines that ours lacks, or has more than 1 mm away (each of ours matched once). */
export function misplacedLines(expected: readonly PdfLine[], actual: readonly PdfLine[]): string[] {
  const free = new Set(actual);
  const misplaced: string[] = [];
  for (const line of expected) {
    const same = [...free].filter((a) => a.page === line.page && a.text === line.text);
    const distance = (a: PdfLine) => Math.max(Math.abs(a.xMin - line.xMin), Math.abs(a.yMin - line.yMin));
    const nearest = same.sort((a, b) => distance(a) - distance(b))[0];
    if (nearest && distance(nearest) <= TOLERANCE_PT) free.delete(nearest);
    else {
      const off = nearest ? `${(distance(nearest) / MM).toFixed(2)} mm away` : 'missing';
      misplaced.push(`p${line.page} "${line.text}": ${off}`);
    }
  }
  return misplaced;
}

describe('PDF export: faithful to LibreOffice printing our DOCX, every example and corpus document', function () {
  this.timeout(600_000);
  const out = mkdtempSync(join(tmpdir(), 'giaymoi-pdf-'));
  const ours = (slug: string) => join(out, 'pdf', `${slug}.pdf`);
  const theirs = (slug: string) => join(out, `${slug}.pdf`);

  before(function () {
    requireTools(this);
    for (const d of DOCUMENTS) {
      run(process.execPath, [CLI, 'export', d.source, '-o', join(out, `${d.slug}.docx`), '--allow-drafts']);
      run(process.execPath, [CLI, 'export', d.source, '-o', ours(d.slug), '--allow-drafts']);
    }
    convertToPdf(
      DOCUMENTS.map((d) => join(out, `${d.slug}.docx`)),
      out,
    );
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  for (const d of DOCUMENTS) {
    describe(d.slug, () => {
      it("has LibreOffice's page count and first word on every page", () => {
        assert.equal(pages(ours(d.slug)), pages(theirs(d.slug)));
        assert.deepEqual(firstWords(pdfLines(ours(d.slug))), firstWords(pdfLines(theirs(d.slug))));
      });
      it("puts each of LibreOffice's lines within 1 mm, with the same words", () => {
        assert.deepEqual(misplacedLines(pdfLines(theirs(d.slug)), pdfLines(ours(d.slug))), []);
      });
      it('reads every word in order (pdftotext)', () => {
        assert.deepEqual(rawWords(ours(d.slug)), rawWords(theirs(d.slug)));
      });
      it('embeds its fonts, is PDF 1.7 and carries the title and author', () => {
        const fonts = run('pdffonts', [ours(d.slug)])
          .split('\n')
          .slice(2)
          .filter(Boolean);
        assert.ok(fonts.length > 0);
        for (const font of fonts) assert.match(font, /\byes yes yes\b/, font);
        const info = run('pdfinfo', [ours(d.slug)]);
        assert.match(info, /PDF version:\s+1\.7/);
        assert.match(info, /Title:\s+\S/);
        assert.match(info, /Author:\s+\S/);
      });
    });
  }
});
