/** The layout as plain lines in reading order: for tests, search and a text preview. */
import { blockText, type Block, type Layout } from './model';

export function layoutLines(layout: Layout): string[] {
  const text = (blocks: readonly Block[]) => blocks.map(blockText);
  return [
    ...text(layout.header.left),
    ...text(layout.header.right),
    blockText(layout.header.numberLine),
    blockText(layout.header.dateLine),
    ...text(layout.marks),
    ...text(layout.title),
    ...text(layout.body),
    ...text(layout.recipients),
    ...text(layout.signature),
    ...(layout.drafter ? [blockText(layout.drafter)] : []),
    ...text(layout.contact),
  ];
}

/** Every block of the layout, in reading order. */
export function allBlocks(layout: Layout): Block[] {
  return [
    ...layout.header.left,
    ...layout.header.right,
    layout.header.numberLine,
    layout.header.dateLine,
    ...layout.marks,
    ...layout.title,
    ...layout.body,
    ...layout.recipients,
    ...layout.signature,
    ...(layout.drafter ? [layout.drafter] : []),
    ...layout.contact,
  ];
}
