/**
 * The corpus of real published invitations under test/corpus/: one folder per
 * document with the text as published, its source note, the invitation written
 * in the format, and what a check and an export are expected to give.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(__dirname, '../../corpus');

/** The kinds of office the issue asks the corpus to cover, and 'party' for a Party committee, which is none of them. */
export const KINDS = [
  'ministry-central',
  'province',
  'district',
  'commune',
  'so',
  'school',
  'public-service',
  'mass-organisation',
  'party',
] as const;
export type Kind = (typeof KINDS)[number];

/** One expected diagnostic: what `giaymoi check --format json` reports, reviewed by hand. */
export interface ExpectedProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly line: number;
}

/** expected.json beside each document. */
export interface Expected {
  readonly kind: Kind;
  readonly office: string;
  /** The title the office printed: "GIẤY MỜI", or another type used to invite ("CÔNG ĐIỆN", "THÔNG TRI", …). */
  readonly printedType: string;
  readonly diagnostics: readonly ExpectedProblem[];
  /** Sheets LibreOffice prints for the exported DOCX (A4, default page settings). */
  readonly pages: number;
  /** Passages of published.txt the format cannot print; each is a finding explained in SOURCE.md. */
  readonly notExpressible: readonly string[];
}

export interface CorpusEntry {
  readonly slug: string;
  readonly dir: string;
  readonly source: string;
  readonly published: string;
  readonly sourceNote: string;
  readonly expected: Expected;
}

/** Every corpus folder, sorted by slug. */
export function corpusEntries(): CorpusEntry[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map(readEntry);
}

function readEntry(slug: string): CorpusEntry {
  const dir = join(CORPUS, slug);
  const file = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
  const expectedText = file('expected.json');
  return {
    slug,
    dir,
    source: join(dir, `${slug}.giaymoi.yaml`),
    published: file('published.txt'),
    sourceNote: file('SOURCE.md'),
    expected: (expectedText ? JSON.parse(expectedText) : {}) as Expected,
  };
}
