/**
 * Parts of the day as offices write them, "sáng", "buổi chiều", "tối", and
 * the hours each covers on the 24-hour clock official texts use (NĐ 30/2020
 * writes "14 giờ 00 phút", never "2 giờ chiều").
 */

/** A part of the day found in a text. */
export interface PartOfDayMention {
  readonly start: number;
  readonly end: number;
  readonly part: PartOfDay;
  /** As written, e.g. "buổi sáng". */
  readonly text: string;
}

export type PartOfDay = 'sáng' | 'trưa' | 'chiều' | 'tối' | 'đêm';

/** Words that make "sáng", "tối", "chiều" part of another word: "sáng kiến", "tối đa", "chiều dài". */
const NOT_A_TIME_AFTER =
  'kiến|tạo|lập|suốt|tỏ|chói|rực|ưu|đa|thiểu|cao|mật|dài|rộng|sâu|hướng|ngang|dọc|lòng|theo|qua|tác|giá|ý';
const PART = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:buổi\\s+)?(sáng|trưa|chiều|tối|đêm)(?![\\p{L}\\p{N}])(?!\\s+(?:${NOT_A_TIME_AFTER})(?![\\p{L}]))`,
  'giu',
);

/** The hours (0–24) each part of the day spans; a span past midnight wraps. */
const HOURS: Record<PartOfDay, readonly [number, number]> = {
  sáng: [0, 12],
  trưa: [10, 14],
  chiều: [12, 19],
  tối: [17, 24],
  đêm: [19, 29],
};

/** Every part of the day written in `text`, in order. */
export function findPartsOfDay(text: string): PartOfDayMention[] {
  return [...text.matchAll(PART)].map((m) => {
    const start = m.index ?? 0;
    return { start, end: start + m[0].length, part: m[1].toLocaleLowerCase('vi') as PartOfDay, text: m[0] };
  });
}

/** True when the clock time falls in the part of the day (on the 24-hour clock). */
export function hourFitsPart(hour: number, minute: number, part: PartOfDay): boolean {
  const [from, to] = HOURS[part];
  const at = hour + minute / 60;
  return (at >= from && at <= to) || (at + 24 >= from && at + 24 <= to);
}

/** The part of the day an hour belongs to, for messages. */
export function partOfHour(hour: number): PartOfDay {
  if (hour < 5 || hour >= 22) return 'đêm';
  if (hour < 11) return 'sáng';
  if (hour < 13) return 'trưa';
  return hour < 18 ? 'chiều' : 'tối';
}
