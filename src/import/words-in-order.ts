/**
 * Which words of one text are printed again, in order, in another: the longest
 * common subsequence of their words, so one missing sentence costs its own words
 * and never shifts the match of everything after it. Words are runs of letters and
 * digits, compared NFC and case folded; punctuation and layout do not count.
 */

/** The words of a text as printed (NFC); compare them with `fold`. */
export function printedWords(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

const fold = (word: string) => word.toLocaleLowerCase('vi');

/** Above this many cells the table would cost too much memory: a windowed greedy match instead. */
const MAX_CELLS = 12_000_000;
/** How far ahead the greedy match looks for a word before calling it lost. */
const GREEDY_WINDOW = 200;

/** For each word of `original`, whether `printed` holds it in order. */
export function keptInOrder(original: readonly string[], printed: readonly string[]): boolean[] {
  const a = original.map(fold);
  const b = printed.map(fold);
  return a.length * b.length > MAX_CELLS ? greedy(a, b) : common(a, b);
}

/** Suffix table of the common subsequence's length, then one walk that marks the matched words. */
function common(a: readonly string[], b: readonly string[]): boolean[] {
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width); // at most sqrt(MAX_CELLS) words matched: fits 16 bits
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
  const kept = new Array<boolean>(a.length).fill(false);
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      kept[i] = true;
      i += 1;
      j += 1;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i += 1;
    else j += 1;
  }
  return kept;
}

function greedy(a: readonly string[], b: readonly string[]): boolean[] {
  let at = 0;
  return a.map((word) => {
    const found = b.indexOf(word, at);
    if (found < 0 || found - at > GREEDY_WINDOW) return false;
    at = found + 1;
    return true;
  });
}

/** For each word not kept in order: whether the printed text still holds it elsewhere (moved, not lost). */
export function printedElsewhere(
  original: readonly string[],
  printed: readonly string[],
  kept: readonly boolean[],
): boolean[] {
  const left = new Map<string, number>();
  for (const word of printed.map(fold)) left.set(word, (left.get(word) ?? 0) + 1);
  original.forEach((word, i) => {
    if (kept[i]) left.set(fold(word), left.get(fold(word))! - 1);
  });
  return original.map((word, i) => {
    const n = left.get(fold(word)) ?? 0;
    if (kept[i] || n <= 0) return false;
    left.set(fold(word), n - 1);
    return true;
  });
}

/** The first run of words not marked `fine` (at most 12), as the user would search for it. */
export function firstLostPassage(original: readonly string[], fine: readonly boolean[]): string | undefined {
  const start = fine.indexOf(false);
  if (start < 0) return undefined;
  let end = start;
  while (end < fine.length && !fine[end] && end - start < 12) end += 1;
  return original.slice(start, end).join(' ');
}
