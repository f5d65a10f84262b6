/**
 * The body (ô 6): justified, first-line indent, spacing from measures.ts
 * (PL I-P.I-M.II-k.6); and the text printed as written above the header and after the foot. Numbers are plain text from the layout, never Word
 * numbering, so they print exactly as derived.
 */
import type { Paragraph } from 'docx';
import { type Block, type Measures, introducesNext } from '../../core/layout';
import { blockParagraph } from './paragraphs';

/** Body paragraphs; a heading stays with its first line, the last block with the foot. */
export function bodyParagraphs(blocks: readonly Block[], measures: Measures): Paragraph[] {
  return blocks.map((block, i) =>
    blockParagraph(block, measures.styles[block.role], {
      keepNext: i === blocks.length - 1 || introducesNext(block, blocks[i + 1]),
      keepLines: i === blocks.length - 1,
    }),
  );
}

/** `nguyen_van_dau`: lines as written, kept on the header's page. */
export function aboveHeaderParagraphs(blocks: readonly Block[], measures: Measures): Paragraph[] {
  return blocks.map((block) => blockParagraph(block, measures.styles[block.role], { keepNext: true }));
}

/** `nguyen_van_cuoi`: paragraphs as written after the foot's table, set as the body; a line ending in ":" stays with the next. */
export function afterFootParagraphs(blocks: readonly Block[], measures: Measures): Paragraph[] {
  return blocks.map((block, i) =>
    blockParagraph(block, measures.styles[block.role], { keepNext: introducesNext(block, blocks[i + 1]) }),
  );
}
