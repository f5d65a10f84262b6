/** Borderless two-column tables: the header and the foot are laid out in them (Mẫu 1.7). */
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { CELL_PADDING_PT, ptToTwip } from '../../core/layout';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/** Every edge and inner line of a table turned off. */
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;

/** Left and right content of one row. */
export type TwoCells = readonly [readonly Paragraph[], readonly Paragraph[]];

export interface TwoColumnOptions {
  /** Column widths in points. */
  readonly widthsPt: readonly [number, number];
  /** Keep each row whole on one page. */
  readonly cantSplit?: boolean;
}

/** A fixed-width, borderless table of two columns, content at the top of each cell. */
export function twoColumnTable(rows: readonly TwoCells[], options: TwoColumnOptions): Table {
  const widths = options.widthsPt.map(ptToTwip);
  const padding = ptToTwip(CELL_PADDING_PT);
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: padding, right: padding, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: options.cantSplit || undefined,
          children: cells.map(
            (children, i) =>
              new TableCell({
                children: children.length ? [...children] : [new Paragraph({})],
                width: { size: widths[i], type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
              }),
          ),
        }),
    ),
  });
}
