/**
 * GM015 against a real calendar (issue 26): every date of 2000–2040, written
 * in each form offices use, with each spelling of each weekday in each place
 * a weekday is written. The right weekday is silent; a wrong one is one
 * GM015 on exactly the weekday.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { dayNumber, fromDayNumber, isoDate, weekday, type CivilDate } from '../../../src/core/calendar';
import { checkInvitation } from '../../../src/core/check/check';
import { pairWeekdays } from '../../../src/core/rules/weekday-in-text';
import { covered, fixture } from './helpers';

const pad = (n: number) => String(n).padStart(2, '0');
const FORMS: ((d: CivilDate) => string)[] = [
  (d) => `${d.day}/${d.month}/${d.year}`,
  (d) => `${pad(d.day)}/${pad(d.month)}/${d.year}`,
  (d) => `${d.day}-${d.month}-${d.year}`,
  (d) => `${pad(d.day)}.${pad(d.month)}.${d.year}`,
  (d) => `ngày ${d.day} tháng ${d.month} năm ${d.year}`,
  (d) => `ngày ${pad(d.day)} tháng ${pad(d.month)} năm ${d.year}`,
  (d) => `ngày ${d.day}/${d.month}`, // the year from the invitation's own date
  (d) => `ngày ${d.day} tháng ${d.month}`,
];

const WORDS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const SPELLINGS: ((w: number) => string)[] = [
  (w) => WORDS[w],
  (w) => WORDS[w].toLocaleUpperCase('vi'),
  (w) => WORDS[w].toLocaleLowerCase('vi'),
  (w) => (w === 0 ? 'chủ nhật' : `thứ ${w + 1}`),
  (w) => (w === 0 ? 'CN' : `T${w + 1}`),
];
const PLACES: ((date: string, day: string) => string)[] = [
  (date, day) => `Thời gian: ${date} (${day}).`,
  (date, day) => `Thời gian: ${date}, ${day}.`,
  (date, day) => `Thời gian: ${day}, ${date}.`,
  (date, day) => `Lễ ${date} (chiều ${day}).`,
  (date, day) => `Lễ ${date} (buổi sáng ${day}).`,
  (date, day) => `${day}, từ 08 giờ, ${date}.`,
];

const FIRST = dayNumber({ year: 2000, month: 1, day: 1 });
const LAST = dayNumber({ year: 2040, month: 12, day: 31 });

function gm015(date: CivilDate, sentence: string) {
  const text = fixture('valid')
    .replace('ngay: 2024-05-10', `ngay: ${isoDate(date)}`)
    .replace(/^mo_dau: .*$/m, `mo_dau: "${sentence}"`);
  return { text, found: checkInvitation(text).problems.filter((p) => p.code === 'GM015') };
}

describe('GM015 as a property over every date of 2000–2040', () => {
  it('every form, spelling and place: the right weekday is silent, a wrong one is one GM015 on it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST, max: LAST }),
        fc.integer({ min: 0, max: 6 }),
        fc.nat(FORMS.length - 1),
        fc.nat(SPELLINGS.length - 1),
        fc.nat(PLACES.length - 1),
        (n, written, form, spelling, place) => {
          const date = fromDayNumber(n);
          const day = SPELLINGS[spelling](written);
          const { text, found } = gm015(date, PLACES[place](FORMS[form](date), day));
          if (written === weekday(date)) assert.deepEqual(found, []);
          else
            assert.deepEqual(
              found.map((p) => covered(text, p)),
              [day],
            );
        },
      ),
      { numRuns: 250 },
    );
  });

  it("every day of 2000–2040, in a form with a year (each in turn): its own weekday pairs and agrees, the next day's does not", () => {
    const wrong: string[] = [];
    for (let n = FIRST; n <= LAST; n += 1) {
      const date = fromDayNumber(n);
      for (const form of [FORMS[n % 6]]) {
        const sentence = `${form(date)} (${WORDS[weekday(date)]}), ${form(date)} (${WORDS[(weekday(date) + 1) % 7]}).`;
        const pairs = pairWeekdays(sentence);
        const agree = pairs.map((p) => weekday(p.date) === p.weekday.weekday);
        if (agree.join() !== 'true,false') wrong.push(`${isoDate(date)}: ${sentence}`);
      }
    }
    assert.deepEqual(wrong.slice(0, 5), []);
  });
});
