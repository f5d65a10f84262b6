/**
 * A block's runs broken into lines as a word processor breaks them: greedy,
 * at spaces, a word that does not fit starting the next line, '\n' forcing a
 * break; the widths are the embedded font's (measure.ts). Each line knows its
 * natural width and its spaces, so the drawer can justify it.
 */
import type { Run } from '../../core/layout';
import { type Face, faceOf } from './fonts';
import type { Measure } from './measure';

/** Text of one face on one line, `xPt` from the line's start before justification. */
export interface Segment {
  readonly text: string;
  readonly face: Face;
  readonly xPt: number;
  /** Spaces on the line before this segment (each widened when the line is justified). */
  readonly spacesBefore: number;
}

export interface Line {
  readonly segments: readonly Segment[];
  /** Natural width, trailing spaces left out. */
  readonly widthPt: number;
  /** Spaces between the first and last word, the ones justification widens. */
  readonly spaces: number;
  /** The paragraph's last line, or one ended by '\n': never justified. */
  readonly ends: boolean;
}

export interface LineStyle {
  readonly sizePt: number;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** A word with the spaces after it, each piece in its face. */
interface Word {
  readonly parts: { text: string; face: Face }[];
  spaces: { text: string; face: Face }[];
  breakAfter: boolean;
}

/** The lines of `runs` in a column `widthPt` wide, the first `firstIndentPt` shorter. */
export function breakLines(
  runs: readonly Run[],
  style: LineStyle,
  widthPt: number,
  firstIndentPt: number,
  measure: Measure,
): Line[] {
  const words = wordsOf(runs, style);
  const width = (pieces: readonly { text: string; face: Face }[]) =>
    pieces.reduce((sum, p) => sum + measure(p.text, p.face, style.sizePt), 0);
  const lines: Line[] = [];
  let current: Word[] = [];
  let used = 0;
  const flush = (ends: boolean) => {
    lines.push(lineOf(current, ends, style.sizePt, measure));
    current = [];
    used = 0;
  };
  for (const word of words) {
    const room = widthPt - (lines.length === 0 ? firstIndentPt : 0);
    const before = current.length ? width(current[current.length - 1].spaces) : 0;
    const own = width(word.parts);
    if (current.length && used + before + own > room + 0.01) flush(false);
    used += (current.length ? before : 0) + own;
    current.push(word);
    if (word.breakAfter) flush(true);
  }
  if (current.length || lines.length === 0) flush(true);
  return lines;
}

/**
 * Words split at spaces and at '\n', keeping each character's face; a hyphen
 * inside a word ends a word too ("2016-" | "2020"), as LibreOffice may break there.
 */
function wordsOf(runs: readonly Run[], style: LineStyle): Word[] {
  const chars = runs.flatMap((run) => {
    const face = faceOf(style.bold || !!run.bold, style.italic || !!run.italic);
    return [...run.text].map((ch) => ({ ch, face }));
  });
  const words: Word[] = [];
  let word: Word = { parts: [], spaces: [], breakAfter: false };
  const next = () => {
    words.push(word);
    word = { parts: [], spaces: [], breakAfter: false };
  };
  chars.forEach(({ ch, face }, i) => {
    if (ch === '\n') {
      word.breakAfter = true;
      next();
    } else if (ch === ' ') pushChar(word.spaces, ch, face);
    else {
      if (word.spaces.length) next();
      pushChar(word.parts, ch, face);
      if (ch === '-' && word.parts.length && isWordChar(chars[i - 1]?.ch) && isWordChar(chars[i + 1]?.ch)) next();
    }
  });
  if (word.parts.length || word.spaces.length || words.length === 0) words.push(word);
  return words;
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && ch !== ' ' && ch !== '\n' && ch !== '-';

function pushChar(list: { text: string; face: Face }[], ch: string, face: Face): void {
  const last = list[list.length - 1];
  if (last && last.face === face) last.text += ch;
  else list.push({ text: ch, face });
}

/** One line of words: segments of one face each, positioned without justification. */
function lineOf(words: readonly Word[], ends: boolean, sizePt: number, measure: Measure): Line {
  const segments: Segment[] = [];
  let x = 0;
  let spaces = 0;
  let widthPt = 0;
  let open: { text: string; face: Face; xPt: number; spacesBefore: number } | undefined;
  const add = (text: string, face: Face, isSpace: boolean) => {
    if (open && open.face === face) open.text += text;
    else {
      if (open) segments.push(open);
      open = { text, face, xPt: x, spacesBefore: spaces };
    }
    x += measure(text, face, sizePt);
    if (isSpace) spaces += text.length;
    else widthPt = x;
  };
  words.forEach((word, i) => {
    word.parts.forEach((p) => add(p.text, p.face, false));
    if (i < words.length - 1) word.spaces.forEach((s) => add(s.text, s.face, true));
  });
  if (open) segments.push(open);
  const leading = words[0]?.parts.length ? 0 : (words[0]?.spaces.reduce((n, s) => n + s.text.length, 0) ?? 0);
  return {
    segments,
    widthPt: Math.max(widthPt, x * Number(widthPt === 0)),
    spaces: Math.max(0, spaces - leading),
    ends,
  };
}
