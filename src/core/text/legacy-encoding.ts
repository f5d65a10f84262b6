/**
 * Text typed in the pre-Unicode Vietnamese encodings and pasted into a Unicode
 * file: TCVN3 (ABC, the ".Vn" fonts: "Hµ Néi" for "Hà Nội") and VNI-Windows
 * (the "VNI-" fonts: "Nguyeãn Vaên A" for "Nguyễn Văn A"). Each byte shows up
 * as its Windows-1252/Latin-1 character, which is what the tables below hold.
 *
 * Tables: TCVN3 is TCVN 5712:1993's VN3 code page (lower-case letters with tone
 * marks; only Ă Â Đ Ê Ô Ơ Ư have capitals); VNI-Windows writes a base letter
 * followed by a mark byte. Both were written down from the code pages as the
 * Unikey/UniKey converter and the open-source xvnkb keyboard (Đào Hải Lâm,
 * vni.h) use them, and checked on sample words in the tests.
 */
import { isVietnameseSyllable } from './vietnamese-syllable';

/** The two legacy encodings still met in offices. */
export type LegacyEncoding = 'tcvn3' | 'vni';

const TCVN3_FROM = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ¡¢§£¤¥¦';
const TCVN3_TO = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ';
const TCVN3 = new Map([...TCVN3_FROM].map((ch, i) => [ch, [...TCVN3_TO][i]]));

const SAC = '\u0301',
  HUYEN = '\u0300',
  HOI = '\u0309',
  NGA = '\u0303',
  NANG = '\u0323';
const CIRCUMFLEX = '\u0302',
  BREVE = '\u0306',
  HORN = '\u031B';
/** VNI mark bytes, lower/upper case, each with the combining marks it stands for. */
const TONE_BYTES: readonly [string, string, string][] = [
  ['ù', 'Ù', SAC],
  ['ø', 'Ø', HUYEN],
  ['û', 'Û', HOI],
  ['õ', 'Õ', NGA],
  ['ï', 'Ï', NANG],
];
const CIRCUMFLEX_BYTES: readonly [string, string, string][] = [
  ['â', 'Â', ''],
  ['á', 'Á', SAC],
  ['à', 'À', HUYEN],
  ['å', 'Å', HOI],
  ['ã', 'Ã', NGA],
  ['ä', 'Ä', NANG],
];
const BREVE_BYTES: readonly [string, string, string][] = [
  ['ê', 'Ê', ''],
  ['é', 'É', SAC],
  ['è', 'È', HUYEN],
  ['ú', 'Ú', HOI],
  ['ü', 'Ü', NGA],
  ['ë', 'Ë', NANG],
];
const VNI_SINGLE: Record<string, string> = {
  ô: 'ơ',
  Ô: 'Ơ',
  ö: 'ư',
  Ö: 'Ư',
  ñ: 'đ',
  Ñ: 'Đ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
  Í: 'Í',
  Ì: 'Ì',
  Æ: 'Ỉ',
  Ó: 'Ĩ',
  Ò: 'Ị',
  Î: 'Ỵ',
};

function vniPairs(): Map<string, string> {
  const pairs = new Map<string, string>();
  const add = (bases: string, bytes: readonly [string, string, string][], extra: string): void => {
    for (const base of bases) {
      for (const [lower, upper, mark] of bytes) {
        pairs.set(base + lower, (base + extra + mark).normalize('NFC'));
        pairs.set(base.toUpperCase() + upper, (base.toUpperCase() + extra + mark).normalize('NFC'));
      }
    }
  };
  add('aeouy', TONE_BYTES, '');
  add('aeo', CIRCUMFLEX_BYTES, CIRCUMFLEX);
  add('a', BREVE_BYTES, BREVE);
  for (const [lower, upper, base] of [
    ['ô', 'Ô', 'o'],
    ['ö', 'Ö', 'u'],
  ]) {
    for (const [l, u, mark] of TONE_BYTES) {
      pairs.set(lower + l, (base + HORN + mark).normalize('NFC'));
      pairs.set(upper + u, (base.toUpperCase() + HORN + mark).normalize('NFC'));
    }
  }
  return pairs;
}

const VNI_PAIRS = vniPairs();

function convertVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const pair = VNI_PAIRS.get(text.slice(i, i + 2));
    if (pair) {
      out += pair;
      i += 2;
    } else {
      out += VNI_SINGLE[text[i]] ?? text[i];
      i += 1;
    }
  }
  return out;
}

/** TCVN3 has no toned capitals: an upper-case word was set in a ".VnTimeH" font with lower-case codes. */
function convertTcvn3(text: string): string {
  return text.replace(WORD, (word) => {
    const converted = [...word].map((ch) => TCVN3.get(ch) ?? ch).join('');
    const letters = word.replace(/[^A-Za-z]/g, '');
    return letters.length > 1 && letters === letters.toUpperCase() ? converted.toLocaleUpperCase('vi') : converted;
  });
}

/** Legacy-encoded text → Unicode (NFC). Characters outside the code page are kept. */
export function convertLegacyToUnicode(text: string, kind: LegacyEncoding): string {
  return (kind === 'vni' ? convertVni(text) : convertTcvn3(text)).normalize('NFC');
}

/** A word, counting the Latin-1 symbols TCVN3 uses as letters (©, µ, ¸, …). */
const WORD = /[\p{L}\p{M}\u00A1-\u00BF\u00D7\u00F7]+/gu;
/** Letters only Unicode Vietnamese has: their presence means the text is not legacy-encoded. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;
/** Vietnamese letters that also exist in Latin-1 (French, Spanish…): weak evidence on their own. */
const LATIN1_LETTERS = /^[\p{ASCII}àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]*$/u;

/** Where a legacy-encoded word sits in a text. */
export interface LegacyWord {
  readonly start: number;
  readonly end: number;
}

/** Capitalisation a real word has: "nhân", "Nhân", "NHÂN" (not "chÝnh", where Ý is a TCVN3 code). */
function plainCase(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLocaleLowerCase('vi') || word === word.toLocaleUpperCase('vi');
}

/** Words with Latin-1 letters that are not Vietnamese as written: the ones an encoding must explain. */
function unexplained(text: string): RegExpMatchArray[] {
  return [...text.matchAll(WORD)].filter((m) => {
    const word = m[0];
    // "µm" is a micrometre: TCVN3's "à" never starts a word in practice.
    if (!/[A-Za-z]/.test(word) || !/[\u00A0-\u00FF]/.test(word) || word.startsWith('µ')) return false;
    return !(plainCase(word) && isVietnameseSyllable(word));
  });
}

/** Words that are not Vietnamese as written but become Vietnamese syllables when decoded as `kind`. */
export function legacyWords(text: string, kind: LegacyEncoding): LegacyWord[] {
  return unexplained(text)
    .filter((m) => {
      const decoded = convertLegacyToUnicode(m[0], kind);
      return decoded !== m[0] && isVietnameseSyllable(decoded);
    })
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/**
 * Which legacy encoding `text` looks like, if any. Low on false positives:
 * text holding real Unicode Vietnamese letters is never legacy; most of the
 * words that are not Vietnamese as written must decode to Vietnamese syllables; and a single
 * such word counts only when it holds a character no Unicode Vietnamese word has.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  if (UNICODE_VIETNAMESE.test(text)) return undefined;
  const candidates = unexplained(text).length;
  const scored = (['tcvn3', 'vni'] as const).map((kind) => ({ kind, words: legacyWords(text, kind) }));
  const [best, other] = scored.sort((a, b) => b.words.length - a.words.length);
  const count = best.words.length;
  if (count === 0 || count === other.words.length || count < 0.6 * candidates) return undefined;
  if (count >= 2) return best.kind;
  const only = text.slice(best.words[0].start, best.words[0].end);
  return LATIN1_LETTERS.test(only) ? undefined : best.kind;
}
