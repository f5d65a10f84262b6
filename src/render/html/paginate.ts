/**
 * Where pages break: units are stacked on a sheet until the next would
 * overflow the printable height. A body paragraph that straddles the break is
 * split between lines, as LibreOffice splits the DOCX: at least two lines stay
 * on each side (its widow and orphan control); kept units (titles, headings, the closing line) and the foot move
 * whole. Pure: the webview feeds measured heights, the CLI estimated ones.
 */

export interface UnitSize {
  /** Height including its spacing. */
  readonly height: number;
  /** Space after the unit's last line, which may hang below the page's last line (as in Word and LibreOffice). */
  readonly trailing: number;
  /** Keep on the same page as the start of the next unit (a title, a heading, the closing line before the foot). */
  readonly keepNext?: boolean;
  /** For a paragraph that may split: the bottom of each line, from the unit's top (asked for only when needed). */
  readonly lineBottoms?: () => readonly number[];
}

/** A unit, or the part of it from line `fromLine`, on page `page` (0-based). */
export interface Piece {
  readonly unit: number;
  readonly page: number;
  readonly fromLine: number;
}

/** Lays units on pages; `firstPage` is smaller than `otherPages` when page 1's footer reaches into the text area. */
export function paginate(units: readonly UnitSize[], firstPage: number, otherPages: number): Piece[] {
  return paginateFrom((i) => units[i], firstPage, otherPages).pieces;
}

/** Where a pass starts, and when it may stop early. */
export interface Resume {
  /** The first unit laid out; it starts page `page` at its top (every unit before it stays where it is). */
  readonly unit: number;
  readonly page: number;
  /**
   * Asked at each new page: unit `unit` starts page `page` from its line
   * `fromLine`, after `pieces`. True ends the pass there (the caller knows
   * that from this state on everything is laid out as before).
   */
  readonly stopAt?: (unit: number, page: number, fromLine: number, pieces: readonly Piece[]) => boolean;
}

/**
 * The pagination pass, resumable: units come from `sizeOf` (undefined past the
 * last), asked for in order and only as far as the pass goes, so a caller can
 * measure lazily and stop where the old page breaks come back.
 */
export function paginateFrom(
  sizeOf: (unit: number) => UnitSize | undefined,
  firstPage: number,
  otherPages: number,
  resume: Resume = { unit: 0, page: 0 },
): { pieces: Piece[]; stoppedAt?: { unit: number; page: number; fromLine: number } } {
  const sizes = lazySizes(sizeOf);
  const pieces: Piece[] = [];
  const at = { page: resume.page, used: 0 };
  for (let unit = resume.unit; sizes(unit); unit += 1) {
    const size = sizes(unit)!;
    let fromLine = 0;
    let offset = 0;
    for (;;) {
      const room = (at.page === 0 ? firstPage : otherPages) - at.used + 0.5;
      const rest = offset === 0 ? needed(sizes, unit, otherPages) : size.height - offset - size.trailing;
      if (rest <= room) break;
      const cut = offset === 0 && size.keepNext ? undefined : lastFittingLine(size, fromLine, offset, room);
      if (cut === undefined && at.used === 0) break;
      if (cut !== undefined) {
        pieces.push({ unit, page: at.page, fromLine });
        offset = size.lineBottoms!()[cut];
        fromLine = cut + 1;
      }
      at.page += 1;
      at.used = 0;
      if (resume.stopAt?.(unit, at.page, fromLine, pieces))
        return { pieces, stoppedAt: { unit, page: at.page, fromLine } };
    }
    pieces.push({ unit, page: at.page, fromLine });
    at.used += size.height - offset;
  }
  return { pieces };
}

type Sizes = (unit: number) => UnitSize | undefined;

/** Each unit's size asked for once, with its line bottoms measured at most once. */
function lazySizes(sizeOf: Sizes): Sizes {
  const known: (UnitSize | undefined)[] = [];
  return (i) => (i in known ? known[i] : (known[i] = withLinesOnce(sizeOf(i))));
}

/**
 * The unit with its line bottoms asked for at most once: a paragraph spread
 * over many pages is consulted on each of them, and measuring its lines is
 * linear in its text (so pagination stays linear too).
 */
function withLinesOnce(size: UnitSize | undefined): UnitSize | undefined {
  const measure = size?.lineBottoms;
  if (!size || !measure) return size;
  let bottoms: readonly number[] | undefined;
  return { ...size, lineBottoms: () => (bottoms ??= measure()) };
}

/** Lines a split leaves at the foot of a page and at the head of the next (orphans and widows), as LibreOffice lays out the DOCX. */
export const MIN_SPLIT_LINES = 2;

/** The last line (index) of a splittable unit that still fits in `room`, with enough lines on both sides of the cut. */
function lastFittingLine(size: UnitSize, fromLine: number, offset: number, room: number): number | undefined {
  if (!size.lineBottoms) return undefined;
  const bottoms = size.lineBottoms();
  let cut: number | undefined;
  for (
    let j = fromLine + MIN_SPLIT_LINES - 1;
    j < bottoms.length - MIN_SPLIT_LINES && bottoms[j] - offset <= room;
    j += 1
  )
    cut = j;
  return cut;
}

/**
 * Room unit `i` needs on the current page: itself, or with keep-with-next the
 * whole chain up to the opening lines of the unit that ends it. A chain taller
 * than a page is not kept (as Word and LibreOffice give up on it).
 */
function needed(sizes: Sizes, i: number, pageHeight: number): number {
  const size = sizes(i)!;
  const own = size.height - size.trailing;
  if (!size.keepNext) return own;
  let total = 0;
  let j = i;
  for (; sizes(j)?.keepNext; j += 1) total += sizes(j)!.height;
  const next = sizes(j);
  if (next) total += opening(next);
  return total > pageHeight ? own : total;
}

/** What of a unit must share a page with the unit kept before it: its first lines if it may split, else all of it. */
function opening(size: UnitSize): number {
  const bottoms = size.lineBottoms?.();
  return bottoms && bottoms.length >= 2 * MIN_SPLIT_LINES ? bottoms[MIN_SPLIT_LINES - 1] : size.height - size.trailing;
}

/** Number of sheets the pieces need. */
export function pageCount(pieces: readonly Piece[]): number {
  return pieces.length ? pieces[pieces.length - 1].page + 1 : 1;
}
