/**
 * Weekdays written inside free text, in the forms offices use: "thứ Sáu",
 * "Thứ sáu", "THỨ SÁU", "thứ 6", "chủ nhật", "CN", "T6"; and how to write
 * another weekday in the same style.
 */

/** A weekday found in a text, with its position and form. */
export interface WeekdayMention {
  readonly start: number;
  readonly end: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** The characters as written, e.g. "thứ Năm". */
  readonly text: string;
  readonly form: 'word' | 'digit' | 'sunday' | 'short';
}

const WORDS = ['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'];
const TOKEN = /(?<![\p{L}\p{N}])(?:(thứ)\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\s+nhật)|(CN|T[2-7]))(?![\p{L}\p{N}])/giu;
/** Words after which "thứ ba" is an ordinal ("lần thứ ba", "kỳ họp thứ Năm"), not a weekday. */
const ORDINAL_BEFORE = /(?:lần|kỳ|kì|khóa|khoá|phiên|đợt|lớp|tầng|hạng|giải|họp|hội|số|người)\s*$/iu;

/** Every weekday written in `text`, except ordinals such as "lần thứ ba". */
export function findWeekdays(text: string): WeekdayMention[] {
  const found: WeekdayMention[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const mention = readToken(m, start);
    if (!mention) continue;
    if (mention.form !== 'short' && ORDINAL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    found.push(mention);
  }
  return found;
}

function readToken(m: RegExpMatchArray, start: number): WeekdayMention | undefined {
  const text = m[0];
  const end = start + text.length;
  if (m[4]) {
    if (m[4] !== m[4].toUpperCase()) return undefined; // "cn", "t6" are too ambiguous in lower case
    return { start, end, text, weekday: m[4] === 'CN' ? 0 : Number(m[4][1]) - 1, form: 'short' };
  }
  if (m[3]) return { start, end, text, weekday: 0, form: 'sunday' };
  const word = m[2].toLocaleLowerCase('vi');
  if (/^\d$/.test(word)) return { start, end, text, weekday: Number(word) - 1, form: 'digit' };
  return { start, end, text, weekday: WORDS.indexOf(word) + 1, form: 'word' };
}

type CaseStyle = 'upper' | 'title' | 'lower';

function caseOf(word: string): CaseStyle {
  if (word === word.toLocaleUpperCase('vi') && word !== word.toLocaleLowerCase('vi')) return 'upper';
  return word[0] === word[0].toLocaleUpperCase('vi') ? 'title' : 'lower';
}

function applyCase(word: string, style: CaseStyle): string {
  if (style === 'upper') return word.toLocaleUpperCase('vi');
  const lower = word.toLocaleLowerCase('vi');
  return style === 'title' ? lower[0].toLocaleUpperCase('vi') + lower.slice(1) : lower;
}

/** Sunday as "Chủ nhật" beside a capitalised day word (the decree's style), else in the prefix's case. */
function sundayLike(prefix: CaseStyle, word: CaseStyle): string {
  if (prefix === 'upper' || word === 'upper') return 'CHỦ NHẬT';
  return prefix === 'title' || word === 'title' ? 'Chủ nhật' : 'chủ nhật';
}

/** `weekday` written the way `mention` was written: digit stays digit, case is kept. */
export function writeWeekdayLike(mention: WeekdayMention, weekday: number): string {
  const parts = mention.text.split(/\s+/);
  if (mention.form === 'short') return weekday === 0 ? 'CN' : `T${weekday + 1}`;
  const first = caseOf(parts[0]);
  const second = caseOf(parts[parts.length - 1]);
  if (weekday === 0) return sundayLike(first, mention.form === 'word' ? second : first);
  const prefix = mention.form === 'sunday' ? applyCase('thứ', first) : parts[0];
  if (mention.form === 'digit') return `${prefix} ${weekday + 1}`;
  const wordStyle: CaseStyle = mention.form === 'sunday' ? (first === 'upper' ? 'upper' : 'title') : second;
  return `${prefix} ${applyCase(WORDS[weekday - 1], wordStyle)}`;
}
