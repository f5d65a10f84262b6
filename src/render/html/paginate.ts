/**
 * Where pages break: units are stacked on a sheet until the next one would
 * overflow the printable height; the foot is one unit, so it is never split.
 * Pure: the webview feeds measured heights, the CLI estimated ones.
 */

export interface UnitSize {
  /** Height including its spacing. */
  readonly height: number;
  /** Space after the unit's last line, which may hang below the page's last line (as in Word and LibreOffice). */
  readonly trailing: number;
}

/** Page index (0-based) of each unit; `firstPage` is smaller than `otherPages` when page 1 carries the contact block. */
export function paginate(sizes: readonly UnitSize[], firstPage: number, otherPages: number): number[] {
  const pages: number[] = [];
  let page = 0;
  let used = 0;
  for (const size of sizes) {
    const capacity = page === 0 ? firstPage : otherPages;
    if (used > 0 && used + size.height - size.trailing > capacity + 0.5) {
      page += 1;
      used = 0;
    }
    pages.push(page);
    used += size.height;
  }
  return pages;
}

/** Number of sheets an assignment needs. */
export function pageCount(assignment: readonly number[]): number {
  return assignment.length ? assignment[assignment.length - 1] + 1 : 1;
}
