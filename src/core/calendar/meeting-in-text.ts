/**
 * The meeting's day and hour as a sentence states them: "… vào lúc 14 giờ
 * 00, ngày 20/4/2018 …", "Thời gian: 8 giờ, ngày 25/4/2022", "tổ chức Hội
 * nghị … ngày 20 đến ngày 22/4/2022". The sentence must be introduced by the
 * words the decree and offices use for it (QĐ 45/2018: giấy mời nêu thời
 * gian họp); a date in any other sentence, or one that dates a document
 * ("Công văn số 12/UBND ngày 5/4/2018"), is not the meeting.
 */
import { isRealDate, type CivilDate } from './dates';
import type { ClockMention } from './read-clocks';
import type { DateMention } from './read-dates';
import type { TimeMentions } from './read-times';

/** The meeting a text states: its day (or days) and hour, and where. */
export interface MeetingMention {
  /** The first (or only) day of the meeting. */
  readonly first: CivilDate;
  /** The last day, the same as `first` for a one-day meeting. */
  readonly last: CivilDate;
  /** The date as written (for a range, its last day, which carries the month). */
  readonly date: DateMention;
  /** The hour it starts, when the sentence gives one. */
  readonly clock?: ClockMention;
  /** The span of the sentence that states it. */
  readonly sentence: readonly [number, number];
}

/** Words that introduce the meeting's time (word-bounded; "dự báo", "dự thảo" are not "dự"). */
const MEETING_WORDS =
  /(?<![\p{L}])(?:thời\s+gian|vào\s+lúc|tổ\s+chức|khai\s+mạc|diễn\s+ra|họp|(?:tham|tới|đến)\s+dự|dự\s+(?:họp|hội|lễ|buổi|cuộc|đại|lớp|tọa|toạ|kỳ|phiên|chương))(?![\p{L}])/iu;
/** A date that dates a document, not an event: "số 12/UBND ngày 5/4/2018", "ban hành ngày …". */
const DOCUMENT_DATE_BEFORE = /(?:số\s+[\p{L}\p{N}/.\-–]+|ban\s+hành|ký)\s*,?\s*(?:ngày\s*)?$/iu;
/** Sentences end at ". ", ";", "!", "?" and line breaks ("22.7.2023" and "TP.HCM" do not end one). */
const SENTENCE = /[^.;!?\n]+(?:[.!?](?!\s|$)[^.;!?\n]*)*/gu;

/** Words that join a meeting's days: "từ … ngày 20/4 đến … ngày 22/4/2022", "ngày 20/4 và 21/4". */
const DAYS_JOINED = /(?<![\p{L}])(?:đến|tới|và)(?![\p{L}])|^\s*[-–]\s*$/iu;
/** Words that set one date against another: "dự kiến ngày 26/10 nay đổi lại vào ngày 25/10". */
const DATES_OPPOSED = /(?<![\p{L}])(?:nay|đổi|thay|lùi|hoãn|chuyển|dời|thay\s+vì)(?![\p{L}])/iu;

/** The spans of the text's sentences. */
function sentences(text: string): [number, number][] {
  return [...text.matchAll(SENTENCE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

/** Real dates that date an event rather than a document, in text order. */
export function eventDates(text: string, dates: readonly DateMention[]): DateMention[] {
  return dates.filter(
    (d) =>
      isRealDate(d.year, d.month, d.day) && !DOCUMENT_DATE_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)),
  );
}

/** The meeting of one sentence, if it is introduced by a meeting word and dates an event. */
function inSentence(text: string, [from, to]: [number, number], times: TimeMentions): MeetingMention | undefined {
  if (!MEETING_WORDS.test(text.slice(from, to))) return undefined;
  const dates = eventDates(text, times.dates).filter((d) => d.start >= from && d.end <= to);
  const [date] = dates;
  if (!date || !onlyOneMeeting(text, dates)) return undefined;
  const range = times.dayRanges.find((r) => r.last.start === date.start);
  const clock = times.clocks.find((c) => c.isClock && c.start >= from && c.end <= to);
  const first = range ? range.first : date;
  const firstDay = { year: first.year, month: first.month, day: first.day };
  return { first: firstDay, last: date, date, clock, sentence: [from, to] };
}

/** True when a sentence's dates are one meeting's days, not dates set against each other (the tool does not guess). */
function onlyOneMeeting(text: string, dates: readonly DateMention[]): boolean {
  return dates.slice(1).every((d, i) => {
    const between = text.slice(dates[i].end, d.start);
    return DAYS_JOINED.test(between) && !DATES_OPPOSED.test(between);
  });
}

/**
 * The meeting `text` states: the first sentence introduced by a meeting word
 * that gives both a date and an hour, else the first that gives a date.
 */
export function findMeeting(text: string, times: TimeMentions): MeetingMention | undefined {
  const found = sentences(text).flatMap((span) => inSentence(text, span, times) ?? []);
  return found.find((m) => m.clock !== undefined) ?? found[0];
}
