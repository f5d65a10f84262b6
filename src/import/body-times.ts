/** Meeting times in the body: one slot inline, or a heading with one dash line per slot. */
import type { BodyLine } from './body-lines';
import { note, type ImportDraft } from './draft';
import { readSlot, startInProse } from './times';
import { say } from '../core/messages';

/** A time: one slot, a heading with one slot per dash line, or free text. */
export function readTime(
  value: string,
  lines: readonly BodyLine[],
  at: number,
  path: (string | number)[],
  draft: ImportDraft,
): { value: unknown; next: number } | undefined {
  if (value) {
    const slot = readSlot(value);
    if (slot?.wrongWeekday) draft.notes.push(wrongWeekday(path, slot.wrongWeekday));
    if (!slot) noteTimeInProse(value, path, draft);
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
  note(path, say('import.note.wrongWeekday', { written: w.written, actual: w.actual }));

/** A time the export would print otherwise stays as written; the user is told the slot it reads as. */
function noteTimeInProse(text: string, path: (string | number)[], draft: ImportDraft): void {
  const slot = startInProse(text);
  if (!slot) return;
  const fields = [`bat_dau: "${slot.bat_dau}"`, ...(slot.ket_thuc ? [`ket_thuc: "${slot.ket_thuc}"`] : [])];
  draft.notes.push(note(path, say('import.note.timeInProse', { slot: `{ ${fields.join(', ')} }` })));
}
