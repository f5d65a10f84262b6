/**
 * Agency names as Phụ lục II writes them inside a sentence (PL II-M.IV-k.1-a):
 * the first syllable of the agency type and of each field capitalised, the
 * rest lower case ("Sở Tài chính", "Bộ Tài nguyên và Môi trường", "Ủy ban
 * nhân dân"); the administrative-unit noun lower case before a proper name
 * (PL II-M.III-k.1-a: "tỉnh Nam Định"). Used to derive `ten_goi` from the
 * upper-case header name and to check names written in sentences (GM035).
 */
import { memoByText } from './memo';

/** Agency types, longest first so "Chi cục" wins over "Cục". */
const HEADS = [
  'ủy ban',
  'uỷ ban',
  'hội đồng',
  'bệnh viện',
  'trung tâm',
  'văn phòng',
  'chi cục',
  'tổng cục',
  'học viện',
  'thanh tra',
  'kho bạc',
  'sở',
  'phòng',
  'ban',
  'trường',
  'cục',
  'vụ',
  'bộ',
  'viện',
  'đài',
];

/** Fields (lĩnh vực) that follow an agency type; each is one capitalised word group. */
const FIELDS = [
  'tài chính',
  'kế hoạch',
  'đầu tư',
  'nội vụ',
  'tư pháp',
  'xây dựng',
  'giao thông',
  'vận tải',
  'y tế',
  'giáo dục',
  'đào tạo',
  'nông nghiệp',
  'phát triển nông thôn',
  'tài nguyên',
  'môi trường',
  'công thương',
  'khoa học',
  'công nghệ',
  'thông tin',
  'truyền thông',
  'văn hóa',
  'văn hoá',
  'thể thao',
  'du lịch',
  'lao động',
  'thương binh',
  'xã hội',
  'ngoại vụ',
  'dân tộc',
  'tổng hợp',
  'hành chính',
  'tổ chức',
  'cán bộ',
  'kinh tế',
  'hạ tầng',
  'quản lý',
  'đô thị',
  'thống kê',
  'thuế',
  'hải quan',
  'quốc phòng',
  'ngoại giao',
  'tiếp công dân',
  'dân số',
  'thú y',
  'kiểm lâm',
  'thủy lợi',
  'thuỷ lợi',
  'đất đai',
  'bảo hiểm xã hội',
  'thi hành án dân sự',
  'nhân dân',
  'tiểu học',
  'trung học cơ sở',
  'trung học phổ thông',
  'mầm non',
  'đa khoa',
].sort((a, b) => b.split(' ').length - a.split(' ').length);

/** Fields after which the words that follow are a proper name ("Trường Tiểu học Lê Văn Tám"). */
const NAMED_AFTER = new Set(['tiểu học', 'trung học cơ sở', 'trung học phổ thông', 'mầm non']);
/** "Ủy ban nhân dân", "Hội đồng nhân dân": this field stays lower case. */
const LOWER_FIELD = 'nhân dân';

export const ADMIN_UNITS = ['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'quận', 'phường', 'xã'];

/** School levels written as abbreviations, followed by the school's proper name ("Trường THPT Chu Văn An"). */
const SCHOOL_ACRONYMS = new Set(['THPT', 'THCS', 'TH', 'MN', 'PTDTBT', 'PTDTNT']);
const ACRONYMS = new Set(['UBND', 'HĐND', 'MTTQ', 'THPT', 'THCS', 'TW', 'TƯ', 'CNTT', 'KT-XH']);
const VOWEL = /[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;

// Vietnamese letters case the same in every locale; the plain methods are many times faster than the 'vi' ones.
const lower = (s: string) => s.toLowerCase();
const capital = (s: string) => s.charAt(0).toUpperCase() + lower(s.slice(1));

/** True for an upper-case token that is an abbreviation ("HĐND", "THPT"), kept as written. */
export function isAcronym(word: string): boolean {
  return /\p{L}/u.test(word) && word === word.toLocaleUpperCase('vi') && (ACRONYMS.has(word) || !VOWEL.test(word));
}

/** The length (in words) of the phrase from `list` that starts the lower-case `words` at `at`, or 0. */
export function matchPhrase(words: readonly string[], at: number, list: readonly string[]): number {
  const first = words[at];
  for (const parts of splitList(list)) {
    if (parts[0] === first && parts.every((p, i) => words[at + i] === p)) return parts.length;
  }
  return 0;
}

const splitCache = new Map<readonly string[], string[][]>();
const splitList = (list: readonly string[]): string[][] => {
  let split = splitCache.get(list);
  if (!split) splitCache.set(list, (split = list.map((phrase) => phrase.split(' '))));
  return split;
};

/**
 * Fields whose official name capitalises every syllable: "Công Thương" is the
 * ministry's own name (industry and trade merged, NĐ 96/2022/NĐ-CP), not a generic field.
 */
const EVERY_SYLLABLE = new Set(['công thương']);

/** A word group written with its first syllable capitalised and the rest lower case. */
export const groupCase = (words: readonly string[]): string[] =>
  EVERY_SYLLABLE.has(lower(words.join(' ')))
    ? words.map(capital)
    : words.map((w, i) => (i === 0 ? capital(w) : lower(w)));

/** The sentence form of an agency written all in capitals: "SỞ TÀI CHÍNH TỈNH NAM ĐỊNH" → "Sở Tài chính tỉnh Nam Định". */
export function sentenceCaseAgency(upper: string): string {
  const words = upper
    .split(/\s+/)
    .flatMap((w) => w.split(/(,)/))
    .filter(Boolean);
  const low = words.map(lower);
  const out: string[] = [];
  let i = matchPhrase(low, 0, HEADS);
  if (i === 0) i = 1;
  out.push(...groupCase(words.slice(0, i)));
  let named = false; // inside a proper name: every word capitalised
  let chain = true; // still in the type-and-fields part
  let groupStart = true; // right after the type or a joiner: the next field is capitalised
  const headLower = lower(words.slice(0, i).join(' '));
  while (i < words.length) {
    const word = words[i];
    const unit = matchPhrase(low, i, ADMIN_UNITS);
    const field = chain ? matchPhrase(low, i, FIELDS) : 0;
    if (isAcronym(word)) {
      out.push(word);
      named ||= SCHOOL_ACRONYMS.has(word);
      i += 1;
      continue;
    }
    if (unit === 1 && lower(words[i + 1] ?? '') === 'ủy') {
      out.push(`${capital(word)} ủy`);
      i += 2;
      continue;
    } // "Huyện ủy", "Tỉnh ủy"
    if (unit && i + unit < words.length) {
      out.push(...words.slice(i, i + unit).map(lower));
      i += unit;
      named = true;
      chain = false;
      continue;
    }
    if (named) {
      out.push(capital(word));
      i += 1;
      continue;
    }
    if (field) {
      const group = lower(words.slice(i, i + field).join(' '));
      const keepLower = group === LOWER_FIELD && /^(ủy|uỷ) ban|^hội đồng/.test(headLower);
      const cased =
        keepLower || !groupStart ? words.slice(i, i + field).map(lower) : groupCase(words.slice(i, i + field));
      out.push(...cased);
      named = NAMED_AFTER.has(group);
      groupStart = false;
      i += field;
      continue;
    }
    const joiner = /^(và|-|–|,)$/u.test(lower(word));
    out.push(joiner || out.length > 1 ? lower(word) : capital(word));
    if (!joiner) chain = false;
    groupStart = joiner;
    i += 1;
  }
  return out.join(' ').replace(/\s+,/g, ',');
}

/** An agency name found in a sentence, with the form Phụ lục II wants. */
export interface AgencyMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly right: string;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
/** A capitalised agency type somewhere in the text (cheap test before tokenising). */
const HEAD_START = new RegExp(
  `(?<![\\p{L}])(?:${HEADS.map((h) => h.charAt(0).toLocaleUpperCase('vi') + h.slice(1).replace(' ', '\\s+')).join('|')})(?![\\p{L}])`,
  'iu',
);
const JOINER = /^(?:\s+và\s+|\s*,\s*|\s*[-–]\s*)$/iu;

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Agency names in running text whose type or fields are capitalised the
 * wrong way ("Sở Tài Chính", "Ủy Ban Nhân Dân"). Only names made of a known
 * type and known fields are read; proper names are never touched.
 */
export const findMiscasedAgencies: (text: string) => readonly AgencyMention[] = memoByText(scanMiscasedAgencies);

function scanMiscasedAgencies(text: string): AgencyMention[] {
  if (!HEAD_START.test(text)) return []; // most sentences name no agency: skip the word-by-word walk
  const tokens: Token[] = [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const words = tokens.map((t) => lower(t.text));
  const found: AgencyMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const head = matchPhrase(words, i, HEADS);
    if (!head || !/^\p{Lu}/u.test(tokens[i].text) || isAllUpper(tokens.slice(i, i + head).map((t) => t.text))) continue;
    const end = phraseEnd(text, tokens, words, i + head);
    if (end === i + head) continue; // a type without a known field: "Phòng họp", "Ban tổ chức"
    const mention = miscased(text, tokens, words, i, end);
    if (mention) found.push(mention);
    i = end - 1;
  }
  return found;
}

const isAllUpper = (ws: readonly string[]) => ws.every((w) => w === w.toUpperCase());

/**
 * Index after the phrase whose fields start at `from`: fields joined by "và",
 * "," or "-" ("Kế hoạch và Đầu tư"); a field right after another continues
 * its group ("Giao thông vận tải", "Công nghệ thông tin").
 */
function phraseEnd(text: string, tokens: Token[], words: readonly string[], from: number): number {
  let i = from;
  while (i < tokens.length) {
    const gap = text.slice(tokens[i - 1].end, tokens[i].start);
    const spaced = /^\s+$/u.test(gap);
    if (!spaced && (i === from || !JOINER.test(gap))) break;
    const and = i > from && spaced && words[i] === 'và' && i + 1 < tokens.length ? 1 : 0;
    const n = matchPhrase(words, i + and, FIELDS);
    if (!n || isAllUpper(tokens.slice(i + and, i + and + n).map((t) => t.text))) break;
    i += and + n;
  }
  return i;
}

/** The phrase tokens[from, to) when its case differs from Phụ lục II's, with the right form. */
function miscased(
  text: string,
  tokens: Token[],
  words: readonly string[],
  from: number,
  to: number,
): AgencyMention | undefined {
  const head = matchPhrase(words, from, HEADS);
  const headLower = words.slice(from, from + head).join(' ');
  let right = '';
  for (let k = from; k < to; k += 1) {
    const gap = k > from ? text.slice(tokens[k - 1].end, tokens[k].start) : '';
    right += gap + caseOfWord(tokens, k, from, head, gap, headLower);
  }
  const [start, end] = [tokens[from].start, tokens[to - 1].end];
  const written = text.slice(start, end);
  return written === right ? undefined : { start, end, text: written, right };
}

/** A word starts a group (capitalised) after the type, after "và", "," or "-"; "nhân dân" of "Ủy ban nhân dân" stays lower. */
function caseOfWord(tokens: Token[], k: number, from: number, head: number, gap: string, headLower: string): string {
  const word = tokens[k].text;
  if (lower(word) === 'và') return 'và';
  const startsGroup = k === from || k === from + head || !/^\s+$/u.test(gap) || lower(tokens[k - 1].text) === 'và';
  const peopleCommittee = /^(ủy|uỷ) ban$|^hội đồng$/.test(headLower) && k === from + head && lower(word) === 'nhân';
  const everySyllable = k > from && EVERY_SYLLABLE.has(lower(`${tokens[k - 1].text} ${word}`));
  return (startsGroup && !peopleCommittee) || everySyllable ? capital(word) : lower(word);
}
