/**
 * The trích yếu's lines, decided once for both renderers when a word
 * processor's own wrapping would go wrong: its last line one word alone
 * ("… Xuân Mậu Tuất / 2018") or a break after the hyphen of a document number
 * ("68/2017/NĐ- / CP"). Then the title is broken as the header's names are, by
 * words, the lines as even as possible, within the safety margin so no
 * renderer wraps again (NĐ 30/2020, PL I-P.I-M.II-k.5-b). A trích yếu that
 * wraps well, or that the author broke into lines, is left as it is.
 */
import { textAreaWidthPt } from './geometry';
import { LINE_SAFETY_FRACTION, type Measures } from './measures';
import { blockText, type Block, type Run } from './model';
import { nameLines, type Font } from './name-lines';
import { textWidthPt } from './text-width';

/** The title blocks with the trích yếu's final line breaks. */
export function titleBlocksWithLines(blocks: readonly Block[], m: Measures): Block[] {
  return blocks.map((block) => (block.role === 'trich_yeu' ? trichYeuWithLines(block, m) : block));
}

/** The trích yếu broken evenly by words when its natural wrapping has a defect; else the very same block. */
export function trichYeuWithLines(block: Block, m: Measures): Block {
  const text = blockText(block);
  const style = m.styles[block.role];
  const font = { sizePt: style.sizePt, bold: style.bold };
  const widthPt = textAreaWidthPt(m);
  if (text.includes('\n') || /\s{2}/.test(text) || !wrapsBadly(text, widthPt, font)) return block;
  const { lines, cutWord } = nameLines(text, widthPt * (1 - LINE_SAFETY_FRACTION), font, { places: false });
  if (cutWord || lines.join(' ') !== text) return block;
  return { ...block, runs: withBreaks(block.runs, breakOffsets(lines)) };
}

/**
 * Whether a word processor filling lines greedily would leave the last line
 * one word alone, or break after a hyphen inside a word: when a word does not
 * fit, LibreOffice breaks it after a hyphen if the part before fits.
 */
export function wrapsBadly(text: string, widthPt: number, font: Font): boolean {
  const width = (s: string) => textWidthPt(s, font.sizePt, font.bold);
  let line = '';
  let lines = 1;
  for (const word of text.split(' ')) {
    const joined = line ? `${line} ${word}` : word;
    if (!line || width(joined) <= widthPt) {
      line = joined;
      continue;
    }
    const hyphen = word.slice(0, -1).lastIndexOf('-');
    if (hyphen > 0 && width(`${line} ${word.slice(0, hyphen + 1)}`) <= widthPt) return true;
    [line, lines] = [word, lines + 1];
  }
  return lines > 1 && !line.includes(' ');
}

/** Offsets in the text, joined from `lines` by single spaces, of the spaces where a line ends. */
function breakOffsets(lines: readonly string[]): number[] {
  const offsets: number[] = [];
  let at = -1;
  for (const line of lines.slice(0, -1)) offsets.push((at += line.length + 1));
  return offsets;
}

/** The runs with the spaces at `offsets` (of the runs' joined text) turned into '\n'. */
function withBreaks(runs: readonly Run[], offsets: readonly number[]): Run[] {
  let start = 0;
  return runs.map((run) => {
    const text = run.text.replace(/ /g, (space, i: number) => (offsets.includes(start + i) ? '\n' : space));
    start += run.text.length;
    return { ...run, text };
  });
}
