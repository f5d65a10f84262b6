/**
 * Body lines with their list level read from the label — typed, or drawn by
 * Word from numbering.xml: parts "I.", items "1.", sub-items "1.1.", points
 * "a)", dash lines "-" and plus lines "+". The label is dropped: numbering is
 * derived again on export. Inline bold and italic become `**…**` and `*…*`.
 */
import type { TextRun } from './docx-model';
import type { Line } from './lines';

export type BodyKind = 'paragraph' | 'part' | 'item' | 'sub' | 'point' | 'dash' | 'plus';

export interface BodyLine {
  readonly kind: BodyKind;
  /** The label as the document drew it ("4.1.", "đ)"), for notes. */
  readonly label?: string;
  /** Text without its label, with inline markup. */
  readonly text: string;
  /** Text with its label, without markup (for the fallback and word counts). */
  readonly original: string;
}

const LABELS: [BodyKind, RegExp][] = [
  ['part', /^((?:X{0,3})(?:IX|IV|V?I{0,3}))\.\s+(?=\S)/u],
  ['sub', /^(\d{1,2}\.\d{1,2}\.?)\s+(?=\S)/u],
  ['item', /^(\d{1,2}\.)\s+(?=\S)/u],
  ['point', /^([a-zđ]\))\s*(?=\S)/u],
  ['dash', /^([-–—•])\s*(?=\S)/u],
  ['plus', /^(\+)\s*(?=\S)/u],
];

/** Joins a paragraph's manually broken lines, then reads each paragraph's label. */
export function bodyLines(lines: readonly Line[]): BodyLine[] {
  const paragraphs: Line[][] = [];
  for (const line of lines) {
    if (line.first || paragraphs.length === 0) paragraphs.push([line]);
    else paragraphs[paragraphs.length - 1].push(line);
  }
  return paragraphs.map(toBodyLine);
}

function toBodyLine(lines: readonly Line[]): BodyLine {
  const original = lines.map((l) => l.text.replace(/\t+/g, ' ').trim()).join(' ');
  const runs = lines.flatMap((l, i) => (i === 0 ? l.runs : [{ text: ' ', bold: false, italic: false }, ...l.runs]));
  const whole = lines.every((l) => l.bold) || lines.every((l) => l.italic);
  for (const [kind, pattern] of LABELS) {
    const m = pattern.exec(original);
    if (!m || (kind === 'part' && m[1] === '')) continue;
    return { kind, label: m[1], text: stripLabel(markup(runs, whole), m[0]), original };
  }
  return { kind: 'paragraph', text: markup(runs, whole), original };
}

/** Removes the label from the start of the marked-up text (labels are never emphasised on their own). */
function stripLabel(text: string, label: string): string {
  const plain = label.trim();
  const at = text.indexOf(plain);
  return at >= 0 && at <= 4
    ? text.slice(0, at).replace(/[^*]/g, '') + text.slice(at + plain.length).replace(/^\s+/, '')
    : text;
}

/** Runs as inline markup; a line bold or italic throughout keeps no markup (that is its style). */
export function markup(runs: readonly TextRun[], whole: boolean): string {
  const groups: { mark: string; text: string }[] = [];
  for (const r of runs) {
    const mark = whole ? '' : r.bold ? '**' : r.italic ? '*' : '';
    const last = groups[groups.length - 1];
    if (last && (last.mark === mark || !r.text.trim())) last.text += r.text;
    else groups.push({ mark, text: r.text });
  }
  const text = groups.map((g) => (g.mark && g.text.trim() ? wrap(g.text, g.mark) : g.text)).join('');
  return text.replace(/\t+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Markers hug the words: "**Lưu ý:** " not "** Lưu ý: **". */
function wrap(text: string, mark: string): string {
  const m = /^(\s*)(.*?)(\s*)$/su.exec(text)!;
  return `${m[1]}${mark}${m[2]}${mark}${m[3]}`;
}
