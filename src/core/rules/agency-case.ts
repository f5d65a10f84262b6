/**
 * GM035: capitals of agencies and administrative units inside sentences
 * (NĐ 30/2020, PL II-M.IV-k.1-a: "Sở Tài chính", not "Sở Tài Chính";
 * PL II-M.III-k.1-a: "tỉnh Nam Định", not "Tỉnh Nam Định" mid-sentence).
 * Names printed in capitals (the header, the signature) are not sentences.
 */
import type { NamesOf } from '../model/problem';
import type { SourceMap, StringValue } from '../source/source-map';
import { ADMIN_UNITS, findMiscasedAgencies, type AgencyMention } from '../text/agency-names';
import { isGenericAt, placedAgencies } from './agency-mentions';
import { memoByText } from '../text/memo';
import { defineRule } from './define';
import { allStrings, problemAt, replaceFix, sameInSource, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  textAgencyCase: 'GM035',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** Values that are names in capitals or codes, not sentences. */
const NOT_SENTENCES = new Set([
  'co_quan.ten',
  'co_quan.chu_quan',
  'co_quan.viet_tat',
  'ky_hieu',
  'dia_danh',
  'nguoi_ky.chuc_vu',
  'nguoi_ky.chuc_vu_thay',
  'nguoi_ky.thay_mat',
  'nguoi_ky.ho_ten',
]);

const UNIT_WORDS = ADMIN_UNITS.map((u) =>
  u
    .split(' ')
    .map((w, i) => (i === 0 ? `${w[0].toLocaleUpperCase('vi')}${w.slice(1)}` : w))
    .join('\\s+'),
).join('|');
/**
 * A capitalised unit noun after a word of the same sentence (not after ".",
 * ":", a line start or a bullet), before a capitalised proper name that is
 * not a number ("Quận 1" keeps its capital, PL II-M.III-k.1-b), nor the Party
 * committee it names ("Tỉnh ủy", "Tỉnh Ủy viên": the unit word is that name's own).
 */
const UNIT_IN_SENTENCE = new RegExp(
  `(?<=[\\p{L}\\p{N},)]\\s+)(${UNIT_WORDS})(?=\\s+\\p{Lu}\\p{Ll})(?!\\s+(?:Ủy|ủy|Uỷ|uỷ)(?!\\p{L}))`,
  'gu',
);
/** PL II-M.III-k.1-c: "Thành phố Hồ Chí Minh" keeps its capital. */
const SPECIAL_NAMES = /^\s+Hồ\s+Chí\s+Minh/u;

const isSentence = (value: StringValue): boolean =>
  !NOT_SENTENCES.has(value.path.filter((p) => typeof p === 'string').join('.'));

function finding(
  source: SourceMap,
  value: StringValue,
  start: number,
  end: number,
  right: string,
  what: { vi: string; en: string },
): Found {
  const written = value.value.slice(start, end);
  return problemAt(source, value.offsetAt(start), value.offsetAt(end), {
    code: CODES.textAgencyCase,
    message: say('rules.textAgencyCase.message', { what, right, written }),
    fixes: sameInSource(source, value, start, end)
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

const AGENCY = say('rules.textAgencyCase.agency');
const UNIT = say('rules.textAgencyCase.unit');

/** Capitalised unit nouns inside a sentence of `text` (remembered per text, as the agency names are). */
const unitMentions = memoByText((text: string): readonly { start: number; end: number; right: string }[] =>
  [...text.matchAll(UNIT_IN_SENTENCE)].flatMap((m) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const rest = text.slice(end);
    if (m[0].startsWith('Thành') && SPECIAL_NAMES.test(rest)) return [];
    if (/^\s+ủy(?![\p{L}])/u.test(rest)) return []; // "Huyện ủy", "Tỉnh ủy" are organs, capitalised
    return [{ start, end, right: m[0].toLocaleLowerCase('vi') }];
  }),
);

function unitsIn(source: SourceMap, value: StringValue): Found[] {
  return unitMentions(value.value).map((m) => finding(source, value, m.start, m.end, m.right, UNIT));
}

/**
 * Real agency names written with the wrong capitals: the known types and fields, unless a generic
 * word follows ("Ban tổ chức đại hội"), and a type with its function up to a place (agency-mentions.ts).
 */
const agencyMentions = memoByText((text: string): readonly AgencyMention[] => {
  const known = findMiscasedAgencies(text).filter((m) => !isGenericAt(text, m.end));
  const overlaps = (m: AgencyMention) => findMiscasedAgencies(text).some((k) => k.start < m.end && m.start < k.end);
  const placed = placedAgencies(text).filter((m) => !overlaps(m));
  return [...known, ...placed].sort((a, b) => a.start - b.start);
});

function check(source: SourceMap): Found[] {
  return allStrings(source)
    .filter(isSentence)
    .flatMap((value) => [
      ...agencyMentions(value.value).map((m) => finding(source, value, m.start, m.end, m.right, AGENCY)),
      ...unitsIn(source, value),
    ]);
}

/** GM035 over every sentence of the file. */
export const agencyCaseRule = defineRule({
  codes: CODES,
  docs: {
    textAgencyCase: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL II-M.III-k.1-a; PL II-M.IV-k.1-a',
      title: say('rules.textAgencyCase.title'),
      checks: say('rules.textAgencyCase.checks'),
      why: say('rules.textAgencyCase.why'),
      wrong: 'loi_ket: Đề nghị Sở Tài Chính Tỉnh Nam Định tham dự đúng giờ./.',
      right: 'loi_ket: Đề nghị Sở Tài chính tỉnh Nam Định tham dự đúng giờ./.',
    },
  },
  check: ({ parsed }) => check(parsed.source),
});
