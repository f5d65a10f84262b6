/**
 * The layout cut into the units pagination moves between sheets: the header
 * (with the marks), the title, each body paragraph, and the foot (nơi nhận and
 * signature, kept together). The contact block (ô 13) is not a unit: it sits at
 * the foot of page 1.
 */
import type { Block, Layout } from '../../core/layout/model';
import { FOOT_LEFT_FRACTION, HEADER_LEFT_FRACTION, type Measures } from '../../core/measures';
import { renderBlock } from './blocks';

export type UnitKind = 'head' | 'title' | 'body' | 'foot';

/** One movable piece of the page. `columns` feed the Node-side height estimate. */
export interface PageUnit {
  readonly kind: UnitKind;
  readonly html: string;
  /** Stacks of blocks laid side by side, each with its share of the text width; the unit is as tall as the tallest. */
  readonly columns: readonly { readonly fraction: number; readonly blocks: readonly Block[] }[];
}

/** Units in reading order. */
export function pageUnits(layout: Layout, m: Measures): PageUnit[] {
  const blocks = (list: readonly Block[]) => list.map((b) => renderBlock(b, m.styles[b.role].ruleFraction > 0)).join('');
  return [headUnit(layout, blocks), titleUnit(layout, blocks), ...layout.body.map((b) => unit('body', blocks([b]), [{ fraction: 1, blocks: [b] }])), footUnit(layout, blocks)];
}

const unit = (kind: UnitKind, inner: string, columns: PageUnit['columns']): PageUnit => ({ kind, html: `<div class="gm-unit gm-u-${kind}">${inner}</div>`, columns });

type Blocks = (list: readonly Block[]) => string;

/** Ô 1–4 as a 2×2 grid (agency | Quốc hiệu – Tiêu ngữ, then Số | place and date on one row), marks below the left column. */
function headUnit(layout: Layout, blocks: Blocks): PageUnit {
  const { left, right, numberLine, dateLine } = layout.header;
  const grid = `<div class="gm-head"><div class="gm-cell gm-left">${blocks(left)}</div><div class="gm-cell gm-right">${blocks(right)}</div>`
    + `<div class="gm-cell gm-left">${blocks([numberLine])}</div><div class="gm-cell gm-right">${blocks([dateLine])}</div></div>`;
  const marks = layout.marks.length ? `<div class="gm-marks">${blocks(layout.marks)}</div>` : '';
  return unit('head', grid + marks, [
    { fraction: HEADER_LEFT_FRACTION, blocks: [...left, numberLine, ...layout.marks] },
    { fraction: 1 - HEADER_LEFT_FRACTION, blocks: [...right, dateLine] },
  ]);
}

function titleUnit(layout: Layout, blocks: Blocks): PageUnit {
  return unit('title', blocks(layout.title), [{ fraction: 1, blocks: layout.title }]);
}

/** Ô 9b and 12 at left, ô 7 at right, top-aligned. */
function footUnit(layout: Layout, blocks: Blocks): PageUnit {
  const left = [...layout.recipients, ...(layout.drafter ? [layout.drafter] : [])];
  const html = `<div class="gm-foot"><div class="gm-cell gm-left">${blocks(left)}</div><div class="gm-cell gm-right">${blocks(layout.signature)}</div></div>`;
  return unit('foot', html, [{ fraction: FOOT_LEFT_FRACTION, blocks: left }, { fraction: 1 - FOOT_LEFT_FRACTION, blocks: layout.signature }]);
}

/** The address block for the foot of page 1, or '' when there is none. */
export function contactHtml(layout: Layout, m: Measures): string {
  if (!layout.contact.length) return '';
  return `<div class="gm-contact">${layout.contact.map((b) => renderBlock(b, m.styles[b.role].ruleFraction > 0)).join('')}</div>`;
}
