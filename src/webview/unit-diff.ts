/**
 * What an update changed, unit by unit: the first and last units that differ
 * (everything before and after is the same), where a unit whose only change
 * is its source position (a line added above it) counts as the same: its
 * position attributes are rewritten in place, so it is not laid out again.
 */

/** Units [start, oldEnd) of the old list were replaced by units [start, newEnd) of the new one. */
export interface UnitChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

const SOURCE_ATTRS = ['data-line', 'data-line-end', 'data-range'] as const;
const SOURCE_ATTR_TEXT = / data-line="[^"]*" data-line-end="[^"]*" data-range="[^"]*"/g;

/** Same HTML but perhaps for the source position attributes (compared in full only when the texts differ). */
export function sameBesidesSource(a: string, b: string): boolean {
  return (
    a === b ||
    (a.length - b.length < 64 &&
      b.length - a.length < 64 &&
      a.replace(SOURCE_ATTR_TEXT, '') === b.replace(SOURCE_ATTR_TEXT, ''))
  );
}

/** The changed run of units between two lists (empty when nothing changed: start === oldEnd === newEnd === length). */
export function diffUnits(old: readonly string[], next: readonly string[]): UnitChange {
  const common = Math.min(old.length, next.length);
  let start = 0;
  while (start < common && sameBesidesSource(old[start], next[start])) start += 1;
  let same = 0;
  while (same < common - start && sameBesidesSource(old[old.length - 1 - same], next[next.length - 1 - same]))
    same += 1;
  return { start, oldEnd: old.length - same, newEnd: next.length - same };
}

/**
 * Copies the source position attributes of the unit `html` onto the elements
 * that show it (the unit, or its pieces on several sheets: each piece holds
 * copies of the unit's blocks, in order).
 */
export function retarget(parts: readonly HTMLElement[], html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  const fresh = Array.from(template.content.querySelectorAll('[data-line]'));
  for (const part of parts) {
    part.querySelectorAll('[data-line]').forEach((element, i) => {
      const from = fresh[i];
      if (from) SOURCE_ATTRS.forEach((name) => element.setAttribute(name, from.getAttribute(name) ?? ''));
    });
  }
}
