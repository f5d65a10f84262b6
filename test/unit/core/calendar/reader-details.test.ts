/** The reader's mentions in full: form, "ngày" before, order, ranges and how weekdays are written back. */
import * as assert from 'node:assert/strict';
import { findMeeting, readTimes, writeWeekdayLike } from '../../../../src/core/calendar';

describe('reading times: every field of a mention', () => {
  it('dates: position, form, "ngày" before, in text order', () => {
    const text = 'ngày 25 tháng 4 năm 2022, 26/4/2022, ngày  27.4.2022, từ ngày 1 đến ngày 3/5/2022, 5 - 7/5/2022';
    assert.deepEqual(readTimes(text).dates, [
      { start: 0, end: 24, day: 25, month: 4, year: 2022, form: 'long', saysNgay: true },
      { start: 26, end: 35, day: 26, month: 4, year: 2022, form: 'numeric', saysNgay: false },
      { start: 43, end: 52, day: 27, month: 4, year: 2022, form: 'numeric', saysNgay: true },
      { start: 73, end: 81, day: 3, month: 5, year: 2022, form: 'numeric', saysNgay: true },
      { start: 87, end: 95, day: 7, month: 5, year: 2022, form: 'numeric', saysNgay: false },
    ]);
    assert.deepEqual(
      readTimes('xx ngày 5/5/2022').dates.map((d) => d.saysNgay),
      [true],
    );
    assert.deepEqual(
      readTimes('ngày xxxxxxxx 5/5/2022').dates.map((d) => d.saysNgay),
      [false],
    );
  });

  it('ranges of days: glued and worded, in text order, each once', () => {
    const text = 'từ ngày 1 đến ngày 3/5/2022 và 5-7/5/2022; từ ngày 8 tới hết ngày 9 tháng 5 năm 2022';
    const times = readTimes(text);
    assert.deepEqual(
      times.dayRanges.map((r) => [text.slice(r.start, r.end), r.first.day, r.last.day, r.last.form, r.last.saysNgay]),
      [
        ['từ ngày 1 đến ngày 3/5/2022', 1, 3, 'numeric', true],
        ['5-7/5/2022', 5, 7, 'numeric', false],
        ['từ ngày 8 tới hết ngày 9 tháng 5 năm 2022', 8, 9, 'long', true],
      ],
    );
    assert.deepEqual(
      times.dates.map((d) => text.slice(d.start, d.end)),
      ['3/5/2022', '7/5/2022', 'ngày 9 tháng 5 năm 2022'],
    );
    assert.equal(readTimes('từ ngày 1 đến ngày 3 tháng 5').dayRanges.length, 0);
  });

  it('year-less dates: fields, and merged in order with the full ones', () => {
    const ref = { year: 2022, month: 4, day: 1 };
    const text = 'ngày 26 tháng 4, ngày 25/4/2022, 27/4';
    assert.deepEqual(readTimes(text, ref).dates, [
      { start: 0, end: 15, day: 26, month: 4, year: 2022, form: 'long', saysNgay: true, yearInferred: true },
      { start: 22, end: 31, day: 25, month: 4, year: 2022, form: 'numeric', saysNgay: true },
      { start: 33, end: 37, day: 27, month: 4, year: 2022, form: 'numeric', saysNgay: false, yearInferred: true },
    ]);
    assert.deepEqual(
      readTimes('ngày 2/1', { year: 2022, month: 12, day: 30 }).dates.map((d) => d.year),
      [2023],
    );
    assert.deepEqual(
      readTimes('ngày 29/12', { year: 2022, month: 1, day: 2 }).dates.map((d) => d.year),
      [2021],
    );
  });

  it('a year-less date takes the year of the nearest full date of the text, and only a real one', () => {
    const text = 'ngày 30/12/2021, ngày 31/12, ... ngày 2/1 và ngày 3/1/2023, ngày 31/2/2023 ngày 20/2';
    assert.deepEqual(
      readTimes(text)
        .dates.filter((d) => d.yearInferred)
        .map((d) => `${d.day}/${d.month}/${d.year}`),
      ['31/12/2021', '2/1/2023', '20/2/2023'],
    );
  });

  it('weekdays: fields; lower-case "cn", "t6" and ordinals are not weekdays', () => {
    const text = 'Chủ nhật, thứ 6, T2, thứ Năm; cn, t6, lần thứ Ba, Lần thứ hai';
    assert.deepEqual(readTimes(text).weekdays, [
      { start: 0, end: 8, text: 'Chủ nhật', weekday: 0, form: 'sunday' },
      { start: 10, end: 15, text: 'thứ 6', weekday: 5, form: 'digit' },
      { start: 17, end: 19, text: 'T2', weekday: 1, form: 'short' },
      { start: 21, end: 28, text: 'thứ Năm', weekday: 4, form: 'word' },
    ]);
    assert.deepEqual(
      readTimes('CN').weekdays.map((w) => w.weekday),
      [0],
    );
  });

  it('writes a weekday back in the style it was written', () => {
    const write = (text: string, weekday: number) => writeWeekdayLike(readTimes(text).weekdays[0], weekday);
    const cases: [string, number, string][] = [
      ['thứ Năm', 0, 'Chủ nhật'],
      ['thứ năm', 0, 'chủ nhật'],
      ['Thứ năm', 0, 'Chủ nhật'],
      ['THỨ NĂM', 0, 'CHỦ NHẬT'],
      ['thứ NĂM', 0, 'CHỦ NHẬT'],
      ['thứ 5', 0, 'chủ nhật'],
      ['Thứ 5', 0, 'Chủ nhật'],
      ['T5', 0, 'CN'],
      ['CN', 3, 'T4'],
      ['chủ nhật', 3, 'thứ Tư'],
      ['Chủ nhật', 3, 'Thứ Tư'],
      ['CHỦ NHẬT', 3, 'THỨ TƯ'],
      ['thứ  5', 3, 'thứ 4'],
      ['thứ Năm', 3, 'thứ Tư'],
      ['THỨ năm', 3, 'THỨ tư'],
    ];
    for (const [text, weekday, expected] of cases) assert.equal(write(text, weekday), expected, text);
  });

  it('clocks: a part of the day only right after, and ranges only when joined', () => {
    assert.deepEqual(
      readTimes('8 giờ, tối; 9 giờ tối').clocks.map((c) => c.partOfDay?.start),
      [7, 18],
    );
    assert.deepEqual(
      readTimes('sáng 8 giờ').clocks.map((c) => c.partOfDay),
      [undefined],
    );
    assert.deepEqual(readTimes('8 giờ và 9 giờ').clockRanges, []);
    assert.deepEqual(
      readTimes('8 giờ - 9 giờ').clockRanges.map((r) => [r.start, r.end, r.from.hour, r.to.hour]),
      [[0, 13, 8, 9]],
    );
  });

  it('the meeting: the hour of its own sentence, the first day of its range', () => {
    const text = 'Lúc 7 giờ xe đón. Họp ngày 20/4/2018; Họp lúc 9 giờ, ngày 21/4/2018.';
    const meeting = findMeeting(text, readTimes(text));
    assert.deepEqual(
      [meeting?.first, meeting?.clock?.hour, meeting?.sentence],
      [{ year: 2018, month: 4, day: 21 }, 9, [37, 67]],
    );
    const alone = 'Họp ngày 20/4/2018 (dời từ 8 giờ)';
    assert.equal(findMeeting(alone, readTimes(alone))?.clock?.hour, 8);
    const range = 'Khai mạc Đại hội từ 8 giờ, 5-7/5/2022.';
    assert.deepEqual(findMeeting(range, readTimes(range))?.first, { year: 2022, month: 5, day: 5 });
    const other = 'Ngày 1/5/2022 nghỉ. Họp 8 giờ.';
    assert.equal(findMeeting(other, readTimes(other)), undefined);
    const before = 'Họp lúc 8 giờ; ngày 5/5/2022 tổng kết';
    assert.equal(findMeeting(before, readTimes(before))?.clock, undefined);
  });
});
