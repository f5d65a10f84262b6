/** The reader of times in Vietnamese text: what it finds, with exact ranges, and what it leaves alone. */
import * as assert from 'node:assert/strict';
import { findMeeting, readTimes, type TimeMentions } from '../../../../src/core/calendar';

const REF = { year: 2022, month: 4, day: 1 };
const spans = (text: string, list: readonly { start: number; end: number }[]) =>
  list.map((m) => text.slice(m.start, m.end));
const dates = (text: string, times: TimeMentions = readTimes(text, REF)) =>
  times.dates.map((d) => `${text.slice(d.start, d.end)}=${d.day}/${d.month}/${d.year}`);

describe('reading times in text: dates', () => {
  it('reads every written form, with the year or without, on exactly the date', () => {
    assert.deepEqual(dates('ngày 22.7.2023, ngày 11-4-2017, 25.04.2022'), [
      '22.7.2023=22/7/2023',
      '11-4-2017=11/4/2017',
      '25.04.2022=25/4/2022',
    ]);
    assert.deepEqual(dates('ngày 25 tháng 4 năm 2022'), ['ngày 25 tháng 4 năm 2022=25/4/2022']);
    assert.deepEqual(dates('Lễ ngày 25/4 và ngày 26 tháng 4'), ['25/4=25/4/2022', 'ngày 26 tháng 4=26/4/2022']);
    assert.ok(readTimes('ngày 25/4', REF).dates[0].yearInferred);
  });

  it('takes a missing year from the nearest full date of the text when no reference is given', () => {
    assert.deepEqual(
      dates('ngày 30/12 (thứ Bảy) và ngày 2/1/2024', readTimes('ngày 30/12 (thứ Bảy) và ngày 2/1/2024')),
      ['30/12=30/12/2023', '2/1/2024=2/1/2024'],
    );
    assert.deepEqual(readTimes('ngày 25/4').dates, []);
  });

  it('leaves relative words, spans of years and document numbers alone', () => {
    const text =
      'ngày mai, hằng năm, giai đoạn 2016-2020, Nghị định 68/2017/NĐ-CP, Quyết định số 15/2010, Công văn số 15/12, trong 1-2 ngày';
    assert.deepEqual(dates(text), []);
    assert.deepEqual(readTimes(text, REF).clocks, []);
  });

  it('reads ranges of days with their first and last day', () => {
    for (const text of [
      'từ ngày 20 đến ngày 22/4/2022',
      '20-22/4/2022',
      'từ ngày 20 đến hết ngày 22 tháng 4 năm 2022',
    ]) {
      const [range] = readTimes(text).dayRanges;
      assert.deepEqual(
        [range.first, range.last.day, text.slice(range.start, range.end)],
        [{ year: 2022, month: 4, day: 20 }, 22, text],
      );
    }
  });
});

describe('reading times in text: clock times, parts of the day, weekdays', () => {
  it('reads every clock form with its hour and minute', () => {
    const text = "14 giờ, 14 giờ 30, 14 giờ 30 phút, 14h, 14h30, 14:30, 14g30, 14 giờ 00'";
    const times = readTimes(text);
    assert.deepEqual(spans(text, times.clocks), [
      '14 giờ',
      '14 giờ 30',
      '14 giờ 30 phút',
      '14h',
      '14h30',
      '14:30',
      '14g30',
      "14 giờ 00'",
    ]);
    assert.deepEqual(
      times.clocks.map((c) => c.hour * 100 + c.minute),
      [1400, 1430, 1430, 1400, 1430, 1430, 1430, 1400],
    );
  });

  it('reads ranges of hours: "7h30 -9h00", "từ 8 giờ đến 11 giờ 30"', () => {
    for (const [text, range] of [
      ['7h30 -9h00', '7h30 -9h00'],
      ['từ 8 giờ đến 11 giờ 30 phút', '8 giờ đến 11 giờ 30 phút'],
    ])
      assert.deepEqual(spans(text, readTimes(text).clockRanges), [range]);
  });

  it('tells a time of day from a duration', () => {
    const isClock = (text: string) => readTimes(text).clocks.map((c) => c.isClock);
    assert.deepEqual(isClock('trong 24 đến 36 giờ tới; trước 48 giờ'), [false, false]);
    assert.deepEqual(isClock('lúc 25 giờ; 25h00; 8 giờ tối; hồi 07 giờ'), [true, true, true, true]);
  });

  it('reads parts of the day, and not inside other words', () => {
    const text = 'buổi sáng, trưa, chiều, tối, đêm; sáng kiến, tối đa, chiều dài';
    assert.deepEqual(spans(text, readTimes(text).partsOfDay), ['buổi sáng', 'trưa', 'chiều', 'tối', 'đêm']);
    const [clock] = readTimes('20 giờ sáng').clocks;
    assert.equal(clock.partOfDay?.part, 'sáng');
  });

  it('reads weekdays in every spelling, not ordinals', () => {
    const text = 'thứ Hai, Thứ 2, T2, Chủ nhật, CN, THỨ BA, thứ bảy; lần thứ Ba';
    assert.deepEqual(
      readTimes(text).weekdays.map((w) => w.weekday),
      [1, 1, 1, 0, 0, 2, 6],
    );
  });
});

describe('reading the meeting in a sentence', () => {
  const meet = (text: string) => {
    const m = findMeeting(text, readTimes(text));
    return m && `${m.first.day}/${m.first.month}/${m.first.year}-${m.last.day}${m.clock ? ` ${m.clock.hour}h` : ''}`;
  };

  it("takes the date–time the meeting words introduce, not a document's date", () => {
    assert.equal(
      meet(
        'Căn cứ Công văn số 12/UBND ngày 5/4/2018. UBND xã tổ chức hội nghị vào lúc 14 giờ 00, ngày 20/4/2018 tại hội trường.',
      ),
      '20/4/2018-20 14h',
    );
    assert.equal(meet('Thời gian: 8 giờ, ngày 25/4/2022.'), '25/4/2022-25 8h');
    assert.equal(meet('tổ chức Hội nghị từ ngày 20 đến ngày 22/4/2022 tại TP. Vinh'), '20/4/2022-22');
  });

  it('does not guess: no meeting words, or dates set against each other', () => {
    assert.equal(meet('Theo tin dự báo, hồi 07 giờ ngày 20/10/2025, tâm bão ở Biển Đông.'), undefined);
    assert.equal(meet('Lễ dự kiến tổ chức vào ngày 26/10/2010 nay đổi lại vào ngày 25/10/2010.'), undefined);
  });
});
