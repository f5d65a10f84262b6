/**
 * Estimated widths of text in Times New Roman, so rules and boxes can be sized
 * to the text they belong to (NĐ 30/2020, PL I-P.I-M.II-k.1-b, k.2-b, k.5-b).
 * Advance widths in 1/1000 em, read from Liberation Serif 2 (metric-compatible
 * with Times New Roman) for U+0020–U+007E; accented Vietnamese letters take
 * their base letter's width, as they do in both fonts.
 */

/** Regular weight, U+0020 … U+007E. */
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
  722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500,
  444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480,
  200, 480, 541,
] as const;

/** Bold weight, U+0020 … U+007E. */
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944,
  722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556,
  444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394,
  220, 394, 520,
] as const;

/** Letters whose shape differs from a base letter plus marks: [regular, bold]. */
const SPECIAL: Readonly<Record<string, readonly [number, number]>> = {
  ơ: [529, 554],
  ư: [542, 600],
  Ơ: [722, 778],
  Ư: [776, 796],
  đ: [500, 556],
  Đ: [722, 722],
  '“': [444, 500],
  '”': [444, 500],
  '‘': [333, 333],
  '’': [333, 333],
  '–': [500, 500],
  '—': [1000, 1000],
  '…': [1000, 1000],
};

const cache = [new Map<string, number>(), new Map<string, number>()] as const;

/** Empties the memo, so a test measures afresh (a memo filled by other tests would hide a wrong measurement). */
export function forgetMeasuredWidths(): void {
  for (const memo of cache) memo.clear();
}

/** Width of one character in 1/1000 em (memoised: wrapping measures the same letters many times). */
function charWidth(ch: string, bold: boolean): number {
  const memo = cache[bold ? 1 : 0];
  let width = memo.get(ch);
  if (width === undefined) {
    width = measureChar(ch, bold);
    memo.set(ch, width);
  }
  return width;
}

function measureChar(ch: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  const base = ch.normalize('NFD');
  const special = SPECIAL[ch] ?? SPECIAL[base.replace(/[\u0300-\u031a\u031c-\u036f]/g, '').normalize('NFC')]; // tones off, the horn (U+031B) kept: ờ is measured as ơ
  if (special) return special[bold ? 1 : 0];
  const code = base.charCodeAt(0);
  return code >= 0x20 && code <= 0x7e ? table[code - 0x20] : table['n'.charCodeAt(0) - 0x20];
}

/** Estimated width of `text` in points at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, bold);
  return (units * sizePt) / 1000;
}

/** Lines as a word processor would wrap `text` into `widthPt` (greedy, at spaces; '\n' breaks). */
export function wrapLines(text: string, widthPt: number, sizePt: number, bold = false): string[] {
  return text.split('\n').flatMap((paragraph) => wrapOne(paragraph, widthPt, sizePt, bold));
}

function wrapOne(text: string, widthPt: number, sizePt: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidthPt(candidate, sizePt, bold) > widthPt) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  lines.push(line);
  return lines;
}

/** Width of the longest line `text` wraps into. */
export function longestLinePt(text: string, widthPt: number, sizePt: number, bold = false): number {
  return Math.max(...wrapLines(text, widthPt, sizePt, bold).map((line) => textWidthPt(line, sizePt, bold)));
}
