/**
 * The layout cut into the units pages are made of, as the DOCX lays them out:
 * the lines above the header (kept with it), the header table (ô 1–4) with the
 * marks under it, the title, each body paragraph, the foot table (ô 7, 9b, 12),
 * kept whole, and each paragraph after it. Every part of the
 * page a renderer draws has its line in PARTS below: adding a kind of part is
 * adding a line there.
 */
import {
  type Block,
  type Layout,
  type Measures,
  type RoleStyle,
  dateLineWithBreak,
  footTopsPt,
  headerBlocksWithLines,
  introducesNext,
  ruleLengthPt,
  signatureBlocksWithLines,
  signatureStyles,
  titleBlocksWithLines,
} from '../../core/layout';
import type { UnitSize } from '../html';
import { blockBox, type BlockBox } from './block-box';
import { markBoxes } from './marks';
import type { Measure } from './measure';
import { type PageGeometry } from './page-geometry';
import { cellOf, drawStack, stackOf, type Stack } from './stack';

/** A unit: its size for pagination and how it draws (lines [from, to) of a paragraph that splits). */
export interface PdfUnit {
  readonly size: UnitSize;
  draw(doc: PDFKit.PDFDocument, x: number, y: number, from: number, to?: number): void;
  /** The foot's signature column, for the signature field (signature-field.ts). */
  readonly signature?: { readonly xPt: number; readonly widthPt: number; readonly stack: Stack };
}

export interface UnitContext {
  readonly measures: Measures;
  readonly geometry: PageGeometry;
  readonly measure: Measure;
}

type Part = (layout: Layout, context: UnitContext) => PdfUnit[];

/** The page's parts in reading order. */
const PARTS: readonly Part[] = [
  aboveHeaderUnits,
  (layout, c) => [headUnit(layout, c)],
  (layout, c) => [
    stackUnit(
      titleBlocksWithLines(layout.title, c.measures).map((b) => ruled(b, c, c.geometry.textPt)),
      true,
    ),
  ],
  (layout, c) =>
    layout.body.map((b, i) => bodyUnit(b, c, i === layout.body.length - 1 || introducesNext(b, layout.body[i + 1]))),
  (layout, c) => [footUnit(layout, c)],
  afterFootUnits,
];

/** Units in reading order. */
export function pageUnits(layout: Layout, context: UnitContext): PdfUnit[] {
  return PARTS.flatMap((part) => part(layout, context));
}

/** A block with its rule when its style has one (its length from the core, as the DOCX's: ruleLengthPt, geometry.ts). */
export function ruled(block: Block, c: UnitContext, columnPt: number, style?: RoleStyle): BlockBox {
  const s = style ?? c.measures.styles[block.role];
  return blockBox(
    block,
    s,
    columnPt,
    c.measure,
    s.ruleFraction ? { ruleLengthPt: ruleLengthPt(block, s, columnPt) } : {},
  );
}

function stackUnit(boxes: readonly BlockBox[], keepNext: boolean): PdfUnit {
  const stack = stackOf(boxes);
  const last = boxes[boxes.length - 1];
  return {
    size: { height: stack.heightPt, trailing: last?.trailingPt ?? 0, keepNext },
    draw: (doc, x, y) => drawStack(doc, stack, x, y),
  };
}

/** `nguyen_van_dau`: its lines as one unit kept with the header. */
function aboveHeaderUnits(layout: Layout, c: UnitContext): PdfUnit[] {
  const above = layout.aboveHeader;
  return above.length
    ? [
        stackUnit(
          above.map((b) => ruled(b, c, c.geometry.textPt)),
          true,
        ),
      ]
    : [];
}

/** `nguyen_van_cuoi`: each paragraph set and split as a body paragraph, after the foot. */
function afterFootUnits(layout: Layout, c: UnitContext): PdfUnit[] {
  const after = layout.afterFoot;
  return after.map((b, i) => bodyUnit(b, c, introducesNext(b, after[i + 1])));
}

/** A body paragraph: it may split between lines unless it keeps with the next. */
function bodyUnit(block: Block, c: UnitContext, keepNext: boolean): PdfUnit {
  const box = blockBox(block, c.measures.styles[block.role], c.geometry.textPt, c.measure);
  const size: UnitSize = { height: box.heightPt, trailing: box.trailingPt, keepNext };
  return {
    size: keepNext ? size : { ...size, lineBottoms: () => box.lineBottoms },
    draw: (doc, x, y, from, to) => box.draw(doc, x, y, from, to),
  };
}

/** Side-by-side stacks, each at its cell's place; as tall as the tallest. */
function columnsHeight(stacks: readonly Stack[]): number {
  return Math.max(0, ...stacks.map((s) => s.heightPt));
}

/** Ô 1–4: two rows of two cells, then the marks under the agency column (marks.ts). */
function headUnit(layout: Layout, c: UnitContext): PdfUnit {
  const [leftCol, rightCol] = c.geometry.header;
  const left = cellOf(0, leftCol);
  const right = cellOf(leftCol, rightCol);
  const column = (blocks: readonly Block[], width: number) => stackOf(blocks.map((b) => ruled(b, c, width)));
  const rows = [
    [
      column(headerBlocksWithLines(layout.header.left, c.measures, 0), left.widthPt),
      column(headerBlocksWithLines(layout.header.right, c.measures, 1), right.widthPt),
    ],
    [
      column([layout.header.numberLine], left.widthPt),
      column([dateLineWithBreak(layout.header.dateLine, c.measures)], right.widthPt),
    ],
  ];
  const marks = stackOf(markBoxes(layout.marks, c));
  const rowTops = [0, columnsHeight(rows[0])];
  const marksTop = rowTops[1] + columnsHeight(rows[1]);
  return {
    size: { height: marksTop + marks.heightPt, trailing: 0 },
    draw: (doc, x, y) => {
      rows.forEach(([l, r], i) => {
        drawStack(doc, l, x + left.xPt, y + rowTops[i]);
        drawStack(doc, r, x + right.xPt, y + rowTops[i]);
      });
      drawStack(doc, marks, x, y + marksTop);
    },
  };
}

/** Ô 9b and 12 at left, ô 7 at right, each column's first line lowered by footTopsPt. */
function footUnit(layout: Layout, c: UnitContext): PdfUnit {
  const tops = footTopsPt(c.measures);
  const [leftCol, rightCol] = c.geometry.foot;
  const cells = [cellOf(0, leftCol), cellOf(leftCol, rightCol)];
  const column = (blocks: readonly Block[], topPt: number, width: number, styles: readonly RoleStyle[]) =>
    stackOf(
      blocks.map((b, i) => blockBox(b, i === 0 ? { ...styles[i], spaceBeforePt: topPt } : styles[i], width, c.measure)),
    );
  const leftBlocks = [...layout.recipients, ...(layout.drafter ? [layout.drafter] : [])];
  const signature = signatureBlocksWithLines(layout.signature, c.measures);
  const stacks = [
    column(
      leftBlocks,
      tops.recipients,
      cells[0].widthPt,
      leftBlocks.map((b) => c.measures.styles[b.role]),
    ),
    column(signature, tops.signature, cells[1].widthPt, signatureStyles(signature, c.measures)),
  ];
  return {
    size: { height: columnsHeight(stacks), trailing: 0 },
    draw: (doc, x, y) => stacks.forEach((s, i) => drawStack(doc, s, x + cells[i].xPt, y)),
    signature: { ...cells[1], stack: stacks[1] },
  };
}
