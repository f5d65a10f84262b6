/**
 * The two-syllable Vietnamese words of a published dictionary word list
 * (data/two-syllable-words.json, see data/NOTICE.md for its source and
 * licence), so any such word is kept on one line, not only the listed terms.
 */
import data from './data/two-syllable-words.json';

let words: ReadonlySet<string> | undefined;

/** Every two-syllable word, lower case, NFC, its syllables joined by one space (built on first use). */
function twoSyllableWords(): ReadonlySet<string> {
  words ??= new Set(
    data.words.flatMap((line) => {
      const [first, ...seconds] = line.split(' ');
      return seconds.map((second) => `${first} ${second}`);
    }),
  );
  return words;
}

/** Whether two syllables, in any case, form one dictionary word ("BÓNG" "ĐÁ"). */
export function isTwoSyllableWord(first: string, second: string): boolean {
  const pair = `${first} ${second}`.normalize('NFC').toLocaleLowerCase('vi');
  return twoSyllableWords().has(pair);
}
