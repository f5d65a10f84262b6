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

  it('GM010: the message and fix show the corrected ký hiệu; a ký hiệu without a prefix gets "GM-" in front', () => {
    const p = single(fixture('ky-hieu-prefix'), 'GM010', 'error', 'CV-UBND');
    assert.match(p.message.vi, /ví dụ "GM-UBND"/);
    assert.deepEqual(
      p.fixes?.map((f) => f.title),
      [{ vi: 'Đổi tiền tố thành "GM-"', en: 'Use the prefix "GM-"' }],
    );
    const bare = fixture('valid').replace('ky_hieu: GM-SNV', 'ky_hieu: SNV');
    const q = single(bare, 'GM010', 'error', 'SNV');
    assert.match(q.message.en, /e\.g\. "GM-SNV"/);
    assert.match(assertFixClears(bare, q), /^ky_hieu: GM-SNV$/m);
  });

  it('GM011: a quoted number is read inside its quotes; 0 and two digits are left alone', () => {
    const quoted = fixture('valid').replace('so: 12', 'so: "7"');
    const p = single(quoted, 'GM011', 'warning', '"7"');
    assert.deepEqual(
      p.fixes?.map((f) => f.title),
      [{ vi: 'Viết "07"', en: 'Write "07"' }],
    );
    assert.match(assertFixClears(quoted, p), /^so: "07"$/m);
    assert.deepEqual(problemsOf(fixture('valid'), 'GM011'), []);
    assert.deepEqual(problemsOf(fixture('valid').replace('so: 12', 'so: "0"'), 'GM011'), []);
  });

  it('GM012: no `so` key at all is a draft too, shown on co_quan; a quoted number is a number', () => {
    single(fixture('valid').replace('so: 12\n', ''), 'GM012', 'information', 'co_quan');
    assert.deepEqual(problemsOf(fixture('valid').replace('so: 12', 'so: "12"'), 'GM012'), []);
  });
});
