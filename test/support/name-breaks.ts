/** Test helper: which listed words (word-breaks.ts) a set of lines breaks inside of, read from the lines alone. */
import { listedTerms } from '../../src/core/layout/word-breaks';

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
