import * as assert from 'node:assert/strict';
import { parseInvitation } from '../../../src/core/parse/parse';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { blockText } from '../../../src/core/layout/model';
import { problemsOf, single } from './helpers';

const base = (type: string, signer: string) => `co_quan:
  ten: BAN TỔ CHỨC LỄ HỘI ĐỀN AN BÌNH
  viet_tat: BTC
so: 03
dia_danh: An Bình
ngay: 2025-03-01
ten_loai: ${type}
trich_yeu: Dự khai mạc Lễ hội đền An Bình năm 2025
kinh_moi: Quý khách thập phương
thoi_gian: { bat_dau: 2025-03-20 08:00 }
nguoi_ky:
${signer}
noi_nhan:
  - Như trên;
  - "Lưu: VT."
`;
const COLLECTIVE = '  thay_mat: BAN TỔ CHỨC';

describe('a collective signature without a person (NĐ 30/2020, Điều 13 k.2; PL I-P.I-M.II-k.7-b)', () => {
  it('a body outside the state administration signs "TM. BAN TỔ CHỨC" with no name: no diagnostic, no placeholder', () => {
    const text = base('Thư mời', COLLECTIVE);
    for (const code of ['GM004', 'GM033', 'GM051', 'GM052']) assert.deepEqual(problemsOf(text, code), [], code);
    const parsed = parseInvitation(text);
    const signature = layoutInvitation(parsed.invitation!, parsed.source).signature;
    assert.deepEqual(signature.map(blockText), ['TM. BAN TỔ CHỨC', '\u00a0']);
    assert.equal(signature[1].role, 'ho_ten', 'the name line stays, blank: room for signature and seal');
  });

  it('a Decree 30 type signed by a collective with no name: warning GM052 (the head signs, named)', () => {
    single(base('giay_moi', COLLECTIVE), 'GM052', 'warning', 'nguoi_ky');
    single(base('thong_bao', '  quyen_han: TM\n  chuc_vu_thay: BAN TỔ CHỨC'), 'GM052', 'warning', 'nguoi_ky');
  });

  it('no name and no collective: error GM051 whatever the type', () => {
    single(base('Thư mời', '  chuc_vu: TRƯỞNG BAN'), 'GM051', 'error', 'nguoi_ky');
    single(base('giay_moi', '  chuc_vu: TRƯỞNG BAN'), 'GM051', 'error', 'nguoi_ky');
  });

  it('a named signer is left alone', () => {
    const text = base('giay_moi', `${COLLECTIVE}\n  chuc_vu: TRƯỞNG BAN\n  ho_ten: Trần Văn An`);
    assert.deepEqual([...problemsOf(text, 'GM051'), ...problemsOf(text, 'GM052')], []);
  });
});
