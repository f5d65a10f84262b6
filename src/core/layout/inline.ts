/** Inline `**bold**` and `*italic*` in any text, turned into runs (format.md, principle 4). */
import type { Run } from './model';

const MARKUP = /(\*\*([^*]+?)\*\*|\*([^*\s][^*]*?)\*)/g;

/** Splits text into styled runs; unmatched asterisks stay as typed. */
export function parseInline(text: string, base: Omit<Run, 'text'> = {}): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKUP)) {
    const at = match.index ?? 0;
    if (at > last) runs.push({ ...base, text: text.slice(last, at) });
    if (match[2] !== undefined) runs.push({ ...base, text: match[2], bold: true });
    else runs.push({ ...base, text: match[3], italic: true });
    last = at + match[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ ...base, text: text.slice(last) });
  return runs;
}

/** The text without markup (for titles, file names, search). */
export function plainText(text: string): string {
  return parseInline(text)
    .map((r) => r.text)
    .join('');
}
