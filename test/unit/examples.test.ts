import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../src/core/check/check';
import { parseInvitation } from '../../src/core/parse/parse';
import { checkFile } from '../support/list-beside';

/** The examples users open first: each must be a clean, complete invitation. */
const EXAMPLES_DIR = join(__dirname, '..', '..', 'examples');
const EXAMPLES = readdirSync(EXAMPLES_DIR)
  .filter((name) => name.endsWith('.giaymoi.yaml'))
  .sort();
const SIPAS = 'hoi-nghi-sipas-2024.giaymoi.yaml';

const read = (name: string) => readFileSync(join(EXAMPLES_DIR, name), 'utf8');
const describeProblems = (problems: { code: string; severity: string; range: { start: { line: number } } }[]) =>
  problems.map((p) => `${p.code} ${p.severity} line ${p.range.start.line + 1}`).join('; ');

describe('examples/', () => {
  it('holds the seed invitation and at least four more', () => {
    assert.ok(EXAMPLES.includes(SIPAS), `${SIPAS} is missing`);
    assert.ok(EXAMPLES.length >= 5, `only ${EXAMPLES.length} examples`);
  });

  for (const name of EXAMPLES) {
    describe(name, () => {
      it('is NFC text that parses and satisfies the schema', () => {
        const text = read(name);
        assert.equal(text, text.normalize('NFC'), 'the file is not Unicode NFC');
        const parsed = parseInvitation(text);
        assert.deepEqual(describeProblems(parsed.problems), '');
        const checked = parsed.template ? checkFile(join(EXAMPLES_DIR, name)) : { ...parsed, merge: undefined };
        assert.ok(checked.invitation, 'no invitation model');
        for (const copy of checked.merge?.copies ?? [])
          assert.ok(copy.invitation, `no model for invitee ${copy.row.ordinal}`);
      });

      it('has no error-severity problem', () => {
        const errors = checkFile(join(EXAMPLES_DIR, name)).problems.filter((p) => p.severity === 'error');
        assert.deepEqual(describeProblems(errors), '');
      });
    });
  }

  it("the README's complete example checks without error", () => {
    const readme = readFileSync(join(EXAMPLES_DIR, '..', 'README.md'), 'utf8');
    const section = readme.split('### Ví dụ ngắn đầy đủ')[1] ?? '';
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(yaml, 'the README has no complete example');
    const result = checkInvitation(yaml);
    assert.ok(result.invitation, 'the README example does not satisfy the schema');
    assert.deepEqual(describeProblems(result.problems.filter((p) => p.severity === 'error')), '');
  });

  it('reports only information on the SIPAS seed (no number, no day; QĐ 45 chair and contact)', () => {
    const codes = checkInvitation(read(SIPAS))
      .problems.map((p) => `${p.code} ${p.severity}`)
      .sort();
    assert.deepEqual(codes, ['GM012 information', 'GM013 information', 'GM026 information', 'GM027 information']);
  });
});
