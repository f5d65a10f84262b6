/** Issue 32, item 8: a required field written empty (`ho_ten:`) is said to be empty, on its key, not "must be text". */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseInvitation } from '../../../src/core/parse/parse';

const READY = readFileSync('examples/hoi-nghi-sipas-2024.giaymoi.yaml', 'utf8');

describe('an empty required field (issue 32, item 8)', () => {
  it('says the field is empty, on its key, in both languages', () => {
    const text = READY.replace(/^(\s*)ho_ten: .*$/m, '$1ho_ten:');
    const line = text.split('\n').findIndex((l) => /^\s*ho_ten:$/.test(l));
    const problems = parseInvitation(text).problems;
    assert.equal(problems.length, 1, JSON.stringify(problems.map((p) => p.message.vi)));
    const [problem] = problems;
    assert.equal(problem.code, 'GM004');
    assert.equal(problem.range.start.line, line);
    assert.match(problem.message.vi, /^Trường bắt buộc `ho_ten` đang để trống/);
    assert.match(problem.message.en, /^The required field `ho_ten` is empty/);
  });
});
