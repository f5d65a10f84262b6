import * as assert from 'node:assert/strict';
import { assertFixClears, fixture, problemsOf } from './helpers';
import { covered } from './helpers';

describe('capitals (GM024, GM025)', () => {
  it('GM024: agency names in capitals, fixed the Vietnamese way', () => {
    const text = fixture('agency-lower-case');
    const found = problemsOf(text, 'GM024');
    assert.deepEqual(
      found.map((p) => covered(text, p)),
      ['UBND tỉnh Lạng Sơn', 'Ủy ban nhân dân huyện Bắc Sơn'],
    );
    assert.ok(found.every((p) => p.severity === 'warning'));
    const once = assertFixClears(text, found[0]);
    const fixed = assertFixClears(once, problemsOf(once, 'GM024')[0]);
    assert.match(fixed, /chu_quan: UBND TỈNH LẠNG SƠN\n {2}ten: ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN\n/);
  });

  it('GM024: checks each line of a name given as a list', () => {
    const text = fixture('valid').replace('  ten: SỞ NỘI VỤ', '  ten: [SỞ NỘI VỤ, tỉnh Lạng Sơn]');
    assert.deepEqual(
      problemsOf(text, 'GM024').map((p) => covered(text, p)),
      ['tỉnh Lạng Sơn'],
    );
  });

  it("GM025: the signer's titles in capitals", () => {
    const text = fixture('title-lower-case');
    const found = problemsOf(text, 'GM025');
    assert.deepEqual(
      found.map((p) => covered(text, p)),
      ['Chủ tịch', 'Chánh Văn phòng'],
    );
    assert.match(assertFixClears(text, found[1]), /chuc_vu: CHÁNH VĂN PHÒNG$/m);
  });

  it('pass names already in capitals', () => {
    assert.deepEqual([...problemsOf(fixture('seed'), 'GM024'), ...problemsOf(fixture('seed'), 'GM025')], []);
  });
});
