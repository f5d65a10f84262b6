import * as assert from 'node:assert/strict';
import { assertFixClears, fixture, problemsOf, single } from './helpers';

describe('text encoding (GM030–GM032)', () => {
  it('GM030: decomposed Unicode, on exactly the non-NFC letters, fixed to NFC', () => {
    const text = fixture('not-nfc');
    const p = single(text, 'GM030', 'warning', 'a\u0306\u0301');
    const fixed = assertFixClears(text, p);
    assert.match(fixed, /^dia_danh: Bắc Sơn$/m);
    assert.equal(fixed, fixed.normalize('NFC'));
  });

  it('GM031: TCVN3 (ABC) text, converted to Unicode', () => {
    const text = fixture('legacy-tcvn3');
    const p = single(text, 'GM031', 'warning', 'Uû ban nh©n d©n huyÖn B¾c S¬n');
    assert.match(assertFixClears(text, p), /^mo_dau: Uỷ ban nhân dân huyện Bắc Sơn$/m);
  });

  it('GM032: VNI-Windows text, converted to Unicode', () => {
    const text = fixture('legacy-vni');
    const p = single(text, 'GM032', 'warning', 'Ñoàng chí Nguyeãn Vaên');
    assert.match(assertFixClears(text, p), /^mo_dau: Đồng chí Nguyễn Văn Bình$/m);
  });

  it('never fire on ordinary Unicode Vietnamese', () => {
    for (const name of ['seed', 'valid']) {
      const text = fixture(name);
      assert.deepEqual(
        ['GM030', 'GM031', 'GM032'].flatMap((code) => problemsOf(text, code)),
        [],
        name,
      );
    }
  });

  it('names the encoding it recognised, and titles the NFC fix', () => {
    assert.match(
      single(fixture('legacy-tcvn3'), 'GM031', 'warning', 'Uû ban nh©n d©n huyÖn B¾c S¬n').message.en,
      /legacy TCVN3 encoding/,
    );
    assert.match(
      single(fixture('legacy-vni'), 'GM032', 'warning', 'Ñoàng chí Nguyeãn Vaên').message.en,
      /legacy VNI encoding/,
    );
    const p = single(fixture('not-nfc'), 'GM030', 'warning', 'a\u0306\u0301');
    assert.equal(p.fixes?.[0].title.vi, 'Chuyển sang Unicode dựng sẵn (NFC)');
  });
});
