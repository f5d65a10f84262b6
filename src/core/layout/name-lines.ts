/**
 * Agency names set as a clerk sets them: the fewest lines that fit, broken
 * only between words (word-breaks.ts), rather before a unit's level or before
 * "VÀ" than elsewhere, never after "VÀ", and the lines as even as possible
 * (NĐ 30/2020, PL I-P.I-M.II-k.2-c: "long names may wrap"). `limitPt` already
 * holds the safety margin, so a word processor never wraps a line again.
 */
import { textWidthPt } from './text-width';
import { nameWords, syllableWords, type NameWord, type WordOptions } from './word-breaks';

/** The lines of a name and whether a word had to be cut because it is wider than the line. */
export interface NameLines {
  readonly lines: readonly string[];
  readonly cutWord: boolean;
}

export interface Font {
  readonly sizePt: number;
  readonly bold: boolean;
}

/** Costs of a break, in units of a line's squared free fraction (a line 30 % short costs 0.09). */
const BREAK_COST = {
  /** A line ending in a dash ("LAO ĐỘNG - / THƯƠNG BINH"): allowed, not sought. */
  afterDash: 0.05,
  /** A level parted from its place name ("HUYỆN / YÊN DŨNG"). */
  insidePlace: 0.5,
  beforeLevel: -0.08,
  beforeAnd: -0.04,
} as const;

/** Lines of `text` within `limitPt`; the author's own '\n' breaks are kept. */
export function nameLines(text: string, limitPt: number, font: Font, options: WordOptions = {}): NameLines {
  const parts = text.split('\n').map((line) => paragraphLines(line, limitPt, font, options));
  return { lines: parts.flatMap((p) => p.lines), cutWord: parts.some((p) => p.cutWord) };
}

function paragraphLines(text: string, limitPt: number, font: Font, options: WordOptions): NameLines {
  const words = nameWords(text, options);
  if (!words.length) return { lines: [''], cutWord: false };
  const byWords = bestBreaks(words, limitPt, font, false) ?? bestBreaks(words, limitPt, font, true);
  if (byWords) return { lines: byWords, cutWord: false };
  const bySyllables = bestBreaks(syllableWords(words), limitPt, font, true);
  return { lines: bySyllables ?? syllableWords(words).map((w) => w.text), cutWord: true };
}

/**
 * The fewest lines in which every line fits, and among those the cheapest
 * (dynamic programming over break positions); undefined when one word alone
 * is too wide, or when only a line ending in "VÀ" would fit and `afterAnd` is false.
 * One pass, ranked by (lines, cost): every break of a fewest-lines setting is
 * itself a fewest-lines setting of the words before it, so this picks what a
 * line-by-line search would, in time linear in the words (a line holds few).
 */
function bestBreaks(words: readonly NameWord[], limitPt: number, font: Font, afterAnd: boolean): string[] | undefined {
  const n = words.length;
  if (words.some((w) => !fitsLine(w.text, limitPt, font))) return undefined;
  // lines[i], cost[i]: the best way to set words[0, i); from[i]: where its last line starts.
  const lines: number[] = [0, ...Array<number>(n).fill(Infinity)];
  const cost: number[] = [0, ...Array<number>(n).fill(Infinity)];
  const from: number[] = Array<number>(n + 1).fill(-1);
  for (let i = 1; i <= n; i += 1) {
    let line = '';
    for (let j = i - 1; j >= 0; j -= 1) {
      line = line ? `${words[j].text} ${line}` : words[j].text;
      if (!fitsLine(line, limitPt, font)) break;
      if (cost[j] === Infinity || (j > 0 && !afterAnd && words[j - 1].kind === 'and')) continue;
      const c = cost[j] + lineCost(line, limitPt, font) + (j > 0 ? breakCost(words[j - 1], words[j]) : 0);
      if (lines[j] + 1 < lines[i] || (lines[j] + 1 === lines[i] && c < cost[i]))
        [lines[i], cost[i], from[i]] = [lines[j] + 1, c, j];
    }
  }
  return cost[n] < Infinity ? unwind(words, from) : undefined;
}

function fitsLine(line: string, limitPt: number, font: Font): boolean {
  return textWidthPt(line, font.sizePt, font.bold) <= limitPt;
}

function unwind(words: readonly NameWord[], from: readonly number[]): string[] {
  const lines: string[] = [];
  for (let end = words.length; end > 0; end = from[end]) {
    lines.unshift(
      words
        .slice(from[end], end)
        .map((w) => w.text)
        .join(' '),
    );
  }
  return lines;
}

/** A line's free share of the width, squared: even lines cost least. */
function lineCost(line: string, limitPt: number, font: Font): number {
  const free = 1 - textWidthPt(line, font.sizePt, font.bold) / limitPt;
  return free * free;
}

function breakCost(before: NameWord, after: NameWord): number {
  if (before.kind === 'dash') return BREAK_COST.afterDash;
  if (before.kind === 'level' && after.kind === 'place') return BREAK_COST.insidePlace;
  if (after.kind === 'level') return BREAK_COST.beforeLevel;
  if (after.kind === 'and') return BREAK_COST.beforeAnd;
  return 0;
}
