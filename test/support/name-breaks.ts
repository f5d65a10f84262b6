/** Test helper: which listed words (word-breaks.ts) a set of lines breaks inside of, read from the lines alone. */
import { listedTerms } from '../../src/core/layout/word-breaks';
import { isTwoSyllableWord } from '../../src/core/text/two-syllable-words';

const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

/** Listed terms some line break of `lines` falls inside of (the lines joined give the name). */
export function termsCut(lines: readonly string[]): string[] {
  const syllables = lower(lines.join(' ')).split(/\s+/);
  const breaks: number[] = [];
  lines.slice(0, -1).reduce((count, line) => {
    breaks.push(count + line.split(/\s+/).length);
    return breaks[breaks.length - 1];
  }, 0);
  const cut: string[] = [];
  for (const term of listedTerms()) {
    const parts = term.split(' ');
    for (let i = 0; i + parts.length <= syllables.length; i += 1) {
      const here = parts.every((p, k) => syllables[i + k] === p);
      if (here && breaks.some((b) => b > i && b < i + parts.length)) cut.push(term);
    }
  }
  return cut.sort();
}

const isWord = (a?: string, b?: string) =>
  a !== undefined && b !== undefined && (isTwoSyllableWord(a, b) || listedTerms().has(lower(`${a} ${b}`)));

/**
 * The dictionary words a break between two lines falls inside of ("BÓNG / ĐÁ"):
 * the two syllables at the break form a word and neither belongs to a word on
 * its own side ("ĐÀO TẠO / THÀNH PHỐ" is fine though "TẠO THÀNH" is a word).
 */
export function wordsSplit(lines: readonly string[]): string[] {
  const split: string[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const [before, after] = [lines[i - 1].split(' '), lines[i].split(' ')];
    const [x, y] = [before.at(-1), after[0]];
    if (isWord(x, y) && !isWord(before.at(-2), x) && !isWord(y, after[1])) split.push(`${x} / ${y}`);
  }
  return split;
}
