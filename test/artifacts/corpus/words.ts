/**
 * "Every word of the published text appears in the PDF, in order": words are
 * runs of letters and digits (Unicode NFC, case folded, punctuation and
 * layout ignored), and the published words must form a subsequence of the
 * printed ones. The printout may add words (what the decree derives: the
 * motto, "Số:", "Nơi nhận:", numbering), never lose or reorder one.
 */

/** The words of a text, NFC and lower case. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLocaleLowerCase('vi')
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}

/** Removes each listed passage (its first whole-word occurrence) before the published text is compared. */
export function withoutPassages(text: string, passages: readonly string[]): { text: string; missing: string[] } {
  let rest = text.normalize('NFC');
  const missing: string[] = [];
  for (const passage of passages) {
    const wanted = passage.normalize('NFC');
    const at = wholeWordIndex(rest, wanted);
    if (at < 0) missing.push(passage);
    else rest = `${rest.slice(0, at)} ${rest.slice(at + wanted.length)}`;
  }
  return { text: rest, missing };
}

/** First index of `passage` in `text` not inside a longer word ("ông" is not found in "không"). */
function wholeWordIndex(text: string, passage: string): number {
  const wordChar = /[\p{L}\p{M}\p{N}]/u;
  for (let at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + passage.length] ?? ' ';
    if (!wordChar.test(before) && !wordChar.test(after)) return at;
  }
  return -1;
}

export type OrderResult = { ok: true; matched: number } | { ok: false; message: string };

/** Checks that `expected` words occur in `actual` in order; on failure names the first missing word with its neighbourhood. */
export function inOrder(expected: readonly string[], actual: readonly string[]): OrderResult {
  let at = 0;
  for (let i = 0; i < expected.length; i += 1) {
    const found = actual.indexOf(expected[i]!, at);
    if (found < 0) return { ok: false, message: missingWord(expected, i, actual, at) };
    at = found + 1;
  }
  return { ok: true, matched: expected.length };
}

function missingWord(expected: readonly string[], i: number, actual: readonly string[], at: number): string {
  const around = (list: readonly string[], from: number, to: number) =>
    list.slice(Math.max(0, from), Math.max(0, to)).join(' ');
  return [
    `word ${i + 1} of ${expected.length}, «${expected[i]}», is not printed after what was matched so far`,
    `  published: … ${around(expected, i - 8, i)} [${expected[i]}] ${around(expected, i + 1, i + 9)} …`,
    `  printed after the last match: ${around(actual, at - 8, at)} | ${around(actual, at, at + 16)} …`,
    `  ${actual.includes(expected[i]!) ? 'the word is printed, but earlier: the order differs' : 'the word is printed nowhere'}`,
  ].join('\n');
}
