/** The reader's word lists and boundaries, one case each: which words introduce a meeting, a time of day, a part of the day. */
import * as assert from 'node:assert/strict';
import { findMeeting, hourFitsPart, partOfHour, readTimes, type PartOfDay } from '../../../../src/core/calendar';

const meetingDay = (text: string) => findMeeting(text, readTimes(text))?.first.day;

describe('reading times: the words it relies on', () => {
  it('each meeting word introduces the meeting; other words do not', () => {
    for (const words of [
      'Thời gian',
      'vào lúc',
      'tổ chức',
      'khai mạc',
      'diễn ra',
      'họp',
      'tham dự',
      'tới dự',
      'đến dự',
      'dự họp',
      'dự hội nghị',
      'dự lễ',
      'dự buổi',
      'dự tọa đàm',
      'dự đại hội',
      'dự kỳ họp',
      'dự phiên',
      'dự chương trình',
      'dự lớp',
    ])
      assert.equal(meetingDay(`Mời ${words} ngày 20/4/2018.`), 20, words);
    for (const words of ['dự báo', 'dự thảo', 'dự án', 'dự toán', 'dự kiến', 'Căn cứ', 'hồi'])
      assert.equal(meetingDay(`Theo ${words} ngày 20/4/2018.`), undefined, words);
  });

  it("a document's date is not the meeting's, in each way it is written", () => {
    for (const before of [
      'Công văn số 12/UBND ngày',
      'Kế hoạch số 45/KH-UBND, ngày',
      'văn bản ban hành ngày',
      'Quyết định ký ngày',
      'số 12–UBND ngày',
    ])
      assert.equal(meetingDay(`Họp theo ${before} 5/4/2018.`), undefined, before);
  });

  it('days joined as one meeting, and dates set against each other', () => {
    for (const join of ['đến', 'tới', 'và'])
      assert.equal(meetingDay(`Họp ngày 20/4/2018 ${join} ngày 21/4/2018.`), 20, join);
    assert.equal(meetingDay('Họp ngày 20/4/2018 - 21/4/2018.'), 20);
    for (const word of ['nay', 'đổi', 'thay', 'lùi', 'hoãn', 'chuyển', 'dời'])
      assert.equal(meetingDay(`Họp ngày 20/4/2018 ${word} đến ngày 21/4/2018.`), undefined, word);
    assert.equal(meetingDay('Họp ngày 20/4/2018, ngày 25/4/2018.'), undefined);
  });

  it('prefers the sentence that gives the hour; sentences end at ". ", ";", "!", "?" and a line break, not inside a date', () => {
    assert.equal(meetingDay('Họp ngày 20/4/2018. Họp lúc 14 giờ ngày 21/4/2018.'), 21);
    for (const end of ['. ', '; ', '! ', '? ', '\n'])
      assert.equal(meetingDay(`Họp bàn kế hoạch${end}Ngày 20.4.2018 nghỉ.`), undefined, JSON.stringify(end));
    assert.equal(meetingDay('Họp ngày 20.4.2018 tại TP.HCM.'), 20);
  });

  it('each word that makes a number of hours a time of day', () => {
    for (const before of ['lúc', 'từ', 'vào', 'bắt đầu', 'Thời gian:', 'hồi'])
      assert.deepEqual(
        readTimes(`${before} 25 giờ`).clocks.map((c) => c.isClock),
        [true],
        before,
      );
    for (const before of ['trong', 'sau', 'còn', ''])
      assert.deepEqual(
        readTimes(`${before} 25 giờ`).clocks.map((c) => c.isClock),
        [false],
        before,
      );
    assert.deepEqual(
      readTimes('8 giờ, sáng').clocks.map((c) => c.partOfDay?.part),
      ['sáng'],
    );
    assert.deepEqual(
      readTimes('8 giờ, rồi sáng').clocks.map((c) => c.partOfDay?.part),
      [undefined],
    );
    assert.deepEqual(
      readTimes('từ 8 giờ đến 30 giờ').clocks.map((c) => c.isClock),
      [true, true],
    );
    assert.deepEqual(
      readTimes('từ 24 đến 30 giờ; 8 - 30 giờ').clocks.map((c) => c.isClock),
      [false, false],
    );
  });

  it('parts of the day: the words that make them part of another word', () => {
    for (const word of [
      'kiến',
      'tạo',
      'lập',
      'suốt',
      'tỏ',
      'chói',
      'rực',
      'ưu',
      'đa',
      'thiểu',
      'cao',
      'mật',
      'dài',
      'rộng',
      'sâu',
      'hướng',
      'ngang',
      'dọc',
      'lòng',
      'theo',
      'qua',
      'tác',
      'giá',
      'ý',
    ])
      for (const part of ['sáng', 'tối', 'chiều'])
        assert.deepEqual(readTimes(`${part} ${word}`).partsOfDay, [], `${part} ${word}`);
    assert.deepEqual(
      readTimes('sáng kiếnx, Sáng').partsOfDay.map((p) => p.part),
      ['sáng', 'sáng'],
    );
  });

  it('the hours of each part of the day, at their edges', () => {
    const fits: [number, number, PartOfDay, boolean][] = [
      [0, 0, 'sáng', true],
      [12, 0, 'sáng', true],
      [12, 1, 'sáng', false],
      [10, 0, 'trưa', true],
      [9, 59, 'trưa', false],
      [14, 0, 'trưa', true],
      [14, 1, 'trưa', false],
      [12, 0, 'chiều', true],
      [11, 59, 'chiều', false],
      [19, 0, 'chiều', true],
      [19, 1, 'chiều', false],
      [17, 0, 'tối', true],
      [16, 59, 'tối', false],
      [24, 0, 'tối', true],
      [0, 0, 'tối', true],
      [0, 1, 'tối', false],
      [19, 0, 'đêm', true],
      [18, 59, 'đêm', false],
      [5, 0, 'đêm', true],
      [5, 1, 'đêm', false],
    ];
    for (const [hour, minute, part, expected] of fits)
      assert.equal(hourFitsPart(hour, minute, part), expected, `${hour}:${minute} ${part}`);
    assert.deepEqual([0, 4, 5, 10, 11, 12, 13, 17, 18, 21, 22].map(partOfHour), [
      'đêm',
      'đêm',
      'sáng',
      'sáng',
      'trưa',
      'trưa',
      'chiều',
      'chiều',
      'tối',
      'tối',
      'đêm',
    ]);
  });

  it('year-less dates: "số" before, a dash without "ngày", more than four months away', () => {
    const ref = { year: 2022, month: 4, day: 1 };
    const days = (text: string) => readTimes(text, ref).dates.map((d) => `${d.day}/${d.month}/${d.year}`);
    assert.deepEqual(days('số 15/12; số15/12; Số 15/12; số. 15/12; 1-2 ngày'), []);
    assert.deepEqual(days('ngày 20-4; 20-4; ngày 30/7; ngày 31/7; ngày 1/12'), ['20/4/2022', '30/7/2022']);
    assert.deepEqual(days('ngày 1/12; ngày 2/12'), ['2/12/2021']);
    assert.deepEqual(days('ngày 25 tháng 4 năm 2021; ngày 29 tháng 2'), ['25/4/2021']);
  });
});
