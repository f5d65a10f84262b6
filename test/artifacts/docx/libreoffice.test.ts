/**
 * The real artifact: every example exported by the built CLI, opened by
 * LibreOffice and printed to PDF, then read back with poppler: the text in
 * reading order, the header columns side by side, the page count, the fonts.
 * Page 1 of each is kept as a PNG in test-artifacts/docx/ for people to look at.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkFile } from '../../support/list-beside';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { blockText, type Block, type Layout } from '../../../src/core/layout/model';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { renderPage } from '../../../src/render/html';
import { convertToPdf, normalize, requireTools, run } from './tools';

const ROOT = join(__dirname, '../../..');
const EXAMPLES = join(ROOT, 'examples');
const PNG_DIR = join(ROOT, 'test-artifacts', 'docx');

/** Pages each example prints on (A4, 14 pt body, default margins). */
const EXPECTED_PAGES: Readonly<Record<string, number>> = {
  'hoi-nghi-sipas-2024': 2,
  'so-tai-chinh-hop-du-toan-2025': 2,
  'hoi-thao-chuyen-doi-so-2025': 2,
  'truong-thcs-hop-phu-huynh-2025': 2,
  'hoa-toc-phong-chong-bao-2025': 2,
  'hoi-nghi-tong-ket-nong-thon-moi-2025': 2,
  'hoi-nghi-khach-moi-2025': 1,
  'thong-bao-hop-phu-huynh-2025': 1,
  'cong-dien-hop-khan-phong-chong-lu-2025': 1,
};

const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.giaymoi.yaml'))
  .map((f) => basename(f, '.giaymoi.yaml'))
  .sort();
const CORPUS = join(ROOT, 'test', 'corpus');

/**
 * Every document the page test knows, with its expected page count: the table
 * above for examples/, `pages` in the expected.json beside each document of
 * test/corpus/<slug>/. Undefined means the count is missing, which fails.
 */
function documentsWithPages(): { file: string; expected: number | undefined; where: string }[] {
  const fromExamples = examples.map((name) => ({
    file: join(EXAMPLES, `${name}.giaymoi.yaml`),
    expected: EXPECTED_PAGES[name],
    where: `EXPECTED_PAGES in ${__filename}`,
  }));
  const slugs = existsSync(CORPUS)
    ? readdirSync(CORPUS, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const fromCorpus = slugs.flatMap((slug) =>
    readdirSync(join(CORPUS, slug))
      .filter((f) => f.endsWith('.giaymoi.yaml'))
      .map((f) => {
        const sidecar = join(CORPUS, slug, 'expected.json');
        const pages = existsSync(sidecar)
          ? (JSON.parse(readFileSync(sidecar, 'utf8')) as { pages?: unknown }).pages
          : undefined;
        return {
          file: join(CORPUS, slug, f),
          expected: typeof pages === 'number' ? pages : undefined,
          where: `"pages" in ${sidecar}`,
        };
      }),
  );
  return [...fromExamples, ...fromCorpus];
}

/** Sheets of the standalone page (the CLI's preview: units paginated by the height estimate, no browser). */
function estimatedPages(file: string): number {
  const checked = checkFile(file);
  assert.ok(checked.invitation, `${file} is not a valid invitation`);
  return renderPage(layoutInvitation(checked.invitation, checked.source), resolveMeasures()).pages;
}

// Needs no tool, so it runs on every machine: a document without a count fails, and so does a count the
// standalone page's pagination does not reach (LibreOffice's print is compared below and in corpus-export).
describe('docx artifacts: every example and corpus document has its expected page count, which the standalone page reaches', () => {
  for (const doc of documentsWithPages()) {
    it(basename(doc.file), () => {
      assert.ok(
        Number.isInteger(doc.expected) && (doc.expected as number) >= 1,
        `${doc.file}: no expected page count; add it to ${doc.where}`,
      );
      assert.equal(
        estimatedPages(doc.file),
        doc.expected,
        `${doc.file}: the standalone page's sheets, against ${doc.where}`,
      );
    });
  }
});

function layoutOf(name: string): Layout {
  const checked = checkFile(join(EXAMPLES, `${name}.giaymoi.yaml`));
  assert.ok(checked.invitation);
  return layoutInvitation(checked.invitation, checked.source);
}

/** Blocks in the order a PDF of the DOCX reads: each table cell whole, left before right. */
function readingOrder(layout: Layout): Block[] {
  return [
    ...layout.header.left,
    ...layout.header.right,
    layout.header.numberLine,
    layout.header.dateLine,
    ...layout.marks,
    ...layout.title,
    ...layout.body,
    ...layout.recipients,
    ...(layout.drafter ? [layout.drafter] : []),
    ...layout.signature,
  ];
}

/** Raw PDF text without the page-number lines, whitespace collapsed. */
function rawText(pdf: string): string {
  return normalize(
    run('pdftotext', ['-raw', pdf, '-'])
      .split('\n')
      .filter((line) => !/^\s*\d{1,3}\s*$/.test(line))
      .join('\n'),
  );
}

describe('docx artifacts: LibreOffice reads every example back', function () {
  this.timeout(240_000);
  const out = mkdtempSync(join(tmpdir(), 'giaymoi-docx-artifacts-'));
  const pdf = (name: string) => join(out, `${name}.pdf`);

  before(function () {
    requireTools(this);
    run(process.execPath, [
      join(ROOT, 'bin/giaymoi.js'),
      'export',
      ...examples.map((e) => join(EXAMPLES, `${e}.giaymoi.yaml`)),
      '--out-dir',
      out,
    ]);
    convertToPdf(
      examples.map((e) => join(out, `${e}.docx`)),
      out,
    );
    mkdirSync(PNG_DIR, { recursive: true });
  });

  for (const name of examples) {
    describe(name, () => {
      it('converts to PDF, page 1 saved as a PNG', () => {
        assert.ok(existsSync(pdf(name)), `LibreOffice wrote no PDF for ${name}.docx`);
        run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf(name), join(PNG_DIR, name)]);
        assert.ok(existsSync(join(PNG_DIR, `${name}.png`)));
      });

      it('shows every text of the layout, in reading order', () => {
        const layout = layoutOf(name);
        const all = rawText(pdf(name));
        const contact = layout.contact.map((block) => normalize(blockText(block)));
        for (const c of contact) assert.ok(all.includes(c), `contact block "${c}" not on the page`);
        const text = contact.reduce((t, c) => t.replace(c, ' ').replace(/\s+/g, ' '), all);
        let from = 0;
        for (const block of readingOrder(layout)) {
          const wanted = normalize(blockText(block));
          const at = text.indexOf(wanted, from);
          assert.ok(at >= 0, `"${wanted}" not found after position ${from} in:\n${text.slice(from, from + 400)}`);
          from = at + wanted.length;
        }
      });

      it('sets the two header columns side by side, and "Số" level with the date', () => {
        const layout = layoutOf(name);
        const lines = run('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf(name), '-'])
          .split('\n')
          .map(normalize);
        const firstWords = (block: Block) => normalize(blockText(block)).split(' ').slice(0, 2).join(' ');
        const agency = firstWords(layout.header.left[0]);
        assert.ok(
          lines.some((l) => l.startsWith(agency) && l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')),
          `no line with "${agency}" and the Quốc hiệu:\n${lines.slice(0, 8).join('\n')}`,
        );
        assert.ok(
          lines.some((l) => l.startsWith('Số:') && l.includes(firstWords(layout.header.dateLine))),
          'Số and the date on one line',
        );
      });

      it('prints on the expected number of A4 portrait pages', () => {
        const info = run('pdfinfo', [pdf(name)]);
        assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
        const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
        assert.equal(
          pages,
          EXPECTED_PAGES[name],
          `${name}: ${pages} pages, expected ${EXPECTED_PAGES[name] ?? '(no count in EXPECTED_PAGES)'}`,
        );
        assert.ok(pages >= 1 && pages <= 4);
      });

      it('uses Liberation Serif / Times only (no DejaVu fallback)', () => {
        const fonts = run('pdffonts', [pdf(name)])
          .split('\n')
          .slice(2)
          .filter(Boolean)
          .map((l) => l.split(/\s+/)[0]);
        assert.ok(fonts.length > 0);
        for (const font of fonts) assert.match(font, /LiberationSerif|TimesNewRoman|Times/, `unexpected font ${font}`);
      });
    });
  }
});
