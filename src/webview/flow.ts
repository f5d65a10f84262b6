/**
 * The preview's sheets, kept from one update to the next. An edit replaces
 * only the units it changed, and pagination runs again only from the page
 * where the change can first show (the changed unit's page, or an earlier one
 * when units kept with it or a split paragraph start there) up to the first
 * page that starts as before: the same unchanged unit, from the same line,
 * with only unchanged units after it. From there on every page would be laid
 * out as it was, so those sheets stay and are only renumbered. A unit is
 * measured where it stands (every sheet has the same text width), a paragraph
 * split between pages from its pieces, so nothing moves before the page
 * breaks are known.
 */
import { paginateFrom, type Piece } from '../render/html/paginate';
import { type Flow, measureFlow, placeParts } from './flow-parts';
import { contentOf, fillSheet, newSheet, numberSheet, setContact } from './sheets';
import { diffUnits, retarget, type UnitChange } from './unit-diff';
import { Pass } from './flow-pass';

export class SheetFlow {
  private units: readonly string[] = [];
  private contact = '';
  private flows: Flow[] = [];
  private sheets: HTMLElement[] = [];

  constructor(private readonly root: HTMLElement) {}

  get pages(): number {
    return this.sheets.length;
  }

  /** Forgets what is laid out (new page CSS, fonts loaded): the next update lays every unit out again. */
  reset(): void {
    this.units = [];
    this.contact = '';
    this.flows = [];
    this.sheets = [];
    this.root.replaceChildren();
  }

  /** Shows `units` and page 1's `contact`; returns whether any sheet was laid out again (not for source lines alone). */
  update(units: readonly string[], contact: string): boolean {
    if (!this.sheets.length) this.root.appendChild((this.sheets = [newSheet(1)])[0]);
    const change = diffUnits(this.units, units);
    const contactChanged = contact !== this.contact;
    if (contactChanged) setContact(this.sheets[0], (this.contact = contact));
    this.retargetUnchanged(units, change);
    const nothing = change.start === change.oldEnd && change.start === change.newEnd;
    // A new contact block changes only page 1's room: pagination runs again from page 1, no unit is replaced.
    if (!nothing || contactChanged) this.relayout(units, change, contactChanged);
    this.units = units;
    return !nothing || contactChanged;
  }

  /** Units outside the change whose source position moved (a line added above them) get their new attributes. */
  private retargetUnchanged(units: readonly string[], change: UnitChange): void {
    const was = (u: number) => (u < change.start ? u : u - (change.newEnd - change.oldEnd));
    const moved = units.flatMap((html, u) =>
      (u < change.start || u >= change.newEnd) && this.units[was(u)] !== html ? [u] : [],
    );
    if (!moved.length) return;
    const partsOf = new Map<number, HTMLElement[]>();
    for (const flow of this.flows) partsOf.set(flow.source, [...(partsOf.get(flow.source) ?? []), ...flow.parts]);
    for (const u of moved) retarget(partsOf.get(was(u)) ?? [], units[u]);
  }

  /** Replaces the changed units and paginates from the first page they can reach until the old page breaks come back. */
  private relayout(units: readonly string[], change: UnitChange, fromFirstPage: boolean): void {
    const old = this.flows;
    const starts = pageStarts(old);
    const page = fromFirstPage ? 0 : restartPage(old, starts, change.start);
    const first = page === 0 ? 0 : starts[page].flow;
    const pass = new Pass(old, units, change, contentOf(this.sheets[this.sheets.length - 1]));
    pass.keep(first);
    const { firstPage, otherPages, scale } = this.room();
    const sizeOf = (i: number) => {
      const flow = pass.flowAt(i);
      return flow && measureFlow(flow, scale);
    };
    const stopAt = (i: number, p: number, fromLine: number, pieces: readonly Piece[]) =>
      pass.convergesAt(i, p, fromLine, pieces, starts);
    const { pieces, stoppedAt } = paginateFrom(sizeOf, firstPage, otherPages, { unit: first, page, stopAt });
    // Up to where the pass stopped (that flow too: its pieces before the stop are new, the rest as they were).
    const laid = pass.settle(stoppedAt ? stoppedAt.unit + 1 : undefined);
    const resumed = stoppedAt ? pass.oldIndex(stoppedAt.unit)! : old.length;
    const to = stoppedAt ? stoppedAt.page : pieces.length ? pieces[pieces.length - 1].page + 1 : page + 1;
    const oldTo = stoppedAt
      ? old[resumed].places.find((p) => p.fromLine === stoppedAt.fromLine)!.page
      : this.sheets.length;
    // The flow the pass stopped in keeps its places from the stop on, moved to the new pages.
    const kept = stoppedAt
      ? old[resumed].places
          .filter((p) => p.fromLine >= stoppedAt.fromLine)
          .map((p) => ({ ...p, page: p.page + to - oldTo }))
      : [];
    placeParts(laid.slice(first), pieces, first, kept);
    this.flows = [...laid, ...shift(old.slice(resumed + 1), to - oldTo, units.length - this.units.length)];
    this.arrange(page, to, oldTo, laid.slice(first));
  }

  /** Page 1's text height (less what its footer takes), the other pages', and the zoom (heights are read on screen). */
  private room(): { firstPage: number; otherPages: number; scale: number } {
    const content = contentOf(this.sheets[0]);
    const box = content.getBoundingClientRect();
    const contact = this.sheets[0].querySelector<HTMLElement>(':scope > .gm-contact');
    const overlap = contact ? Math.max(0, box.bottom - contact.getBoundingClientRect().top) : 0;
    return {
      firstPage: box.height - overlap,
      otherPages: box.height,
      scale: content.offsetHeight > 0 ? box.height / content.offsetHeight : 1,
    };
  }

  /**
   * Pages [from, to) get the laid flows' parts there; the sheets that held old
   * pages [from, oldTo) are reused, added to or removed; the sheets after keep
   * their content, and every sheet from `from` on is renumbered.
   */
  private arrange(from: number, to: number, oldTo: number, laid: readonly Flow[]): void {
    const region = this.sheets.slice(from, oldTo);
    const after = this.sheets.slice(oldTo);
    while (region.length < to - from) region.push(newSheet(from + region.length + 1));
    region.splice(to - from).forEach((s) => s.remove());
    const byPage: HTMLElement[][] = region.map(() => []);
    for (const flow of laid)
      flow.parts.forEach((part, k) => {
        if (flow.places[k].page < to) byPage[flow.places[k].page - from].push(part);
      });
    region.forEach((sheet, k) => fillSheet(sheet, byPage[k]));
    const next = after[0] ?? null;
    region.forEach((sheet) => {
      if (!sheet.isConnected) this.root.insertBefore(sheet, next);
    });
    this.sheets = [...this.sheets.slice(0, from), ...region, ...after];
    this.sheets.slice(from).forEach((sheet, k) => numberSheet(sheet, from + k + 1));
  }
}

/** Per page, its first part: which flow, from which line. */
function pageStarts(flows: readonly Flow[]): { flow: number; fromLine: number }[] {
  const starts: { flow: number; fromLine: number }[] = [];
  flows.forEach((flow, i) =>
    flow.places.forEach(({ page, fromLine }) => {
      starts[page] ??= { flow: i, fromLine };
    }),
  );
  return starts;
}

/**
 * The page the pass starts on: the one holding the first changed unit's first
 * part (or the first part of the units kept with it just before), moved back
 * until a page starts with a unit at its top. A page that starts with a later
 * piece of a long paragraph cut in steps will not do: the pass takes each
 * unit's flows together.
 */
function restartPage(
  flows: readonly Flow[],
  starts: readonly { flow: number; fromLine: number }[],
  changed: number,
): number {
  let f = flows.findIndex((flow) => flow.source >= changed);
  if (f < 0) f = flows.length;
  while (f > 0 && flows[f - 1].element.hasAttribute('data-keep-next')) f -= 1;
  let page = f < flows.length ? flows[f].places[0].page : Math.max(0, starts.length - 1);
  const startsUnit = ({ flow, fromLine }: { flow: number; fromLine: number }) =>
    fromLine === 0 && (flow === 0 || flows[flow - 1].source !== flows[flow].source);
  while (page > 0 && !startsUnit(starts[page])) page -= 1;
  return page;
}

/** Flows the pass did not reach: pages and unit indices moved by what the edit added or removed. */
function shift(flows: readonly Flow[], pages: number, units: number): Flow[] {
  for (const flow of flows) {
    flow.source += units;
    if (pages) flow.places = flow.places.map((p) => ({ ...p, page: p.page + pages }));
  }
  return flows.slice();
}
