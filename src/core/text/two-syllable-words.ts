/**
 * The two-syllable Vietnamese words of a published dictionary word list
 * (data/two-syllable-words.json, see data/NOTICE.md for its source and
 * licence), so any such word is kept on one line, not only the listed terms.
 */
import data from './data/two-syllable-words.json';

/** First syllable → the line of second syllables after it (indexed on first use). */
let byFirst: Map<string, string> | undefined;
/** First syllable → its second syllables, split when first asked for. */
const seconds = new Map<string, ReadonlySet<string>>();

function secondsOf(first: string): ReadonlySet<string> {
  const known = seconds.get(first);
  if (known) return known;
  byFirst ??= new Map(data.words.map((line) => [line.slice(0, line.indexOf(' ')), line] as const));
  const line = byFirst.get(first);
  const set: ReadonlySet<string> = new Set(line ? line.split(' ').slice(1) : []);
  seconds.set(first, set);
  return set;
}

/** Lower case, NFC: how the list spells a syllable (Vietnamese needs no locale-specific case rules). */
const spelled = (syllable: string) => syllable.normalize('NFC').toLowerCase();

/** Whether two syllables, in any case, form one dictionary word ("BÓNG" "ĐÁ"). */
export function isTwoSyllableWord(first: string, second: string): boolean {
  return secondsOf(spelled(first)).has(spelled(second));
}
