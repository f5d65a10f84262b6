import * as assert from 'node:assert/strict';
import { checkInvitation } from '../../../src/core/check/check';
import { assertFixClears, fixture, problemsOf, single } from './helpers';

describe('signature block (GM022, GM023, GM028, GM033)', () => {
  it('GM022: TL. without chuc_vu_thay, on the quyen_han value', () => {
    single(fixture('quyen-han-no-thay'), 'GM022', 'error', 'TL');
    assert.deepEqual(problemsOf(fixture('seed'), 'GM022'), []);
  });

  it('GM023: KT. signed by someone who is not a deputy', () => {
    single(fixture('ky-thay-not-deputy'), 'GM023', 'warning', 'CHÁNH VĂN PHÒNG');
    assert.deepEqual(problemsOf(fixture('valid'), 'GM023'), []);
    const minister = fixture('ky-thay-not-deputy').replace('CHÁNH VĂN PHÒNG', 'THỨ TRƯỞNG');
    assert.deepEqual(problemsOf(minister, 'GM023'), []);
  });

  it('GM028: an academic title before the name; the fix removes it', () => {
    const text = fixture('academic-title');
    const p = single(text, 'GM028', 'warning', 'PGS.TS. ');
    assert.match(assertFixClears(text, p), /ho_ten: Nguyễn Văn An$/m);
  });

  it('GM028: recognises the usual forms and leaves names alone', () => {
    const withName = (name: string): string => fixture('valid').replace('ho_ten: Hoàng Thị Lan', `ho_ten: ${name}`);
    for (const name of ['TS. Hoàng Thị Lan', 'ThS Hoàng Thị Lan', 'GS.TSKH. Hoàng Thị Lan', 'Tiến sĩ Hoàng Thị Lan']) {
      assert.equal(problemsOf(withName(name), 'GM028').length, 1, name);
    }
    for (const name of ['Tạ Sơn', 'Thân Thị Thu', 'Giáp Văn Gia', 'Ksor Nay']) {
      assert.deepEqual(problemsOf(withName(name), 'GM028'), [], name);
    }
  });

  it('GM033: a title is required unless the authority line says it ("Q. GIÁM ĐỐC")', () => {
    const noTitle = fixture('valid').replace(/^ {2}chuc_vu: .*\n/m, '');
    single(noTitle, 'GM033', 'error', 'nguoi_ky');
    const acting = noTitle.replace('quyen_han: KT', 'quyen_han: Q');
    assert.deepEqual(
      checkInvitation(acting).problems.filter((p) => p.severity === 'error'),
      [],
    );
    assert.deepEqual(problemsOf(acting, 'GM033'), []);
    assert.deepEqual(problemsOf(fixture('valid'), 'GM033'), []);
  });

  it('GM022 suggests the collective for TM. and a title otherwise', () => {
    const tl = single(fixture('quyen-han-no-thay'), 'GM022', 'error', 'TL');
    assert.match(tl.message.vi, /`chuc_vu_thay: CHỦ TỊCH` → "TL\. CHỦ TỊCH"/);
    const tm = single(fixture('quyen-han-no-thay').replace('quyen_han: TL', 'quyen_han: TM'), 'GM022', 'error', 'TM');
    assert.match(tm.message.vi, /`chuc_vu_thay: ỦY BAN NHÂN DÂN` → "TM\. ỦY BAN NHÂN DÂN"/);
  });

  it('GM023 reads the title without its surrounding spaces', () => {
    const quoted = fixture('valid').replace('chuc_vu: PHÓ GIÁM ĐỐC', 'chuc_vu: "  PHÓ GIÁM ĐỐC"');
    assert.deepEqual(problemsOf(quoted, 'GM023'), []);
  });

  it('GM028 names the title without the space after it, in the message and the fix', () => {
    const p = single(fixture('academic-title'), 'GM028', 'warning', 'PGS.TS. ');
    assert.match(p.message.vi, /\("PGS\.TS\."\) trước họ tên/);
    assert.match(p.message.en, /\("PGS\.TS\."\) before/);
    assert.deepEqual(
      p.fixes?.map((f) => f.title),
      [{ vi: 'Bỏ "PGS.TS."', en: 'Remove "PGS.TS."' }],
    );
  });
});
