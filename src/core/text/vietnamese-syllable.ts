/**
 * Whether a word is a well-formed Vietnamese syllable (onset, nucleus, coda,
 * at most one tone mark). Used to tell legacy-encoded text, which decodes to
 * real syllables, from ordinary Unicode Vietnamese and foreign words.
 */

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
const NUCLEI = [
  'uyê',
  'uyu',
  'uya',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'oai',
  'oay',
  'oeo',
  'iêu',
  'yêu',
  'oao',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iê',
  'iu',
  'oa',
  'oă',
  'oe',
  'oi',
  'ôi',
  'ơi',
  'ua',
  'uâ',
  'uê',
  'ui',
  'uô',
  'uơ',
  'uy',
  'ưa',
  'ưi',
  'ưu',
  'ươ',
  'yê',
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
];
const CODA = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI.join('|')})${CODA}$`, 'u');
/** Combining tone marks: sắc, huyền, hỏi, ngã, nặng. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** True for "Hà", "nhân", "Nguyễn", "Uỷ"; false for "Néi", "Vaên", "café", "Windows". */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLocaleLowerCase('vi').normalize('NFD');
  const tones = decomposed.match(TONES)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONES, '').normalize('NFC'));
}
