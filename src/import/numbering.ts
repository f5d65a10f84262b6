/**
 * List labels from numbering.xml: Word keeps "1.", "a)" or "-" out of the
 * paragraph's text, as a level format ("%1.%2.") and a counter per list.
 */
import { romanNumeral } from '../core/layout';
import { readXml } from './xml-reader';
import type { Block, Paragraph } from './docx-model';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Numbering {
  /** numId → abstractNumId */
  readonly nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  /** abstractNumId → levels */
  readonly abstracts: Map<string, Map<number, Level>>;
}

export function readNumbering(xml: string | undefined): Numbering {
  const numbering: Numbering = { nums: new Map(), abstracts: new Map() };
  if (!xml) return numbering;
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let num: { abstract: string; starts: Map<number, number> } | undefined;
  let overrideLevel = 0;
  const open = (name: string, a: Record<string, string>) => {
    switch (name) {
      case 'w:abstractNum':
        abstract = new Map();
        numbering.abstracts.set(a['w:abstractNumId'], abstract);
        break;
      case 'w:lvl':
        level = { start: 1, format: 'decimal', text: '' };
        if (abstract && !num) abstract.set(Number(a['w:ilvl']) || 0, level);
        break;
      case 'w:start':
        if (level) level.start = Number(a['w:val']) || 0;
        break;
      case 'w:numFmt':
        if (level) level.format = a['w:val'] ?? 'decimal';
        break;
      case 'w:lvlText':
        if (level) level.text = a['w:val'] ?? '';
        break;
      case 'w:num':
        num = { abstract: '', starts: new Map() };
        numbering.nums.set(a['w:numId'], num);
        break;
      case 'w:abstractNumId':
        if (num) num.abstract = a['w:val'];
        break;
      case 'w:lvlOverride':
        overrideLevel = Number(a['w:ilvl']) || 0;
        break;
      case 'w:startOverride':
        num?.starts.set(overrideLevel, Number(a['w:val']) || 0);
        break;
    }
  };
  const close = (name: string) => {
    if (name === 'w:abstractNum') abstract = undefined;
    if (name === 'w:num') num = undefined;
    if (name === 'w:lvl') level = undefined;
  };
  try {
    readXml(xml, 'word/numbering.xml', { open, close });
  } catch {
    /* a broken numbering part only costs the labels */
  }
  return numbering;
}

/** Gives every numbered paragraph the label Word draws, counting in reading order. */
export function labelParagraphs(blocks: readonly Block[], numbering: Numbering): void {
  const counters = new Map<string, number[]>();
  for (const p of paragraphsOf(blocks)) {
    if (!p.numbering) continue;
    const num = numbering.nums.get(p.numbering.numId);
    const levels = num && numbering.abstracts.get(num.abstract);
    if (!num || !levels) continue;
    const key = num.abstract;
    const counts = counters.get(key) ?? [];
    const lvl = p.numbering.level;
    const level = levels.get(lvl);
    if (!level || level.format === 'none') continue;
    counts[lvl] = counts[lvl] === undefined ? (num.starts.get(lvl) ?? level.start) : counts[lvl] + 1;
    counts.length = lvl + 1;
    counters.set(key, counts);
    const label =
      level.format === 'bullet'
        ? bulletLabel(level.text)
        : level.text.replace(/%(\d)/g, (_, k: string) => formatCount(counts, levels, Number(k) - 1, num.starts));
    if (label.trim()) p.label = label.trim();
  }
}

function formatCount(counts: number[], levels: Map<number, Level>, index: number, starts: Map<number, number>): string {
  const level = levels.get(index);
  const value = counts[index] ?? starts.get(index) ?? level?.start ?? 1;
  return formatNumber(value, level?.format ?? 'decimal');
}

/** Word's number formats that invitations use; anything else prints as decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

const letters = (n: number) => String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

/** Word prints nothing for a Roman count below 1; the core's numeral starts at I. */
const roman = (n: number) => (n < 1 ? '' : romanNumeral(n));

/** Bullet symbols fonts draw in place of "-" (Symbol, Wingdings) read as a dash. */
function bulletLabel(text: string): string {
  if (text === '+') return '+';
  return '-';
}

function* paragraphsOf(blocks: readonly Block[]): Generator<Paragraph> {
  for (const block of blocks) {
    if (block.kind === 'paragraph') yield block;
    else for (const row of block.rows) for (const cell of row) yield* paragraphsOf(cell);
  }
}
