/**
 * One pagination pass's list of flows, made as pagination asks for them: the
 * old flows kept up to the restart, the changed units' new elements (put in
 * place before the pass starts), and the unchanged units' flows reused where
 * they stand.
 */
import type { Piece } from '../render/html/paginate';
import type { Flow } from './flow-parts';
import { cutLongParagraph } from './long-paragraphs';
import type { UnitChange } from './unit-diff';
import { chunkFlowingText } from './unit-parts';

export class Pass {
  readonly flows: Flow[] = [];
  /** Each reused flow's old index, and the index its unit has now. */
  private readonly reused = new Map<Flow, { index: number; source: number }>();
  private readonly oldBySource: number[] = [];
  private readonly replacement: Flow[];
  private replaced = false;
  private source = 0;

  constructor(
    private readonly old: readonly Flow[],
    private readonly units: readonly string[],
    private readonly change: UnitChange,
    lastContent: HTMLElement,
  ) {
    old.forEach((flow, i) => {
      this.oldBySource[flow.source] ??= i;
    });
    this.replacement = this.replaceChanged(lastContent);
  }

  /** Keeps old flows [0, count) as they are (all before the change); the pass goes on from there. */
  keep(count: number): void {
    this.old.slice(0, count).forEach((flow, index) => this.reuse(flow, index, flow.source));
    this.source = count < this.old.length ? this.old[count].source : this.change.start;
  }

  /** Flow `i`, made when first asked for; undefined past the last. */
  flowAt(i: number): Flow | undefined {
    while (this.flows.length <= i && (this.source < this.units.length || !this.replaced)) this.next();
    return this.flows[i];
  }

  /** The old index of the reused flow at `i`. */
  oldIndex(i: number): number | undefined {
    return this.reused.get(this.flows[i])?.index;
  }

  /**
   * True when flow `i` starts page `page` from line `fromLine` as it started
   * an old page: an unchanged unit's flow, cut before this page at the same
   * lines as before, first on that old page from that line, with only
   * unchanged flows after it. Pagination would go on exactly as before.
   */
  convergesAt(
    i: number,
    page: number,
    fromLine: number,
    pieces: readonly Piece[],
    starts: readonly { flow: number; fromLine: number }[],
  ): boolean {
    const was = this.reused.get(this.flows[i]);
    if (!was || was.source < this.change.newEnd || page === 0) return false;
    const places = this.old[was.index].places;
    const k = places.findIndex((p) => p.fromLine === fromLine);
    const oldPage = places[k]?.page ?? 0;
    if (oldPage === 0 || starts[oldPage]?.flow !== was.index || starts[oldPage].fromLine !== fromLine) return false;
    let n = 0;
    for (let j = pieces.length - 1; j >= 0 && pieces[j].unit === i; j -= 1) n += 1;
    const before = pieces.slice(pieces.length - n);
    if (n !== k || before.some((p, j) => p.fromLine !== places[j].fromLine)) return false;
    return this.flows.slice(i).every((f, j) => this.reused.get(f)?.index === was.index + j);
  }

  /** The flows before `end` (all when undefined), each reused one given its unit's new index. */
  settle(end?: number): Flow[] {
    const flows = this.flows.slice(0, end);
    for (const flow of flows) flow.source = this.reused.get(flow)?.source ?? flow.source;
    return flows;
  }

  private reuse(flow: Flow, index: number, source: number): void {
    this.flows.push(flow);
    this.reused.set(flow, { index, source });
  }

  /** Adds the flows of the next unit (the changed units' all at once). */
  private next(): void {
    const { start, oldEnd, newEnd } = this.change;
    if (!this.replaced && this.source >= start) {
      this.flows.push(...this.replacement);
      this.replaced = true;
      this.source = newEnd;
      return;
    }
    const u = this.source++;
    const was = u < start ? u : u - (newEnd - oldEnd);
    for (let i = this.oldBySource[was]; i < this.old.length && this.old[i].source === was; i += 1)
      this.reuse(this.old[i], i, u);
  }

  /** The changed units' new elements, put where the first replaced (or following) unit stood; the replaced ones removed. */
  private replaceChanged(lastContent: HTMLElement): Flow[] {
    const { start, oldEnd, newEnd } = this.change;
    const replaced = this.old.filter((flow) => flow.source >= start && flow.source < oldEnd);
    const anchor = replaced[0]?.parts[0] ?? this.old.find((flow) => flow.source >= oldEnd)?.parts[0];
    const made =
      newEnd > start
        ? this.make(start, newEnd, (element) => (anchor ? anchor.before(element) : lastContent.appendChild(element)))
        : [];
    replaced.forEach((flow) => flow.parts.forEach((part) => part.remove()));
    return made;
  }

  /** Elements for units [from, to) from their HTML, placed by `put`, then long paragraphs cut in steps. */
  private make(from: number, to: number, put: (element: HTMLElement) => void): Flow[] {
    const template = document.createElement('template');
    template.innerHTML = this.units.slice(from, to).join('');
    const elements = Array.from(template.content.children) as HTMLElement[];
    elements.forEach((element) => {
      chunkFlowingText(element);
      put(element);
    });
    return elements.flatMap((element, k) =>
      cutLongParagraph(element).map((piece) => ({ source: from + k, element: piece, parts: [piece], places: [] })),
    );
  }
}
