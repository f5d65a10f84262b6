/**
 * The numbered structure back to the format's levels (see README, "Mục"):
 * parts `phan` (I.), sections `muc` (1.), sub-items (1.1.), points `diem`
 * (a)), dash lines `gach_dau_dong` (-) with their plus lines `cong` (+), and
 * `{ doan }` entries for paragraphs between them, so the order is kept.
 */
import type { BodyLine } from './body-lines';
import { readTime } from './body-times';
import { note, type ImportDraft } from './draft';
import { say } from '../core/messages';

type Node = Record<string, unknown>;
type Entry = string | Node;

interface Cursor {
  part?: Node;
  section?: Node;
  sub?: { list: Entry[]; index: number };
  point?: { list: Entry[]; index: number };
  dash?: { list: Entry[]; index: number };
  /** The list that took the last entry: a paragraph after it joins it as `{ doan }`. */
  lastList: Entry[];
  /** The node whose heading was the last line, when nothing followed it yet. */
  open?: { list: Entry[]; index: number } | Node;
}

export function readStructure(lines: readonly BodyLine[], draft: ImportDraft): void {
  const hasParts = lines.some((l) => l.kind === 'part');
  const top: Entry[] = [];
  const c: Cursor = { lastList: top };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line.kind === 'part')
      c.part = addHeading(top, line, c, draft, lines, i, (n) => {
        c.part = n;
        c.section = undefined;
      });
    else if (line.kind === 'item')
      addHeading(c.part ? listOf(c.part, 'muc') : top, line, c, draft, lines, i, (n) => {
        c.section = n;
      });
    else if (line.kind === 'sub' && c.section) addEntry(listOf(c.section, 'muc'), line, c, 'sub');
    else if (line.kind === 'point' && (c.sub || c.section || c.part))
      addEntry(listOf(owner(c, 'point'), 'diem'), line, c, 'point');
    else if (line.kind === 'dash' && (c.point || c.sub || c.section || c.part))
      addEntry(listOf(owner(c, 'dash'), 'gach_dau_dong'), line, c, 'dash');
    else if (line.kind === 'plus' && c.dash) addPlus(c.dash, line);
    else addParagraph(line.kind === 'paragraph' ? line.text : line.original, c);
    if (line.kind === 'item' && isTimeHeading(line)) i = skipSlots(lines, i, c, draft);
  }
  const key = hasParts ? 'phan' : 'muc';
  if (top.length) draft.fields[key] = top;
  checkNumbers(lines, draft);
}

/** Parts and sections: "Địa điểm: Tại …" is a heading with its text; "Thời gian: Từ …" a heading with its time. */
function addHeading(
  list: Entry[],
  line: BodyLine,
  c: Cursor,
  draft: ImportDraft,
  lines: readonly BodyLine[],
  at: number,
  set: (n: Node) => void,
): Node {
  const node = heading(line.text, draft, lines, at, list.length);
  list.push(node);
  set(node);
  c.sub = c.point = c.dash = undefined;
  c.lastList = list;
  c.open = node;
  return node;
}

function heading(text: string, draft: ImportDraft, lines: readonly BodyLine[], at: number, index: number): Node {
  const m = /^([^:]{1,80}?)\s*:\s+(\S.*)$/u.exec(text);
  if (!m) return { tieu_de: text };
  if (/^Thời gian$/u.test(m[1])) {
    const time = readTime(m[2], lines, at, ['muc', index, 'thoi_gian'], draft);
    if (time && typeof time.value !== 'string') return { tieu_de: m[1], thoi_gian: time.value };
  }
  return { tieu_de: m[1], noi_dung: m[2] };
}

const isTimeHeading = (line: BodyLine) => /^Thời gian\s*:?\s*$/u.test(line.text);

/** "2. Thời gian:" over one dash line per slot reads as the section's time list. */
function skipSlots(lines: readonly BodyLine[], at: number, c: Cursor, draft: ImportDraft): number {
  const time = readTime('', lines, at, ['muc', 'thoi_gian'], draft);
  if (!time || !c.section) return at;
  c.section.tieu_de = 'Thời gian';
  c.section.thoi_gian = time.value;
  c.open = undefined;
  return time.next - 1;
}

/** The deepest open level that a point or a dash line belongs to. */
function owner(c: Cursor, level: 'point' | 'dash'): Node {
  const holder = level === 'dash' ? (c.point ?? c.sub) : c.sub;
  if (holder) return asNode(holder);
  return (c.section ?? c.part)!;
}

/** A text entry becomes `{ noi_dung, … }` when something hangs under it. */
function asNode(at: { list: Entry[]; index: number }): Node {
  const entry = at.list[at.index];
  if (typeof entry !== 'string') return entry;
  const node: Node = { noi_dung: entry };
  at.list[at.index] = node;
  return node;
}

function addEntry(list: Entry[], line: BodyLine, c: Cursor, level: 'sub' | 'point' | 'dash'): void {
  list.push(line.text);
  const at = { list, index: list.length - 1 };
  if (level === 'sub') {
    c.sub = at;
    c.point = c.dash = undefined;
  }
  if (level === 'point') {
    c.point = at;
    c.dash = undefined;
  }
  if (level === 'dash') c.dash = at;
  c.lastList = list;
  c.open = level === 'dash' ? undefined : at; // a dash line holds no paragraph: one after it is a { doan } entry
}

function addPlus(dash: { list: Entry[]; index: number }, line: BodyLine): void {
  const node = asNode(dash);
  const plus = node.cong as string[] | undefined;
  if (plus) plus.push(line.text);
  else node.cong = [line.text];
}

/** Right under a heading: its `doan`; after a list: a `{ doan }` entry in that list. */
function addParagraph(text: string, c: Cursor): void {
  if (c.open) {
    const node = 'list' in c.open ? asNode(c.open as { list: Entry[]; index: number }) : (c.open as Node);
    listOf(node, 'doan').push(text);
    return;
  }
  c.lastList.push({ doan: text });
}

function listOf(node: Node, key: string): Entry[] {
  if (!Array.isArray(node[key])) node[key] = [];
  return node[key] as Entry[];
}

/** Numbers are derived again; say so when the document's own count skipped or repeated one. */
function checkNumbers(lines: readonly BodyLine[], draft: ImportDraft): void {
  let expected = 1;
  for (const line of lines) {
    if (line.kind === 'part') expected = 1;
    if (line.kind !== 'item') continue;
    const n = Number.parseInt(line.label ?? '', 10);
    if (n !== expected)
      draft.notes.push(note(['muc'], say('import.note.renumbered', { label: String(line.label), expected })));
    expected = n + 1;
  }
}
