/**
 * Issue 26: the date checks on the sentences offices really write. The
 * meeting stated only in prose, weekdays with a part of the day, impossible
 * clock times, a part of the day against its hour; and what must stay silent.
 */
import * as assert from 'node:assert/strict';
import { checkInvitation } from '../../../src/core/check/check';
import { applyFix, assertFixClears, fixture, problemsOf, single } from './helpers';

const withText = (sentence: string): string => fixture('valid').replace(/^mo_dau: .*$/m, `mo_dau: "${sentence}"`);
const withTime = (sentence: string): string => fixture('valid').replace(/^thoi_gian: .*$/m, `thoi_gian: "${sentence}"`);
const codes = (text: string): string[] => checkInvitation(text).problems.map((p) => p.code);
const DATE_CODES = ['GM014', 'GM015', 'GM016', 'GM017', 'GM019', 'GM026', 'GM027', 'GM038'];
const dateCodes = (text: string): string[] => codes(text).filter((c) => DATE_CODES.includes(c));

/** An invitation whose meeting is a sentence of `mo_dau` only (no Mẫu 1.7 keys, no chair, no contact). */
function inProse(ngay: string): string {
  return fixture('valid')
    .replace('ngay: 2024-05-10', `ngay: ${ngay}`)
    .replace(/^mo_dau: .*$/m, 'mo_dau: "UBND xã tổ chức hội nghị vào lúc 14 giờ 00, ngày 20/4/2018 tại Hội trường xã."')
    .replace(/^(kinh_moi|toi_du|chu_tri|thoi_gian|dia_diem|dau_moi_lien_he): .*\n/gm, '');
}

/** The same meeting in `thoi_gian` and `dia_diem`. */
function inFields(ngay: string): string {
  return fixture('valid')
    .replace('ngay: 2024-05-10', `ngay: ${ngay}`)
    .replace(/^mo_dau: .*$/m, 'mo_dau: UBND xã tổ chức hội nghị.')
    .replace('thoi_gian: { bat_dau: 2024-05-17 14:00, ket_thuc: "16:30" }', 'thoi_gian: { bat_dau: 2018-04-20 14:00 }')
    .replace(/^(kinh_moi|toi_du|chu_tri|dau_moi_lien_he): .*\n/gm, '');
}

describe('the meeting stated in prose (issue 26)', () => {
  it('gets GM016 on its date when the invitation is signed after it', () => {
    single(inProse('2018-04-23'), 'GM016', 'error', '20/4/2018');
  });

  it('gets GM017 on its date with too little notice, and none with enough', () => {
    single(inProse('2018-04-18'), 'GM017', 'warning', '20/4/2018');
    assert.deepEqual(problemsOf(inProse('2018-04-16'), 'GM017'), []);
  });

  it("gets QĐ 45's reminders (GM026, GM027) on its date", () => {
    single(inProse('2018-04-16'), 'GM026', 'information', '20/4/2018');
    single(inProse('2018-04-16'), 'GM027', 'information', '20/4/2018');
  });

  it('gets the same codes as the same meeting in thoi_gian, for every day of signing around it', () => {
    for (const day of ['2018-04-10', '2018-04-16', '2018-04-17', '2018-04-18', '2018-04-20', '2018-04-23'])
      assert.deepEqual(dateCodes(inProse(day)).sort(), dateCodes(inFields(day)).sort(), day);
  });

  it('says once, as information, when the meeting of a dated invitation cannot be told (GM038)', () => {
    const unclear = inProse('2018-04-16').replace(
      /^mo_dau: .*$/m,
      'mo_dau: "Năm 2018, xã đã hoàn thành kế hoạch ngày 02/4/2018 và ngày 05/4/2018."',
    );
    single(unclear, 'GM038', 'information', '02/4/2018');
    assert.deepEqual(problemsOf(inProse('2018-04-16'), 'GM038'), []);
    assert.deepEqual(problemsOf(fixture('valid'), 'GM038'), []);
  });
});

describe('weekdays with a part of the day (GM015, issue 26)', () => {
  const cases: [string, string, string][] = [
    ['Lễ ngày 25/4/2022 (chiều thứ Ba).', 'thứ Ba', 'thứ Hai'],
    ['Lễ ngày 25/4/2022 (sáng thứ Ba).', 'thứ Ba', 'thứ Hai'],
    ['Lễ ngày 26/4/2022 (tối thứ 2).', 'thứ 2', 'thứ 3'],
    ['Lễ ngày 25/4/2022 (buổi sáng thứ Ba).', 'thứ Ba', 'thứ Hai'],
    ['Lễ ngày 25/4/2022 ( chiều chủ nhật).', 'chủ nhật', 'thứ Hai'],
    ['Thứ Bảy, từ 08 giờ, ngày 29/10/2023', 'Thứ Bảy', 'Chủ nhật'],
  ];
  for (const [sentence, wrong, right] of cases) {
    it(`"${sentence}" → "${right}", keeping the part of the day`, () => {
      const text = withText(sentence);
      const p = single(text, 'GM015', 'error', wrong);
      assert.ok(applyFix(text, p.fixes![0]).includes(sentence.replace(wrong, right)));
      assertFixClears(text, p);
    });
  }

  it('stays silent on right weekdays and texts without one', () => {
    for (const sentence of [
      'Lễ ngày 25/4/2022 (chiều thứ Hai).',
      'Thứ ba, ngày 06/02/2018',
      'Từ 7h30 -9h00, ngày 06/02/2018 (thứ Ba)',
      '½ ngày, ngày 20/10/2025 (thứ Hai)',
      'ngày 22.7.2023 (thứ Bảy), ngày 11-4-2017 (thứ Ba), ngày 25.04.2022 (thứ Hai)',
      'ngày 25 tháng 4 năm 2022 (thứ Hai)',
      'ngày 25/4 (thứ Năm), ngày 26 tháng 4 (thứ Sáu)', // the year of the invitation's own date, 2024
    ])
      assert.deepEqual(problemsOf(withText(sentence), 'GM015'), [], sentence);
  });
});

describe('impossible clock times and parts of the day in text (GM014, GM019, issue 26)', () => {
  it('GM014 on exactly an impossible hour or minute', () => {
    single(withTime('Từ 25 giờ 00 phút, ngày 20/4/2022 (thứ Tư).'), 'GM014', 'error', '25 giờ 00 phút');
    single(withTime('25h00, ngày 20/4/2022 (thứ Tư).'), 'GM014', 'error', '25h00');
    single(withTime('14 giờ 75 phút, ngày 20/4/2022 (thứ Tư).'), 'GM014', 'error', '14 giờ 75 phút');
    single(withText('Họp lúc 25 giờ ngày 20/4/2022.'), 'GM014', 'error', '25 giờ');
  });

  it('leaves durations and real times alone', () => {
    for (const sentence of [
      'dự báo trong 24 đến 36 giờ tới',
      'gửi trước 48 giờ',
      'từ 24 giờ 00 ngày 20/4/2022',
      '14:30',
    ])
      assert.deepEqual(problemsOf(withText(sentence), 'GM014'), [], sentence);
  });

  it('GM019 warns of a part of the day against the hour ("8 giờ tối", "20 giờ sáng")', () => {
    single(withText('Liên hoan lúc 8 giờ tối ngày 20/4/2022.'), 'GM019', 'warning', '8 giờ tối');
    single(withText('Họp lúc 20 giờ sáng ngày 20/4/2022.'), 'GM019', 'warning', '20 giờ sáng');
    for (const sentence of [
      '20 giờ tối',
      '8 giờ 30 phút sáng',
      '12 giờ trưa',
      '14 giờ chiều',
      '23 giờ đêm',
      '2 giờ đêm',
    ])
      assert.deepEqual(problemsOf(withText(sentence), 'GM019'), [], sentence);
  });
});
