/**
 * GM015: a weekday written next to a date must be that date's weekday:
 * "ngày 17/5/2024 (thứ Năm)" is wrong, 17/5/2024 was a Friday. Runs over
 * every string, also when the schema check failed.
 */
import {
  isRealDate,
  shortDate,
  weekday,
  writeWeekdayLike,
  WEEKDAYS_EN,
  WEEKDAYS_VI,
  type CivilDate,
  type DateMention,
  type WeekdayMention,
} from '../calendar';
import type { NamesOf } from '../model/problem';
import type { SourceMap, StringValue } from '../source/source-map';
import { defineRule } from './define';
import { allStrings, problemAt, replaceFix, sameInSource, type Found } from './support';
import { referenceDate } from './reference-date';
import { timesIn } from './times-in-text';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  weekdayMismatch: 'GM015',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** Days and months in words follow PL II-M.V-k.8 ("thứ Hai"); the date itself, PL I-P.I-M.II-k.4-b. */
/** "17/5/2024 (thứ Sáu)", "17/5/2024, thứ Sáu", "17/5/2024 - thứ Sáu", "25/4/2022 (chiều thứ Hai)". */
const AFTER_DATE = /^\s*[(,\-–]?\s*(?:(?:buổi\s+)?(?:sáng|trưa|chiều|tối|đêm)\s*,?\s*)?$/iu;
/** "thứ Sáu, ngày 17/5/2024", "thứ Sáu (17/5/2024)", "T6 17/5/2024". */
const BEFORE_DATE = /^\s*[,(]?\s*(?:ngày\s+)?$/iu;

/** Words may stand between a weekday and its date ("Thứ Bảy, từ 08 giờ, ngày 29/10/2023"), but not a sentence's end. */
const SENTENCE_END = /[.!?](?=\s|$)|[;\n]/u;
const MAX_WORDS_BETWEEN = 60;
/** "thứ Ba, thứ Năm hằng tuần, từ ngày 1/4/2025": recurring weekdays name no single date. */
const RECURRING = /(?<![\p{L}])(?:hằng|hàng|mỗi|các|những)(?![\p{L}])/iu;
const LISTED = /^\s*(?:,|và|hoặc)\s*$/iu;

/** True when the short text between `from` and `to` is a joiner such as " (" or ", ngày ". */
function joins(text: string, from: number, to: number, joiner: RegExp): boolean {
  return to - from <= 16 && joiner.test(text.slice(from, to));
}

/** A weekday written in the text and the date it belongs to. */
export interface WeekdayPair {
  readonly date: DateMention;
  readonly weekday: WeekdayMention;
}

/**
 * Pairs each written weekday with the date it stands beside. When it could
 * belong to the date before or the one after ("17/5/2024, thứ Năm ngày
 * 23/5/2024"), a pairing that agrees wins, so only a certain mismatch is reported.
 * A weekday beside no date takes the next date of its sentence when no other
 * weekday comes first ("Thứ Bảy, từ 08 giờ, ngày 29/10/2023").
 */
export function pairWeekdays(text: string, reference?: CivilDate): WeekdayPair[] {
  const times = timesIn(text, reference);
  const dates = times.dates.filter((d) => isRealDate(d.year, d.month, d.day));
  const weekdays = times.weekdays;
  let next = 0; // both lists are in text order: walk them together (linear even for huge texts)
  return weekdays.flatMap((w, i) => {
    while (next < dates.length && dates[next].start < w.end) next += 1;
    const previous = dates[next - 1];
    const before =
      previous && previous.end <= w.start && joins(text, previous.end, w.start, AFTER_DATE) ? previous : undefined;
    const after = dates[next] && joins(text, w.end, dates[next].start, BEFORE_DATE) ? dates[next] : undefined;
    const candidates = [before, after].filter((d): d is DateMention => d !== undefined);
    const listed = weekdays[i - 1] !== undefined && LISTED.test(text.slice(weekdays[i - 1].end, w.start));
    const later = listed ? undefined : laterInSentence(text, w, dates[next], weekdays[i + 1]);
    const date = candidates.find((d) => weekday(d) === w.weekday) ?? candidates[0] ?? later;
    return date ? [{ date, weekday: w }] : [];
  });
}

/** The next date when it ends the weekday's phrase: same sentence, no other weekday first, not far. */
function laterInSentence(
  text: string,
  w: WeekdayMention,
  date: DateMention | undefined,
  nextWeekday: WeekdayMention | undefined,
): DateMention | undefined {
  if (!date || date.start - w.end > MAX_WORDS_BETWEEN) return undefined;
  if (nextWeekday && nextWeekday.start < date.start) return undefined;
  const between = text.slice(w.end, date.start);
  return SENTENCE_END.test(between) || RECURRING.test(between) ? undefined : date;
}

function mismatch(source: SourceMap, value: StringValue, pair: WeekdayPair): Found {
  const actual = weekday(pair.date);
  const right = writeWeekdayLike(pair.weekday, actual);
  const { start, end, text } = pair.weekday;
  const written = value.value.slice(pair.date.start, pair.date.end);
  const dateText = pair.date.yearInferred ? `"${written}" (${shortDate(pair.date)})` : `"${written}"`;
  const fixable = sameInSource(source, value, start, end);
  return problemAt(source, value.offsetAt(start), value.offsetAt(end), {
    code: CODES.weekdayMismatch,
    message: say('rules.weekdayMismatch.message', {
      dateText,
      weekdayVi: WEEKDAYS_VI[actual],
      text,
      right,
      weekdayEn: WEEKDAYS_EN[actual],
    }),
    fixes: fixable
      ? [
          replaceFix(
            source,
            say('rules.textAgencyCase.fix', { right }),
            value.offsetAt(start),
            value.offsetAt(end),
            right,
          ),
        ]
      : undefined,
  });
}

/** GM015 over every string of the file. */
export const weekdayInTextRule = defineRule({
  codes: CODES,
  docs: {
    weekdayMismatch: {
      severity: 'error',
      locator: 'NĐ 30/2020, PL II-M.V-k.8; PL I-P.I-M.II-k.4-b',
      title: say('rules.weekdayMismatch.title'),
      checks: say('rules.weekdayMismatch.checks'),
      why: say('rules.weekdayMismatch.why'),
      wrong: 'thoi_gian: "Thứ Bảy, từ 08 giờ, ngày 29/10/2023"',
      right: 'thoi_gian: "Chủ nhật, từ 08 giờ, ngày 29/10/2023"',
    },
  },
  check: (context) => {
    const reference = referenceDate(context.parsed);
    return allStrings(context.parsed.source).flatMap((value) =>
      pairWeekdays(value.value, reference)
        .filter((pair) => weekday(pair.date) !== pair.weekday.weekday)
        .map((pair) => mismatch(context.parsed.source, value, pair)),
    );
  },
});
