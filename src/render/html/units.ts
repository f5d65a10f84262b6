/**
 * The layout cut into the units pagination moves between sheets: the lines
 * above the header, the header (with the marks), the title, each body
 * paragraph, the foot (nơi nhận and signature, kept together), and each
 * paragraph after it. The contact block (ô 13) is not a unit: it is page
 * 1's footer. Keep-with-next follows the DOCX export; the header's line breaks
 * come from the core (header-lines.ts), as the DOCX's do.
 */
import {
  type Block,
  type Layout,
  FOOT_LEFT_FRACTION,
  HEADER_LEFT_FRACTION,
  type Measures,
  dateLineWithBreak,
  headerBlocksWithLines,
  introducesNext,
  signatureBlocksWithLines,
  signatureStyles,
  titleBlocksWithLines,
} from '../../core/layout';
import { renderBlock } from './blocks';

export type UnitKind = 'head' | 'title' | 'body' | 'foot';

/** One movable piece of the page. `columns` feed the Node-side height estimate. */
export interface PageUnit {
  readonly kind: UnitKind;
  readonly html: string;
  /** Stays on the page where the next unit starts. */
  readonly keepNext: boolean;
  /** A body paragraph that may break across pages (not kept with the next unit). */
  readonly splittable?: Block;
  /** Stacks of blocks laid side by side, each with its share of the text width; the unit is as tall as the tallest. */
  readonly columns: readonly { readonly fraction: number; readonly blocks: readonly Block[] }[];
}

/** Units in reading order. */
export function pageUnits(layout: Layout, m: Measures): PageUnit[] {
  const blocks = (list: readonly Block[]) =>
    list.map((b) => renderBlock(b, m.styles[b.role].ruleFraction > 0)).join('');
  const body = layout.body.map((b, i) =>
    unit(
      'body',
      blocks([b]),
      [{ fraction: 1, blocks: [b] }],
      i === layout.body.length - 1 || introducesNext(b, layout.body[i + 1]),
    ),
  );
  const title = titleBlocksWithLines(layout.title, m);
  return [
    ...aboveHeaderUnits(layout, blocks),
    headUnit(layout, m, blocks),
    unit('title', blocks(title), [{ fraction: 1, blocks: title }], true),
    ...body,
    footUnit(layout, m, blocks),
    ...afterFootUnits(layout, blocks),
  ];
}

/** `nguyen_van_dau`: its lines as one unit that moves with the header. */
function aboveHeaderUnits(layout: Layout, blocks: Blocks): PageUnit[] {
  const above = layout.aboveHeader;
  return above.length ? [unit('head', blocks(above), [{ fraction: 1, blocks: above }], true)] : [];
}

/** `nguyen_van_cuoi`: each paragraph flows as a body paragraph does (a guest list may run over pages). */
function afterFootUnits(layout: Layout, blocks: Blocks): PageUnit[] {
  const after = layout.afterFoot;
  return after.map((b, i) =>
    unit('body', blocks([b]), [{ fraction: 1, blocks: [b] }], introducesNext(b, after[i + 1])),
  );
}

function unit(kind: UnitKind, inner: string, columns: PageUnit['columns'], keepNext = false): PageUnit {
  const splittable = kind === 'body' && !keepNext ? columns[0].blocks[0] : undefined;
  return { kind, keepNext, columns, ...(splittable ? { splittable } : {}), html: unitHtml(kind, inner, keepNext) };
}

/** The unit's wrapper around its blocks' HTML. */
export function unitHtml(kind: UnitKind, inner: string, keepNext = false): string {
  return `<div class="gm-unit gm-u-${kind}"${keepNext ? ' data-keep-next=""' : ''}>${inner}</div>`;
}

type Blocks = (list: readonly Block[]) => string;

/** Ô 1–4 as a 2×2 grid (agency | Quốc hiệu – Tiêu ngữ, then Số | place and date on one row), marks below the left column. */
function headUnit(layout: Layout, m: Measures, blocks: Blocks): PageUnit {
  const numberLine = layout.header.numberLine;
  const dateLine = dateLineWithBreak(layout.header.dateLine, m);
  const left = headerBlocksWithLines(layout.header.left, m, 0);
  const right = headerBlocksWithLines(layout.header.right, m, 1);
  const grid =
    `<div class="gm-head"><div class="gm-cell gm-left">${blocks(left)}</div><div class="gm-cell gm-right">${blocks(right)}</div>` +
    `<div class="gm-cell gm-left">${blocks([numberLine])}</div><div class="gm-cell gm-right">${blocks([dateLine])}</div></div>`;
  const marks = layout.marks.length ? `<div class="gm-marks">${blocks(layout.marks)}</div>` : '';
  return unit('head', grid + marks, [
    { fraction: HEADER_LEFT_FRACTION, blocks: [...left, numberLine, ...layout.marks] },
    { fraction: 1 - HEADER_LEFT_FRACTION, blocks: [...right, dateLine] },
  ]);
}

/** Ô 9b and 12 at left, ô 7 at right, top-aligned. */
function footUnit(layout: Layout, m: Measures, blocks: Blocks): PageUnit {
  const left = [...layout.recipients, ...(layout.drafter ? [layout.drafter] : [])];
  const html = `<div class="gm-foot"><div class="gm-cell gm-left">${blocks(left)}</div><div class="gm-cell gm-right">${signatureHtml(layout, m)}</div></div>`;
  // The placeholder takes its height out of the name's space before: the column is as tall as without it.
  const measured = layout.signature.filter((b) => b.role !== 'cho_ky');
  return unit('foot', html, [
    { fraction: FOOT_LEFT_FRACTION, blocks: left },
    { fraction: 1 - FOOT_LEFT_FRACTION, blocks: measured },
  ]);
}

/** The signature column: a name under a placeholder gets the space before that signatureStyles leaves it. */
function signatureHtml(layout: Layout, m: Measures): string {
  const signature = signatureBlocksWithLines(layout.signature, m);
  const styles = signatureStyles(signature, m);
  return signature
    .map((b, i) => {
      const own = styles[i].spaceBeforePt !== m.styles[b.role].spaceBeforePt ? styles[i].spaceBeforePt : undefined;
      return renderBlock(b, styles[i].ruleFraction > 0, '', own);
    })
    .join('');
}

/** The address block for page 1's footer, or '' when there is none. */
export function contactHtml(layout: Layout, m: Measures): string {
  if (!layout.contact.length) return '';
  return `<div class="gm-contact">${layout.contact.map((b) => renderBlock(b, m.styles[b.role].ruleFraction > 0)).join('')}</div>`;
}
