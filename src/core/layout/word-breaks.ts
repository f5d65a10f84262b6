/**
 * Vietnamese names cut into words, the units a line may break between: a
 * listed term ("GIÁO DỤC", "THỪA THIÊN HUẾ", "ỦY BAN NHÂN DÂN"), a unit's level
 * ("HUYỆN", "THỊ TRẤN"), the place name after a level (up to the next level or
 * "VÀ"), a two-syllable word of the dictionary word list ("BÓNG ĐÁ"), or else
 * a single syllable. A clerk breaks between such words, before a
 * level or before "VÀ" (NĐ 30/2020, PL I-P.I-M.II-k.2-a, k.2-c).
 */
import { isTwoSyllableWord } from '../text/two-syllable-words';
import { AGENCY_WORDS, FIXED_PHRASES, PROVINCES_34, PROVINCES_63, UNIT_LEVELS } from '../text/vietnamese-words';

/** `dash`: a word followed by its dash ("LAO ĐỘNG -"). */
export type WordKind = 'level' | 'and' | 'place' | 'dash' | 'word';

/** One unbreakable word of a name, as written (case and spelling kept). */
export interface NameWord {
  readonly text: string;
  readonly kind: WordKind;
}

const key = (syllables: readonly string[]) => syllables.join(' ').normalize('NFC').toLocaleLowerCase('vi');

const LEVELS: ReadonlySet<string> = new Set(UNIT_LEVELS);
const TERMS: ReadonlySet<string> = new Set([
  ...AGENCY_WORDS,
  ...FIXED_PHRASES,
  ...PROVINCES_63,
  ...PROVINCES_34,
  ...UNIT_LEVELS,
]);
const LONGEST_TERM = Math.max(...[...TERMS].map((term) => term.split(' ').length));

/** Every listed term, lower case (for tests and the GM040 check). */
export function listedTerms(): ReadonlySet<string> {
  return TERMS;
}

/** How a text is cut into words. */
export interface WordOptions {
  /** false: the listed terms only, not the dictionary's words (GM043 compares the two). */
  readonly wordList?: boolean;
  /** false: prose (a trích yếu), where a level is a plain word and no place name follows it as one word. */
  readonly places?: boolean;
}

/**
 * The words of `text`, in order; joining their texts with spaces gives the
 * text back (spaces collapsed).
 */
export function nameWords(text: string, options: WordOptions = {}): NameWord[] {
  const { wordList = true, places = true } = options;
  const syllables = text.split(/\s+/).filter(Boolean);
  const words: NameWord[] = [];
  let afterLevel = false;
  for (let i = 0; i < syllables.length;) {
    const length = wordList ? termLength(syllables, i) : listedLength(syllables, i);
    const term = key(syllables.slice(i, i + length));
    const kind = wordKind(term, places, afterLevel);
    const text = syllables.slice(i, i + length).join(' ');
    const last = words[words.length - 1];
    if (kind === 'place' && last?.kind === 'place') words[words.length - 1] = { text: `${last.text} ${text}`, kind };
    else words.push({ text, kind });
    afterLevel = kind === 'level' || kind === 'place';
    i += length;
  }
  return joinDashes(words);
}

function wordKind(term: string, places: boolean, afterLevel: boolean): WordKind {
  if (term === 'và') return 'and';
  if (!places) return 'word';
  return LEVELS.has(term) ? 'level' : afterLevel ? 'place' : 'word';
}

/** Syllables in the longest listed term starting at `from` (1 when none is listed). */
function listedLength(syllables: readonly string[], from: number): number {
  for (let length = Math.min(LONGEST_TERM, syllables.length - from); length > 1; length -= 1) {
    if (TERMS.has(key(syllables.slice(from, from + length)))) return length;
  }
  return 1;
}

/**
 * Syllables in the word starting at `from`: a listed term first, else a
 * dictionary pair, unless a listed term starts at its second syllable or
 * either syllable is a level or "VÀ" (those keep their own roles).
 */
function termLength(syllables: readonly string[], from: number): number {
  const listed = listedLength(syllables, from);
  if (listed > 1 || from + 1 >= syllables.length) return listed;
  const [first, second] = [syllables[from], syllables[from + 1]];
  if ([first, second].some((s) => LEVELS.has(key([s])) || key([s]) === 'và')) return 1;
  if (listedLength(syllables, from + 1) > 1) return 1;
  return isTwoSyllableWord(first, second) ? 2 : 1;
}

const DASH = /^[-–]$/;

/** A dash stays with the word before it ("LAO ĐỘNG - / THƯƠNG BINH"): no line starts with it. */
function joinDashes(words: readonly NameWord[]): NameWord[] {
  const out: NameWord[] = [];
  for (const word of words) {
    const last = out[out.length - 1];
    if (DASH.test(word.text) && last) out[out.length - 1] = { text: `${last.text} ${word.text}`, kind: 'dash' };
    else out.push(word);
  }
  return out;
}

/** The syllables of `words`, each its own word: the fallback when one word is wider than the line. */
export function syllableWords(words: readonly NameWord[]): NameWord[] {
  return words.flatMap((word) => word.text.split(' ').map((text) => ({ text, kind: word.kind })));
}
