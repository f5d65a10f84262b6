import * as assert from 'node:assert/strict';
import { agencyInSentence } from '../../../src/core/layout/derive';
import { findMiscasedAgencies } from '../../../src/core/text/agency-names';
import { assertFixClears, covered, fixture, problemsOf } from './helpers';

describe('capitals of agencies and administrative units in sentences (GM035)', () => {
  it('warns on "Sở Tài Chính" and a mid-sentence "Tỉnh Nam Định", with fixes', () => {
    const text = fixture('agency-case');
    const found = problemsOf(text, 'GM035');
    assert.deepEqual(
      found.map((p) => covered(text, p)),
      ['Sở Tài Chính', 'Tỉnh', 'Sở Kế Hoạch Và Đầu Tư'],
    );
    assert.ok(found.every((p) => p.severity === 'warning'));
    assert.match(found[0].message.vi, /viết "Sở Tài chính"/);
    let fixed = text;
    for (const p of found.reverse())
      fixed = assertFixClears(
        fixed,
        problemsOf(fixed, 'GM035').find((q) => covered(fixed, q) === covered(text, p)) ?? p,
      );
    assert.match(fixed, /Sở Tài chính trân trọng/);
    assert.match(fixed, /Nhà nước tỉnh Nam Định/);
    assert.match(fixed, /Sở Kế hoạch và Đầu tư, Ủy ban nhân dân Thành phố Hồ Chí Minh/);
  });

  it('leaves right names, proper names, "Quận 1" and "Thành phố Hồ Chí Minh" alone', () => {
    for (const right of [
      'Sở Tài chính',
      'Bộ Tài nguyên và Môi trường',
      'Ủy ban nhân dân',
      'Phòng họp số 2',
      'Trường Tiểu học Lê Văn Tám',
      'Sở Thông tin và Truyền thông tổ chức',
      'Sở Giao thông vận tải',
      'SỞ TÀI CHÍNH',
      'Sở Công Thương',
      'Bộ Công Thương',
    ]) {
      assert.deepEqual(findMiscasedAgencies(right), [], right);
    }
    assert.deepEqual(
      findMiscasedAgencies('Sở Văn hóa, Thể Thao và Du lịch').map((m) => m.right),
      ['Sở Văn hóa, Thể thao và Du lịch'],
    );
    assert.deepEqual(
      findMiscasedAgencies('Ủy Ban Nhân Dân huyện').map((m) => m.right),
      ['Ủy ban nhân dân'],
    );
    assert.deepEqual(
      findMiscasedAgencies('Sở Công thương').map((m) => m.right),
      ['Sở Công Thương'],
      "the ministry's own name capitalises both syllables",
    );
  });

  it('leaves a unit word that names a Party committee ("Tỉnh Ủy viên", "Huyện ủy") to its own spelling', () => {
    const text = fixture('valid').replace(
      /^loi_ket: .*$/m,
      'loi_ket: Chủ trì là ông Nguyễn Văn Cọp, Tỉnh Ủy viên, Bí thư Huyện ủy Tân Châu, cùng lãnh đạo Quận Hoàn Kiếm./.',
    );
    assert.deepEqual(
      problemsOf(text, 'GM035').map((p) => covered(text, p)),
      ['Quận'],
    );
  });

  it('is quiet on the examples and fixtures written right', () => {
    for (const name of ['seed', 'valid', 'no-chu-tri', 'kinh-gui'])
      assert.deepEqual(problemsOf(fixture(name), 'GM035'), [], name);
  });
});

describe('the agency inside a sentence, derived from its upper-case name (PL II-M.IV-k.1-a)', () => {
  const derived = (ten: string) => agencyInSentence({ ten, viet_tat: 'X' });
  const cases: [string, string][] = [
    ['SỞ TÀI CHÍNH', 'Sở Tài chính'],
    ['SỞ TÀI CHÍNH TỈNH NAM ĐỊNH', 'Sở Tài chính tỉnh Nam Định'],
    ['ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN', 'Ủy ban nhân dân huyện Bắc Sơn'],
    ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'Sở Kế hoạch và Đầu tư'],
    ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['PHÒNG TÀI CHÍNH - KẾ HOẠCH', 'Phòng Tài chính - Kế hoạch'],
    ['BAN TUYÊN GIÁO HUYỆN ỦY', 'Ban Tuyên giáo Huyện ủy'],
    ['TRƯỜNG TIỂU HỌC LÊ VĂN TÁM', 'Trường Tiểu học Lê Văn Tám'],
    ['TRƯỜNG THPT CHU VĂN AN', 'Trường THPT Chu Văn An'],
    ['BỆNH VIỆN ĐA KHOA HUYỆN BẮC SƠN', 'Bệnh viện Đa khoa huyện Bắc Sơn'],
    ['TRUNG TÂM Y TẾ HUYỆN BẮC SƠN', 'Trung tâm Y tế huyện Bắc Sơn'],
    ['VĂN PHÒNG HĐND VÀ UBND HUYỆN BẮC SƠN', 'Văn phòng HĐND và UBND huyện Bắc Sơn'],
    ['CỤC THUẾ TỈNH NINH BÌNH', 'Cục Thuế tỉnh Ninh Bình'],
    ['BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Bộ Tài nguyên và Môi trường'],
    ['SỞ GIAO THÔNG VẬN TẢI', 'Sở Giao thông vận tải'],
    ['SỞ CÔNG THƯƠNG TỈNH NINH BÌNH', 'Sở Công Thương tỉnh Ninh Bình'],
  ];
  for (const [ten, right] of cases) it(`${ten} → ${right}`, () => assert.equal(derived(ten), right));

  it('keeps a name already written in sentence case, and `ten_goi` when given', () => {
    assert.equal(derived('Sở Tài chính'), 'Sở Tài chính');
    assert.equal(
      agencyInSentence({ ten: 'SỞ TÀI CHÍNH', viet_tat: 'STC', ten_goi: 'Sở Tài chính tỉnh Ninh Bình' }),
      'Sở Tài chính tỉnh Ninh Bình',
    );
  });
});
