/**
 * Where a page must not break, decided once for both renderers: a line that
 * introduces what follows (a part or section title, a line ending in ":") stays with it.
 */
import { blockText, type Block } from './model';

/** True when `block` introduces `next` and a page break between them would orphan it. */
export function introducesNext(block: Block, next: Block | undefined): boolean {
  if (!next) return false;
  return (
    blockText(block).trimEnd().endsWith(':') || block.role === 'part' || (block.role === 'section' && !isHeading(next))
  );
}

const isHeading = (block: Block): boolean => block.role === 'section' || block.role === 'part';
