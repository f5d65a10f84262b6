/**
 * What a date under the cursor means: its weekday and how the page prints it
 * ("ngày 17/5/2024 (thứ Sáu)"; for `ngay`, "Bắc Sơn, ngày 05 tháng 02 năm 2024").
 */
import {
  clockText,
  isRealDate,
  longDate,
  decreeMonth,
  shortDateWithWeekday,
  weekday,
  WEEKDAYS_EN,
  WEEKDAYS_VI,
  type CivilDate,
} from '../calendar/dates';
import type { Language } from '../model/problem';
import { UI, ui } from './texts';

/** A date written on a line, with where it is and which key it is the value of. */
export interface DateToken {
  readonly start: number;
  readonly end: number;
  readonly date?: CivilDate;
  readonly month?: { readonly year: number; readonly month: number };
  readonly time?: { readonly hour: number; readonly minute: number };
  /** The `key:` right before it in a flow mapping, if any. */
  readonly flowKey?: string;
  readonly real: boolean;
  /** Written by the author inside text (d/m/yyyy), not an ISO value the tool prints. */
  readonly inText?: boolean;
}

const ISO = /(?<![\d-])(\d{4})-(\d{2})(?:-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?)?(?![\d-])/g;
const DMY = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;

/** The date written at `character` of `line` (ISO in values, d/m/yyyy in free text). */
export function dateTokenAt(line: string, character: number): DateToken | undefined {
  for (const m of line.matchAll(ISO)) {
    const start = m.index ?? 0;
    if (character < start || character > start + m[0].length) continue;
    const [year, month] = [Number(m[1]), Number(m[2])];
    const flowKey = /(\w+)\s*:\s*$/.exec(line.slice(0, start))?.[1];
    if (m[3] === undefined)
      return { start, end: start + m[0].length, month: { year, month }, flowKey, real: month >= 1 && month <= 12 };
    const date = { year, month, day: Number(m[3]) };
    const time = m[4] === undefined ? undefined : { hour: Number(m[4]), minute: Number(m[5]) };
    return { start, end: start + m[0].length, date, time, flowKey, real: isRealDate(year, month, date.day) };
  }
  for (const m of line.matchAll(DMY)) {
    const start = m.index ?? 0;
    if (character < start || character > start + m[0].length) continue;
    const date = { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
    return { start, end: start + m[0].length, date, real: isRealDate(date.year, date.month, date.day), inText: true };
  }
  return undefined;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "thứ Sáu, 17/5/2024" or "Friday, 17 May 2024". */
function dayName(date: CivilDate, language: Language): string {
  const wd = weekday(date);
  if (language === 'en') return `${WEEKDAYS_EN[wd]}, ${date.day} ${MONTHS_EN[date.month - 1]} ${date.year}`;
  const name = WEEKDAYS_VI[wd];
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}, ${date.day}/${date.month}/${date.year}`;
}

/** Markdown for a date token; `key` is the field it is the value of, `place` the file's dia_danh. */
export function dateHover(token: DateToken, key: string | undefined, place: string, language: Language): string {
  if (!token.real) return ui(UI.notARealDate, language);
  const placeText = place || '…';
  if (token.month) {
    const line = `${placeText}, ngày       tháng ${decreeMonth(token.month.month)} năm ${token.month.year}`;
    return `${ui(UI.draftDay, language)}\n\n${ui(UI.dateLine, language)}: “${line}”`;
  }
  const date = token.date as CivilDate;
  const heading = `**${dayName(date, language)}**`;
  if (token.inText) return `${heading}\n\n${ui(UI.weekdayInText, language)}: “${WEEKDAYS_VI[weekday(date)]}”`;
  if (key === 'ngay') return `${heading}\n\n${ui(UI.dateLine, language)}: “${placeText}, ${longDate(date)}”`;
  const printed = token.time ? `${clockText(token.time)}, ${shortDateWithWeekday(date)}` : shortDateWithWeekday(date);
  return `${heading}\n\n${ui(UI.printsAs, language)}: “${printed}”`;
}

/** The place name written in the file, for the date line (read leniently from the text). */
export function placeIn(text: string): string {
  const m = /^dia_danh:[ \t]*(.*)$/m.exec(text);
  if (!m) return '';
  return m[1]
    .replace(/\s+#.*$/, '')
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2');
}
