/**
 * The body's numbered structure: parts (I.), sections (1.), sub-items (1.1.),
 * points (a)), dash (- ) and plus (+ ) lines, and `{ doan }` paragraphs that
 * sit between them taking no number. Every label is derived here, once.
 */
import type { Dash, MeetingTime, ParagraphEntry, Part, Point, Section, SubItem } from '../schema/schema';
import type { YamlPath } from '../source/source-map';
import { closedSlotLine, nfc } from './derive';
import { parseInline } from './inline';
import type { Role, Run } from './model';
import { DASH, itemLabel, partLabel, PLUS, pointLabel } from './numbering';

/** Adds one block, tied to the YAML node at `path`. */
export type Emit = (role: Role, runs: Run[], path: YamlPath) => void;

type Lines = string | readonly string[] | undefined;

/** True for a `{ doan }` entry of a list: a paragraph, not an item. */
export function isParagraphEntry(entry: unknown): entry is ParagraphEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  return 'doan' in entry && !('tieu_de' in entry) && !('noi_dung' in entry);
}

/** Plain paragraphs, one block each, from text or a list of texts. */
export function paragraphs(value: Lines, path: YamlPath, emit: Emit): void {
  if (value === undefined) return;
  const list = typeof value === 'string' ? [value] : value;
  list.forEach((line, i) => emit('paragraph', parseInline(nfc(line)), typeof value === 'string' ? path : [...path, i]));
}

/** Lays out a list whose `{ doan }` entries print in place; the others are counted 1, 2, … */
function eachCounted<T>(
  list: readonly (T | ParagraphEntry)[] | undefined,
  path: YamlPath,
  emit: Emit,
  each: (item: T, n: number, at: YamlPath) => void,
): void {
  let n = 0;
  (list ?? []).forEach((entry, i) => {
    if (isParagraphEntry(entry)) paragraphs(entry.doan, [...path, i, 'doan'], emit);
    else each(entry as T, (n += 1), [...path, i]);
  });
}

/** Top-level parts "I. …", "II. …", each with its own sections from 1. */
export function layoutParts(parts: readonly (Part | ParagraphEntry)[] | undefined, emit: Emit): void {
  eachCounted<Part>(parts, ['phan'], emit, (part, n, at) => {
    const heading = parseInline(partLabel(n) + nfc(part.tieu_de), { bold: true });
    layoutHeaded(part, 'part', heading, at, emit);
    layoutSections(part.muc, [...at, 'muc'], emit);
    layoutPoints(part.diem, [...at, 'diem'], emit);
    layoutDashes(part.gach_dau_dong, [...at, 'gach_dau_dong'], emit);
  });
}

/** Sections "1. …", "2. …" at `path` (top-level `muc`, or a part's). */
export function layoutSections(
  sections: readonly (Section | ParagraphEntry)[] | undefined,
  path: YamlPath,
  emit: Emit,
): void {
  eachCounted<Section>(sections, path, emit, (section, n, at) => {
    layoutHeaded(section, 'section', [{ text: itemLabel([n]) }, ...parseInline(nfc(section.tieu_de))], at, emit);
    eachCounted<SubItem>(section.muc, [...at, 'muc'], emit, (item, m, itemAt) =>
      layoutSubItem(item, itemLabel([n, m]), itemAt, emit),
    );
    layoutPoints(section.diem, [...at, 'diem'], emit);
    layoutDashes(section.gach_dau_dong, [...at, 'gach_dau_dong'], emit);
  });
}

/**
 * A heading line ("4. Nội dung Hội nghị"), with a one-sentence `noi_dung` or
 * the time after a colon, then a listed `noi_dung` as dash lines and `doan`.
 */
function layoutHeaded(entry: Part | Section, role: Role, heading: Run[], path: YamlPath, emit: Emit): void {
  if (entry.thoi_gian)
    timeLines([joinRuns(withoutColon(heading))], entry.thoi_gian, [...path, 'thoi_gian'], role, emit);
  else if (typeof entry.noi_dung === 'string') {
    emit(role, [...withoutColon(heading), { text: ': ' }, ...parseInline(nfc(entry.noi_dung))], path);
  } else emit(role, heading, path);
  if (Array.isArray(entry.noi_dung)) {
    entry.noi_dung.forEach((line, i) =>
      emit('bullet', [{ text: DASH }, ...parseInline(nfc(line))], [...path, 'noi_dung', i]),
    );
  }
  paragraphs(entry.doan, [...path, 'doan'], emit);
}

/** A heading "Địa điểm:" joined to its text with ": " must not print "::". */
function withoutColon(runs: readonly Run[]): Run[] {
  const last = runs[runs.length - 1];
  return last ? [...runs.slice(0, -1), { ...last, text: last.text.replace(/\s*:\s*$/u, '') }] : [];
}

/** The heading's runs as one run in the first run's style (a time line's heading). */
function joinRuns(runs: readonly Run[]): Run {
  const text = runs.map((r) => r.text).join('');
  return runs[0]?.bold ? { text, bold: true } : { text };
}

function layoutSubItem(item: SubItem, label: string, path: YamlPath, emit: Emit): void {
  const text = typeof item === 'string' ? item : (item as Exclude<SubItem, string | ParagraphEntry>).noi_dung;
  emit('item', [{ text: label }, ...parseInline(nfc(text))], path);
  if (typeof item === 'string' || isParagraphEntry(item)) return;
  paragraphs(item.doan, [...path, 'doan'], emit);
  layoutPoints(item.diem, [...path, 'diem'], emit);
  layoutDashes(item.gach_dau_dong, [...path, 'gach_dau_dong'], emit);
}

/** Points "a) …", "b) …", each with its own paragraphs and dash lines. */
function layoutPoints(points: readonly Point[] | undefined, path: YamlPath, emit: Emit): void {
  eachCounted<Exclude<Point, ParagraphEntry>>(points, path, emit, (point, n, at) => {
    const text = typeof point === 'string' ? point : point.noi_dung;
    emit('item', [{ text: pointLabel(n) }, ...parseInline(nfc(text))], at);
    if (typeof point === 'string') return;
    paragraphs(point.doan, [...at, 'doan'], emit);
    layoutDashes(point.gach_dau_dong, [...at, 'gach_dau_dong'], emit);
  });
}

/** Dash lines "- …", each with the "+ …" lines under it (at body level too: a schedule with no numbered section). */
export function layoutDashes(dashes: readonly Dash[] | undefined, path: YamlPath, emit: Emit): void {
  eachCounted<Exclude<Dash, ParagraphEntry>>(dashes, path, emit, (dash, _n, at) => {
    const text = typeof dash === 'string' ? dash : dash.noi_dung;
    emit('bullet', [{ text: DASH }, ...parseInline(nfc(text))], at);
    if (typeof dash === 'string') return;
    (dash.cong ?? []).forEach((line, i) =>
      emit('bullet', [{ text: PLUS }, ...parseInline(nfc(line))], [...at, 'cong', i]),
    );
  });
}

/** A time: one line when it is one slot or free text, else a heading line and one dash line per slot. */
export function timeLines(heading: readonly Run[], time: MeetingTime, path: YamlPath, role: Role, emit: Emit): void {
  if (!Array.isArray(time)) {
    emit(role, [...withSuffix(heading, ': '), ...parseInline(singleTime(time))], path);
    return;
  }
  emit(role, withSuffix(heading, ':'), path);
  time.forEach((slot, i) => {
    emit('bullet', [{ text: `${DASH}${closedSlotLine(slot, i === time.length - 1 ? '.' : ';')}` }], [...path, i]);
  });
}

/** The runs with `suffix` added to the last one's text ("Thời gian" → "Thời gian: "). */
function withSuffix(runs: readonly Run[], suffix: string): Run[] {
  const last = runs[runs.length - 1];
  return last ? [...runs.slice(0, -1), { ...last, text: last.text + suffix }] : [{ text: suffix }];
}

function singleTime(time: Exclude<MeetingTime, unknown[]>): string {
  return typeof time === 'string' ? nfc(time) : closedSlotLine(time, '.');
}
