/**
 * Which capitalised agency-like phrases of a sentence GM035 reads as real
 * agency names (NĐ 30/2020, PL II-M.IV-k.1-a). A phrase followed by a generic
 * word is a common noun ("Trung tâm văn hóa các làng" are the villages' houses
 * of culture, "Ban tổ chức đại hội" an event's committee): not flagged. An agency
 * type followed by lower-case words up to an administrative unit and its name
 * ("Văn phòng điều phối nông thôn mới tỉnh Nghệ An") is one office's name, even
 * when its field is not in the shared list: its function word is capitalised.
 */
import { ADMIN_UNITS, type AgencyMention } from '../text/agency-names';

/** Words that, right after an agency type and field, make the phrase a common noun, not a name. */
export const GENERIC_WORDS = [
  'các',
  'những',
  'mỗi',
  'từng',
  'cơ sở',
  'họp',
  'đại hội',
  'hội nghị',
  'hội thảo',
  'tọa đàm',
  'lễ',
  'lễ hội',
  'ngày hội',
  'liên hoan',
  'giải',
  'cuộc thi',
  'hội thi',
  'hội diễn',
  'kỳ thi',
  'chương trình',
  'sự kiện',
] as const;

const GENERIC = new RegExp(`^\\s+(?:${GENERIC_WORDS.join('|').replace(/ /g, '\\s+')})(?![\\p{L}])`, 'iu');

/** True when the words after `end` make the phrase before them a common noun. */
export function isGenericAt(text: string, end: number): boolean {
  return GENERIC.test(text.slice(end));
}

/** Agency types that name one office when a place follows ("Văn phòng … tỉnh Nghệ An"). */
const PLACE_HEADS = ['Văn phòng', 'Trung tâm', 'Chi cục', 'Cục', 'Ban', 'Sở', 'Phòng', 'Viện'];
const UNITS = ADMIN_UNITS.join('|').replace(/ /g, '\\s+');
/** Type, 1–6 lower-case words (the first one the function), a unit noun, a capitalised proper name. */
const PLACED_AGENCY = new RegExp(
  `(?<![\\p{L}])(${PLACE_HEADS.join('|').replace(/ /g, '\\s+')})\\s+(\\p{Ll}+)((?:\\s+\\p{Ll}+){0,5}?)(?=\\s+(?:${UNITS})\\s+\\p{Lu}\\p{Ll})`,
  'gu',
);

/** Agency names ending in a place whose function word is written in lower case. */
export function placedAgencies(text: string): AgencyMention[] {
  return [...text.matchAll(PLACED_AGENCY)].flatMap((m) => {
    const [written, head, first, rest] = m;
    const start = m.index ?? 0;
    if (isGenericAt(text, start + head.length) || GENERIC.test(` ${first}${rest}`)) return [];
    if (/(?:^|\s)(?:các|những|của|cho|tại|và)(?=\s|$)/u.test(`${first}${rest}`)) return [];
    const right = `${head} ${first.charAt(0).toUpperCase()}${first.slice(1)}${rest}`;
    return [{ start, end: start + written.length, text: written, right }];
  });
}
