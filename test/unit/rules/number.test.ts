import * as assert from 'node:assert/strict';
import { assertClean, assertFixClears, fixture, problemsOf, single } from './helpers';

describe('số and ký hiệu (GM010–GM012)', () => {
  it('GM010: a ký hiệu must start with GM-; the fix replaces the prefix', () => {
    const text = fixture('ky-hieu-prefix');
    const p = single(text, 'GM010', 'error', 'CV-UBND');
    assert.match(assertFixClears(text, p), /^ky_hieu: GM-UBND$/m);
  });

  it('GM010: an absent ky_hieu is derived and fine', () => {
    assert.deepEqual(problemsOf(fixture('so-leading-zero-ok'), 'GM010'), []);
  });

  it('GM011: a number below 10 needs its leading zero, read from the source text', () => {
    const text = fixture('so-leading-zero');
    const p = single(text, 'GM011', 'warning', '5');
    assert.match(assertFixClears(text, p), /^so: 05$/m);
    assertClean(fixture('so-leading-zero-ok'));
  });

  it('GM012: an empty number is a draft, information only', () => {
    single(fixture('draft-no-number'), 'GM012', 'information', 'so');
    assert.deepEqual(problemsOf(fixture('valid'), 'GM012'), []);
  });
});
