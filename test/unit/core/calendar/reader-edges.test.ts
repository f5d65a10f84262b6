/**
 * The reader of times at its edges, where StrykerJS found mutants no test killed (28 of 501 in
 * src/core/calendar's readers): a date or hour at the very start or end of a sentence, a day
 * range in an earlier sentence, an impossible full date beside a real one, "Họp T5".
 */
import * as assert from 'node:assert/strict';
import { findMeeting, readTimes, writeWeekdayLike } from '../../../../src/core/calendar';

function meeting(text: string) {
  const found = findMeeting(text, readTimes(text));
  if (!found) return undefined;
  const { first, date, clock } = found;
  return { first, last: [date.day, date.month], clock: clock && text.slice(clock.start, clock.end) };
}

const datesOf = (text: string) =>
  readTimes(text).dates.map((d) => `${text.slice(d.start, d.end)} = ${d.day}/${d.month}/${d.year}`);

describe('reading times: edges of sentences and of the text', () => {
  it('a date that opens the sentence is the meeting’s date', () => {
    assert.deepEqual(meeting('20/4/2018 họp tại Hội trường.')?.last, [20, 4]);
  });

  it('an hour that opens the sentence, or ends the text, is the meeting’s hour', () => {
    assert.equal(meeting('14 giờ 00, ngày 20/4/2018 họp tại Hội trường.')?.clock, '14 giờ 00');
    assert.equal(meeting('Họp ngày 20/4/2018 lúc 14 giờ 00')?.clock, '14 giờ 00');
  });

  it('the meeting’s first day comes from its own range, not from a range of an earlier sentence', () => {
    const text = 'Tập huấn từ ngày 1 đến ngày 3/5/2022 đã xong. Họp từ ngày 8 đến ngày 9/5/2022 tại Hội trường.';
    assert.deepEqual(meeting(text)?.first, { year: 2022, month: 5, day: 8 });
  });
});

describe('reading times: the year of a date written without one', () => {
  it('comes from the nearest real full date, not from an impossible one nearer still', () => {
    assert.deepEqual(datesOf('Họp ngày 5/10; ghi nhầm 31/2/2023; hạn 10/10/2024.'), [
      '5/10 = 5/10/2024',
      '31/2/2023 = 31/2/2023',
      '10/10/2024 = 10/10/2024',
    ]);
  });

  it('comes from the nearest full date even when a farther one is written first', () => {
    const text =
      'Ngày 1/1/2020 ban hành kế hoạch năm, gồm nhiều nội dung dài dòng khác nhau. Họp ngày 5/10 và hạn 10/10/2024.';
    assert.deepEqual(datesOf(text)[1], '5/10 = 5/10/2024');
  });

  it('is not guessed when the text has no full date', () => {
    assert.deepEqual(datesOf('Họp ngày 5/10.'), []);
  });
});

describe('reading weekdays: short forms and Sunday’s case', () => {
  it('"T5" after "Họp" is a weekday (only spelled-out days can be ordinals: "kỳ họp thứ năm")', () => {
    assert.deepEqual(
      readTimes('Họp T5 ngày 20/4/2018').weekdays.map((w) => w.text),
      ['T5'],
    );
    assert.deepEqual(readTimes('Kỳ họp thứ năm').weekdays, []);
  });

  it('Sunday is written in capitals when either word of the original was', () => {
    const sunday = (text: string) => writeWeekdayLike(readTimes(text).weekdays[0], 0);
    assert.equal(sunday('THỨ hai'), 'CHỦ NHẬT');
    assert.equal(sunday('thứ HAI'), 'CHỦ NHẬT');
    assert.equal(sunday('Thứ hai'), 'Chủ nhật');
  });
});
