/**
 * Import read back by LibreOffice: every example and corpus invitation,
 * exported, imported and exported again, prints the same words in the same
 * order — also after LibreOffice re-saves the DOCX (its own XML) and after a
 * trip through .odt. The plain text of each real invitation, turned into a DOCX
 * by LibreOffice (no table, no style), imports with every word kept.
 * The share of words that land in fields (not the verbatim fallback) is printed.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkInvitation } from '../../../src/core/check/check';
import { importDocx } from '../../../src/import';
import { corpusEntries } from '../corpus/corpus';
import { inOrder, words } from '../corpus/words';
import { convertToPdf, requireTools, run } from '../docx/tools';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'bin', 'giaymoi.js');
const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.giaymoi.yaml'))
  .map((f) => ({ name: f.replace('.giaymoi.yaml', ''), source: join(ROOT, 'examples', f) }));
const CORPUS = corpusEntries().map((e) => ({
  name: e.slug,
  source: e.source,
  published: e.published,
  expected: e.expected,
}));
const SOURCES = [...EXAMPLES, ...CORPUS];
/** Published texts titled GIẤY MỜI: the others (Công điện, Thông báo, …) are not invitations to import. */
const INVITATIONS = CORPUS.filter((c) => c.expected.printedType === 'GIẤY MỜI');
const VARIANTS = ['exported', 'resaved', 'odt'] as const;

/** LibreOffice conversion into `outDir` with a throwaway profile (runs in parallel don't clash). */
function convert(files: readonly string[], to: string, outDir: string, infilter?: string): void {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'giaymoi-lo-'));
  try {
    run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        ...(infilter ? [`--infilter=${infilter}`] : []),
        '--convert-to',
        to,
        '--outdir',
        outDir,
        ...files,
      ],
      { timeoutMs: 300_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The published text less what the format derives and the source does not hold: list labels and the type name. */
function withoutDerived(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.replace(/^\s*((?:[IVX]+|\d{1,2}(?:\.\d{1,2})*)\.|[a-zđ]\)|[-–+•])\s+/u, '').replace(/^\s*giấy mời\b/iu, ''),
    )
    .join('\n');
}

const pdfWords = (pdf: string) =>
  words(
    run('pdftotext', ['-raw', pdf, '-'])
      .split('\n')
      .filter((line) => !/^\s*\d{1,3}\s*$/.test(line))
      .join('\n'),
  );

/** Imports a DOCX, writes the source, exports it again; returns the import's word figures. */
function importAndExport(
  docx: string,
  outDir: string,
): { total: number; fallback: number; errors: string[]; yaml?: string } {
  let result: ReturnType<typeof importDocx>;
  try {
    result = importDocx(readFileSync(docx), { fileName: basename(docx) });
  } catch (error) {
    return {
      total: 0,
      fallback: 0,
      errors: [`import refused: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const name = basename(docx).replace(/\.docx$/, '');
  const source = join(outDir, `${name}.giaymoi.yaml`);
  writeFileSync(source, result.yaml);
  const errors = checkInvitation(result.yaml)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.code} ${p.message.en}`);
  if (errors.length === 0)
    run(process.execPath, [CLI, 'export', source, '-o', join(outDir, `${name}.docx`), '--allow-drafts']);
  return { ...result.words, errors, yaml: result.yaml };
}

describe('import from Word, read back by LibreOffice', function () {
  this.timeout(900_000);
  const out = mkdtempSync(join(tmpdir(), 'giaymoi-import-'));
  const dir = (...parts: string[]) => join(out, ...parts);
  const figures = new Map<string, ReturnType<typeof importAndExport>>();

  before(function () {
    requireTools(this);
    mkdirSync(dir('exported'));
    for (const s of SOURCES)
      run(process.execPath, [CLI, 'export', s.source, '-o', dir('exported', `${s.name}.docx`), '--allow-drafts']);
    const exported = SOURCES.map((s) => dir('exported', `${s.name}.docx`));
    convert(exported, 'docx:MS Word 2007 XML', dir('resaved'));
    convert(exported, 'odt', dir('odt-files'));
    convert(
      SOURCES.map((s) => dir('odt-files', `${s.name}.odt`)),
      'docx:MS Word 2007 XML',
      dir('odt'),
    );
    mkdirSync(dir('text-files'));
    for (const c of INVITATIONS) writeFileSync(dir('text-files', `${c.name}.txt`), c.published);
    if (INVITATIONS.length)
      convert(
        INVITATIONS.map((c) => dir('text-files', `${c.name}.txt`)),
        'docx:MS Word 2007 XML',
        dir('text'),
        'Text (encoded):UTF8,LF,,,',
      );
    for (const variant of [...VARIANTS, 'text']) {
      mkdirSync(dir(`${variant}-again`));
      const list = variant === 'text' ? INVITATIONS : SOURCES;
      for (const s of list)
        figures.set(`${variant}/${s.name}`, importAndExport(dir(variant, `${s.name}.docx`), dir(`${variant}-again`)));
    }
    convertToPdf(exported, dir('pdf'));
    for (const v of [...VARIANTS, 'text']) {
      const again = readdirSync(dir(`${v}-again`))
        .filter((f) => f.endsWith('.docx'))
        .map((f) => dir(`${v}-again`, f));
      mkdirSync(dir(`pdf-${v}`));
      if (again.length) convertToPdf(again, dir(`pdf-${v}`));
    }
    printFidelity();
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  /** pdf/<name>.pdf is the first export; each variant's round trips print into their own folder (same names). */
  function roundTripPdf(variant: string, name: string): string {
    return dir(`pdf-${variant}`, `${name}.pdf`);
  }

  function printFidelity(): void {
    for (const variant of [...VARIANTS, 'text']) {
      const rows = [...figures].filter(([k]) => k.startsWith(`${variant}/`)).map(([, f]) => f);
      const total = rows.reduce((n, f) => n + f.total, 0);
      const fallback = rows.reduce((n, f) => n + f.fallback, 0);
      console.log(
        `      fidelity (${variant}): ${total} words, ${((100 * (total - fallback)) / Math.max(total, 1)).toFixed(1)}% in fields, ${fallback} verbatim`,
      );
    }
  }

  for (const variant of VARIANTS) {
    describe(
      variant === 'exported'
        ? 'the exported DOCX'
        : variant === 'resaved'
          ? 'the DOCX re-saved by LibreOffice'
          : 'the DOCX after a trip through .odt',
      () => {
        for (const s of SOURCES) {
          it(`${s.name}: imports clean and prints the same words in the same order`, () => {
            const f = figures.get(`${variant}/${s.name}`)!;
            assert.deepEqual(f.errors, [], 'the imported source has errors');
            const before = pdfWords(dir('pdf', `${s.name}.pdf`));
            const after = pdfWords(roundTripPdf(variant, s.name));
            const at = before.findIndex((w, i) => w !== after[i]);
            assert.ok(
              at < 0 && before.length === after.length,
              `first difference at word ${at}: «${before.slice(Math.max(0, at - 6), at + 6).join(' ')}» ≠ «${after.slice(Math.max(0, at - 6), at + 6).join(' ')}»`,
            );
          });
        }
      },
    );
  }

  describe('the plain text of real invitations, as LibreOffice makes a DOCX of it', () => {
    it('has real invitations to read', () =>
      assert.ok(INVITATIONS.length > 0, 'no corpus document is titled GIẤY MỜI'));
    for (const c of INVITATIONS) {
      it(`${c.name}: keeps every word of the published text, in order, and checks`, () => {
        const f = figures.get(`text/${c.name}`)!;
        assert.ok(f.yaml, f.errors.join('; '));
        const kept = inOrder(words(withoutDerived(c.published)), words(f.yaml));
        assert.ok(kept.ok, kept.ok ? '' : `the imported source: ${kept.message}`);
        // Web copies lack the header and foot: the check names what is missing (GM004), nothing else is an error.
        assert.deepEqual(
          f.errors.filter((e) => !e.startsWith('GM004')),
          [],
        );
        if (f.errors.length === 0) {
          const printed = inOrder(words(c.published), pdfWords(roundTripPdf('text', c.name)));
          assert.ok(printed.ok, printed.ok ? '' : `the printed copy: ${printed.message}`);
        }
      });
    }
  });
});
