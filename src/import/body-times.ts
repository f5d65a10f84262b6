/** Meeting times in the body: one slot inline, or a heading with one dash line per slot. */
import type { BodyLine } from './body-lines';
import { note, type ImportDraft } from './draft';
import { readSlot } from './times';

/** A time: one slot, a heading with one slot per dash line, or free text. */
export function readTime(value: string, lines: readonly BodyLine[], at: number, path: (string | number)[], draft: ImportDraft): { value: unknown; next: number } | undefined {
  if (value) {
    const slot = readSlot(value);
    if (slot?.wrongWeekday) draft.notes.push(wrongWeekday(path, slot.wrongWeekday));
    return { value: slot ? slot.slot : value, next: at + 1 };
  }
  let next = at + 1;
  const slots = [];
  while (next < lines.length && lines[next].kind === 'dash') {
    const slot = readSlot(lines[next].text, true);
    if (!slot) return undefined;
    if (slot.wrongWeekday) draft.notes.push(wrongWeekday([...path, slots.length], slot.wrongWeekday));
    slots.push(slot.slot);
    next += 1;
  }
  return slots.length ? { value: slots, next } : undefined;
}

const wrongWeekday = (path: (string | number)[], w: { written: string; actual: string }) =>
  note(path, `Văn bản gốc ghi "${w.written}" nhưng ngày đó là ${w.actual}: giữ ngày, thứ được tính lại.`, `The document says "${w.written}" but that date is a ${w.actual}: the date is kept and the weekday derived again.`);
