/**
 * The corpus of real invitations: each folder is complete (published text,
 * source note, invitation, expected.json), the invitation gives exactly the
 * diagnostics reviewed in expected.json, and no expected diagnostic is an
 * error (an error would refuse the export the artifact test makes).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { checkInvitation } from '../../../src/core/check/check';
import { corpusEntries, KINDS } from './corpus';

const entries = corpusEntries();

/**
 * Issue 11 asks for 12 documents titled GIẤY MỜI from 6 of its kinds of office. Searching the
 * stored public sources (see test/corpus/README.md, "Search") found 2 so far: the floor below
 * is what the corpus holds, so that none is lost, and the test prints the gap to the goal.
 */
const GIAY_MOI_GOAL = { documents: 12, kinds: 6 } as const;
const GIAY_MOI_REACHED = { documents: 2, kinds: 2 } as const;

/** The Decree 30 types a corpus document was published under, besides the default Giấy mời (Phụ lục III). */
const OWN_TYPES: Readonly<Record<string, { key: string; abbreviation: string }>> = {
  'THÔNG BÁO': { key: 'thong_bao', abbreviation: 'TB' },
  'CÔNG ĐIỆN': { key: 'cong_dien', abbreviation: 'CĐ' },
};

const issueKindsOf = (list: readonly (typeof entries)[number][]) =>
  new Set(list.map((e) => e.expected.kind).filter((k) => k !== 'party'));

describe('corpus of real invitations: diagnostics', () => {
  it("holds at least 12 documents from at least 6 of the issue's kinds of office (prints the counts)", () => {
    const kinds = new Set(entries.map((e) => e.expected.kind));
    console.log(
      `      corpus: ${entries.length} documents, ${kinds.size} kinds of office: ${[...kinds].sort().join(', ')}`,
    );
    for (const kind of kinds) assert.ok((KINDS as readonly string[]).includes(kind), `unknown kind ${kind}`);
    assert.ok(entries.length >= 12, `only ${entries.length} documents in test/corpus/ (issue 11 asks for 12)`);
    assert.ok(
      issueKindsOf(entries).size >= 6,
      `only ${issueKindsOf(entries).size} of the issue's kinds of office (it asks for 6)`,
    );
  });

  it("keeps every document titled GIẤY MỜI found so far (prints the gap to the issue's 12 from 6 kinds)", () => {
    const giayMoi = entries.filter((e) => e.expected.printedType === 'GIẤY MỜI');
    const kinds = issueKindsOf(giayMoi);
    console.log(
      `      titled GIẤY MỜI: ${giayMoi.length} documents from ${kinds.size} kinds (${[...kinds].sort().join(', ')}); issue 11 asks for ${GIAY_MOI_GOAL.documents} from ${GIAY_MOI_GOAL.kinds}`,
    );
    assert.ok(
      giayMoi.length >= GIAY_MOI_REACHED.documents,
      `only ${giayMoi.length} documents titled GIẤY MỜI (the corpus held ${GIAY_MOI_REACHED.documents})`,
    );
    assert.ok(
      kinds.size >= GIAY_MOI_REACHED.kinds,
      `GIẤY MỜI from only ${kinds.size} kinds (the corpus held ${GIAY_MOI_REACHED.kinds})`,
    );
  });

  for (const entry of entries) {
    describe(entry.slug, () => {
      it('is complete: published text, a source note with its address and findings, the invitation, expected.json', () => {
        assert.ok(existsSync(entry.source), `missing ${entry.slug}.giaymoi.yaml`);
        assert.ok(entry.published.trim().length > 0, 'published.txt is empty');
        assert.match(entry.sourceNote, /https?:\/\/\S+/, 'SOURCE.md names no source address');
        assert.match(entry.sourceNote, /^## Findings/m, 'SOURCE.md has no "## Findings" section');
        assert.equal(entry.published, entry.published.normalize('NFC'), 'published.txt is not NFC');
        assert.ok(Number.isInteger(entry.expected.pages) && entry.expected.pages > 0, 'expected.json: pages');
        for (const passage of entry.expected.notExpressible)
          assert.ok(
            entry.sourceNote.includes(passage.slice(0, 40)),
            `SOURCE.md does not explain the passage «${passage}»`,
          );
      });

      it('is written with the type it was published under, whose word and ký hiệu are then printed (issue 27)', () => {
        const type = OWN_TYPES[entry.expected.printedType];
        if (!type) return; // GIẤY MỜI is the default; THƯ MỜI and THÔNG TRI are not Decree 30 types
        const invitation = checkInvitation(readFileSync(entry.source, 'utf8')).invitation;
        assert.equal(
          invitation?.ten_loai,
          type.key,
          `ten_loai: ${type.key} for a document titled ${entry.expected.printedType}`,
        );
        const typeWords = [entry.expected.printedType, type.abbreviation].map((w) => w.toLocaleLowerCase('vi'));
        const listed = entry.expected.notExpressible.filter((p) => typeWords.includes(p.toLocaleLowerCase('vi')));
        assert.deepEqual(listed, [], 'the type word and its abbreviation print, so none is listed as not expressible');
      });

      it('gives exactly the diagnostics reviewed in expected.json', () => {
        const problems = checkInvitation(readFileSync(entry.source, 'utf8')).problems;
        const actual = problems.map((p) => ({ code: p.code, severity: p.severity, line: p.range.start.line + 1 }));
        assert.deepEqual(actual, entry.expected.diagnostics);
        assert.ok(!problems.some((p) => p.severity === 'error'), 'an expected error would refuse the export');
      });
    });
  }
});
