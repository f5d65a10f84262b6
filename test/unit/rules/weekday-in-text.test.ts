import * as assert from 'node:assert/strict';
import { applyFix, assertFixClears, fixture, problemsOf, single } from './helpers';

const withText = (sentence: string): string => fixture('valid').replace(/^mo_dau: .*$/m, `mo_dau: ${sentence}`);

describe('weekday in the text (GM015)', () => {
  it('flags "ngày 17/5/2024 (thứ Năm)" on exactly "thứ Năm" and fixes it to "thứ Sáu"', () => {
    const text = fixture('weekday-mismatch');
    const p = single(text, 'GM015', 'error', 'thứ Năm');
    assert.match(assertFixClears(text, p), /17\/5\/2024 \(thứ Sáu\)/);
  });

  it('reads the weekday-first order and passes a right weekday', () => {
    const text = fixture('weekday-before-date');
    const p = single(text, 'GM015', 'error', 'Thứ sáu');
    assert.match(assertFixClears(text, p), /Thứ năm, ngày 08\/02\/2018/);
  });

  const cases: [string, string, string][] = [
    ['ngày 17/5/2024 (thứ 5)', 'thứ 5', 'thứ 6'],
    ['ngày 17-05-2024, Thứ Năm', 'Thứ Năm', 'Thứ Sáu'],
    ['ngày 17.5.2024 (THỨ NĂM)', 'THỨ NĂM', 'THỨ SÁU'],
    ['T5, 17/5/2024', 'T5', 'T6'],
    ['Chủ nhật, ngày 17/5/2024', 'Chủ nhật', 'Thứ Sáu'],
    ['ngày 19/5/2024 (thứ Bảy)', 'thứ Bảy', 'Chủ nhật'],
    ['ngày 19/5/2024 (thứ 7)', 'thứ 7', 'chủ nhật'],
    ['CN 18/5/2024', 'CN', 'T7'],
    ['ngày 17 tháng 5 năm 2024 (thứ Năm)', 'thứ Năm', 'thứ Sáu'],
    ['thứ hai, ngày 06/02/2018', 'thứ hai', 'thứ ba'],
  ];
  for (const [sentence, wrong, right] of cases) {
    it(`"${sentence}" → "${right}"`, () => {
      const text = withText(sentence);
      const p = single(text, 'GM015', 'error', wrong);
      assert.ok(applyFix(text, p.fixes![0]).includes(sentence.replace(wrong, right)));
      assertFixClears(text, p);
    });
  }

  it('dates "ngày 17/5" without a year by the invitation\'s own date', () => {
    const text = withText('Họp vào 14 giờ 00, thứ Năm ngày 17/5 tại hội trường.');
    const p = single(text, 'GM015', 'error', 'thứ Năm');
    assert.match(p.message.vi, /"17\/5" \(17\/5\/2024\) là thứ Sáu/);
    assertFixClears(text, p);
    assert.deepEqual(problemsOf(withText('ngày 17/5 (thứ Sáu)'), 'GM015'), []);
    // 30/12 read against an invitation of 10/5/2024 is too far away to guess its year.
    assert.deepEqual(problemsOf(withText('ngày 30/12 (thứ Hai)'), 'GM015'), []);
  });

  it('gives a weekday between two dates to the one it agrees with', () => {
    assert.deepEqual(problemsOf(withText('từ ngày 17/5/2024, thứ Năm ngày 23/5/2024'), 'GM015'), []);
    single(withText('từ ngày 17/5/2024, thứ Ba ngày 23/5/2024'), 'GM015', 'error', 'thứ Ba');
  });

  it('passes right weekdays and ignores ordinals ("lần thứ Năm") and dates without weekdays', () => {
    for (const sentence of [
      'ngày 17/5/2024 (thứ Sáu)',
      'Thứ Sáu, ngày 17/5/2024',
      'Hội nghị lần thứ Năm, ngày 17/5/2024',
      'T6 17/5/2024',
      'ngày 19/5/2024 (Chủ nhật)',
      'thứ 6 ngày 17/05/2024',
    ]) {
      assert.deepEqual(problemsOf(withText(sentence), 'GM015'), [], sentence);
    }
  });

  it('pairs a weekday with the date of its sentence across words in between, on the weekday, with a fix', () => {
    const text = withText('"Thứ Bảy, từ 08 giờ, ngày 29/10/2023."');
    const p = single(text, 'GM015', 'error', 'Thứ Bảy');
    assert.match(p.message.vi, /"29\/10\/2023" là Chủ nhật/);
    assert.match(assertFixClears(text, p), /Chủ nhật, từ 08 giờ, ngày 29\/10\/2023/);
    for (const sentence of [
      'Thứ Sáu, từ 14 giờ 00, ngày 17/5/2024',
      'thứ Sáu, lúc 7h30 -9h00, ngày 17/5/2024',
      '½ ngày, thứ Sáu, buổi sáng ngày 17/5/2024',
    ]) {
      assert.deepEqual(problemsOf(withText(sentence), 'GM015'), [], sentence);
    }
  });

  it("does not pair across a sentence's end, past another weekday, or a weekly weekday", () => {
    for (const sentence of [
      'Họp vào thứ Năm. Ngày 17/5/2024 gửi báo cáo.',
      'Thứ Năm họp tổ; ngày 17/5/2024 họp toàn thể',
      'thứ Hai họp tổ, thứ Sáu ngày 17/5/2024 họp toàn thể',
      'các buổi chiều thứ Ba, thứ Năm hằng tuần, từ ngày 17/5/2024',
    ]) {
      assert.deepEqual(problemsOf(withText(sentence), 'GM015'), [], sentence);
    }
  });

  it('a year-less date is read against the first meeting time when there is no date of issue, or the 1st of a month-only one', () => {
    const sentence = 'Họp vào thứ Năm ngày 17/5 tại hội trường.';
    const noDate = withText(sentence).replace('ngay: 2024-05-10\n', '');
    assert.match(single(noDate, 'GM015', 'error', 'thứ Năm').message.vi, /\(17\/5\/2024\) là thứ Sáu/);
    const listed = noDate.replace(
      'thoi_gian: { bat_dau: 2024-05-17 14:00, ket_thuc: "16:30" }',
      'thoi_gian:\n  - { bat_dau: 2024-05-17 14:00 }',
    );
    assert.match(single(listed, 'GM015', 'error', 'thứ Năm').message.vi, /\(17\/5\/2024\) là thứ Sáu/);
    const month = withText(sentence).replace('ngay: 2024-05-10', 'ngay: 2024-05');
    assert.match(single(month, 'GM015', 'error', 'thứ Năm').message.vi, /\(17\/5\/2024\) là thứ Sáu/);
  });

  it('an impossible date gets GM014, not a weekday; dates with and without a year are paired in text order', () => {
    assert.deepEqual(problemsOf(withText('ngày 31/2/2024 (thứ Hai)'), 'GM015'), []);
    assert.deepEqual(problemsOf(withText('ngày 16/5 (thứ Năm) và ngày 17/5/2024 (thứ Sáu)'), 'GM015'), []);
    single(withText('ngày 16/5 (thứ Sáu) và ngày 17/5/2024 (thứ Sáu)'), 'GM015', 'error', 'thứ Sáu');
  });

  it('weekdays offered as alternatives name no date; a weekday far into a long sentence still finds its date', () => {
    assert.deepEqual(problemsOf(withText('Họp vào thứ Hai hoặc thứ Tư, từ 8 giờ ngày 18/3/2025.'), 'GM015'), []);
    const long = withText(
      '"Kính mời đại biểu dự Hội nghị tổng kết công tác năm 2023 vào Thứ Bảy, từ 08 giờ, ngày 29/10/2023."',
    );
    single(long, 'GM015', 'error', 'Thứ Bảy');
    const far = withText(
      '"Thứ Bảy, từ 08 giờ sáng tại hội trường lớn của Ủy ban nhân dân huyện Bắc Sơn, ngày 29/10/2023."',
    );
    assert.deepEqual(problemsOf(far, 'GM015'), []);
  });

  it('the fix is titled with the right weekday', () => {
    const p = single(fixture('weekday-mismatch'), 'GM015', 'error', 'thứ Năm');
    assert.deepEqual(
      p.fixes?.map((f) => f.title),
      [{ vi: 'Sửa thành "thứ Sáu"', en: 'Write "thứ Sáu"' }],
    );
  });

  it('points at the right line when the file starts with a blank line', () => {
    const text = `\n${fixture('weekday-mismatch')}`;
    const p = single(text, 'GM015', 'error', 'thứ Năm');
    assert.match(assertFixClears(text, p), /17\/5\/2024 \(thứ Sáu\)/);
  });
});
