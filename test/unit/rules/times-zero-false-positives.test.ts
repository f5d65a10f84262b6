/**
 * Zero false positives of the date and time checks (issue 26): every real,
 * published invitation of test/corpus/ and every example gives exactly the
 * date and time diagnostics reviewed for it, no more. The artifact phase
 * compares all diagnostics of the corpus; this runs in the unit phase, on
 * the codes the reader of times feeds.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check/check';
import { corpusEntries } from '../../artifacts/corpus/corpus';
import { checkFile } from '../../support/list-beside';

const TIME_CODES = new Set(['GM013', 'GM014', 'GM015', 'GM016', 'GM017', 'GM018', 'GM019', 'GM026', 'GM027', 'GM038']);
const EXAMPLES = join(__dirname, '../../../examples');

/** The date and time diagnostics reviewed for each example (QĐ 45 reminders and the draft's missing day). */
const EXAMPLES_EXPECTED: Record<string, string[]> = {
  'hoi-nghi-sipas-2024.giaymoi.yaml': ['GM013 12', 'GM026 23', 'GM027 23'],
  'hoi-nghi-tong-ket-nong-thon-moi-2025.giaymoi.yaml': ['GM027 36'],
};

type Lined = { code: string; range: { start: { line: number } } };
const timeProblems = (problems: readonly Lined[]) =>
  problems.filter((p) => TIME_CODES.has(p.code)).map((p) => `${p.code} ${p.range.start.line + 1}`);

describe('date and time checks: zero false positives on real invitations and the examples', () => {
  for (const entry of corpusEntries()) {
    it(`corpus ${entry.slug}`, () => {
      const expected = entry.expected.diagnostics
        .filter((d) => TIME_CODES.has(d.code))
        .map((d) => `${d.code} ${d.line}`);
      assert.deepEqual(timeProblems(checkInvitation(readFileSync(entry.source, 'utf8')).problems), expected);
    });
  }

  for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith('.giaymoi.yaml'))) {
    it(`example ${name}`, () => {
      assert.deepEqual(timeProblems(checkFile(join(EXAMPLES, name)).problems), EXAMPLES_EXPECTED[name] ?? []);
    });
  }
});
