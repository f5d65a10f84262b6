/**
 * The document outline (and breadcrumbs): agency, số/ngày, tên loại, trích yếu, the body
 * parts, the numbered parts and sections with their sub-items and points, the signature and nơi nhận,
 * built from the source map so it follows the file as written.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Language, Localized, Range } from '../model/problem';
import { itemLabel, partLabel, pointLabel } from '../layout/numbering';
import type { SourceMap, YamlPath } from '../source/source-map';
import { UI, ui } from './texts';

/** What an outline entry is; the shell maps it to a symbol icon. */
export type OutlineKind = 'module' | 'number' | 'string' | 'object' | 'field' | 'event' | 'array' | 'person';

/** One outline entry; `selection` lies inside `range`. */
export interface OutlineSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  readonly range: Range;
  readonly selection: Range;
  readonly children: readonly OutlineSymbol[];
}

const BODY: readonly [string, Localized, OutlineKind][] = [
  ['nguyen_van_dau', UI.outlineVerbatimAbove, 'string'],
  ['ten_loai', UI.outlineType, 'string'],
  ['trich_yeu', UI.outlineSubject, 'string'],
  ['mo_dau', UI.outlineOpening, 'string'],
  ['kinh_moi', UI.outlineInvitees, 'array'],
  ['loi_moi', UI.outlineInvitation, 'string'],
  ['toi_du', UI.outlineMeeting, 'string'],
  ['chu_tri', UI.outlineChair, 'person'],
  ['thoi_gian', UI.outlineTime, 'event'],
  ['dia_diem', UI.outlinePlace, 'string'],
  ['gach_dau_dong', UI.outlineDashes, 'array'],
  ['dau_moi_lien_he', UI.outlineContact, 'person'],
  ['loi_ket', UI.outlineClosing, 'string'],
  ['nguyen_van', UI.outlineVerbatim, 'string'],
  ['nguyen_van_cuoi', UI.outlineVerbatimBelow, 'string'],
];

/** The outline of a parsed file, in source order; empty when nothing could be read. */
export function outlineOf(source: SourceMap, language: Language): OutlineSymbol[] {
  const symbols: OutlineSymbol[] = [];
  const add = (symbol: OutlineSymbol | undefined) => {
    if (symbol) symbols.push(symbol);
  };
  add(entry(source, ['co_quan'], ui(UI.outlineAgency, language), agencyDetail(source), 'module'));
  add(numberDate(source, language));
  for (const [key, label, kind] of BODY)
    add(entry(source, [key], ui(label, language), textOf(source.node([key])), kind));
  sections(source).forEach(add);
  add(entry(source, ['nguoi_ky'], ui(UI.outlineSignature, language), signerDetail(source), 'person'));
  add(recipients(source, language));
  return symbols.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

/** The span of a `key: value` entry, from its key to the end of its value. */
function pairSpan(source: SourceMap, path: YamlPath): { range: Range; selection: Range } | undefined {
  const key = source.pair(path)?.key as Node | undefined;
  const value = source.node(path);
  const keyRange = key?.range ?? value?.range;
  if (!keyRange) return undefined;
  const end = Math.max(keyRange[1], value?.range?.[1] ?? 0);
  return { range: source.range(keyRange[0], end), selection: source.range(keyRange[0], keyRange[1]) };
}

function entry(
  source: SourceMap,
  path: YamlPath,
  name: string,
  detail: string,
  kind: OutlineKind,
  children: OutlineSymbol[] = [],
): OutlineSymbol | undefined {
  const span = pairSpan(source, path);
  return span ? { name, detail: short(detail), kind, ...span, children } : undefined;
}

/** "Số: …/GM-UBND · Bắc Sơn, 2024-05" over the so, ky_hieu, dia_danh and ngay entries. */
function numberDate(source: SourceMap, language: Language): OutlineSymbol | undefined {
  const spans = ['so', 'ky_hieu', 'dia_danh', 'ngay']
    .map((key) => pairSpan(source, [key]))
    .filter((s) => s !== undefined);
  if (spans.length === 0) return undefined;
  const abbreviation = textOf(source.node(['co_quan', 'viet_tat']));
  const kyHieu = textOf(source.node(['ky_hieu'])) || (abbreviation ? `GM-${abbreviation}` : 'GM-…');
  const number = textOf(source.node(['so'])) || '…';
  const date = [textOf(source.node(['dia_danh'])), textOf(source.node(['ngay']))].filter(Boolean).join(', ');
  const range = { start: spans[0].range.start, end: spans[spans.length - 1].range.end };
  return {
    name: ui(UI.outlineNumberDate, language),
    detail: short(`Số: ${number}/${kyHieu}${date ? ` · ${date}` : ''}`),
    kind: 'number',
    range,
    selection: spans[0].selection,
    children: [],
  };
}

/** Parts "I. …" and sections "1. …", with their sub-items "1.1. …" and points "a) …" as children. */
function sections(source: SourceMap): OutlineSymbol[] {
  return [
    ...numbered(
      source,
      ['phan'],
      (n) => partLabel(n),
      'tieu_de',
      'module',
      (path) => [...sectionsAt(source, [...path, 'muc']), ...pointsAt(source, path)],
    ),
    ...sectionsAt(source, ['muc']),
  ];
}

const noChildren = (): OutlineSymbol[] => [];

function sectionsAt(source: SourceMap, path: YamlPath): OutlineSymbol[] {
  return numbered(
    source,
    path,
    (n) => itemLabel([n]),
    'tieu_de',
    'object',
    (at, n) => [
      ...numbered(
        source,
        [...at, 'muc'],
        (m) => itemLabel([n, m]),
        'noi_dung',
        'field',
        (item) => pointsAt(source, item),
      ),
      ...pointsAt(source, at),
    ],
  );
}

/** Points "a) …" of the entry at `path`. */
function pointsAt(source: SourceMap, path: YamlPath): OutlineSymbol[] {
  return numbered(source, [...path, 'diem'], pointLabel, 'noi_dung', 'field', noChildren);
}

/** True for a `{ doan }` entry of a list: a paragraph that takes no number. */
function isParagraphNode(node: Node | undefined): boolean {
  return isMap(node) && node.has('doan') && !node.has('tieu_de') && !node.has('noi_dung');
}

/**
 * The entries of the list at `path`, numbered as the page numbers them (a `{ doan }`
 * entry takes no number); each named by its label and its `textKey` (or its own text).
 */
function numbered(
  source: SourceMap,
  path: YamlPath,
  label: (n: number) => string,
  textKey: string,
  kind: OutlineKind,
  children: (path: YamlPath, n: number) => OutlineSymbol[],
): OutlineSymbol[] {
  const list = source.node(path);
  if (!isSeq(list)) return [];
  let n = 0;
  return list.items.flatMap((_, i) => {
    const at = [...path, i];
    const node = source.node(at);
    if (!node?.range || isParagraphNode(node)) return [];
    n += 1;
    const text = isMap(node) ? textOf(source.node([...at, textKey])) : textOf(node);
    const range = source.range(node.range[0], node.range[1]);
    const selection = pairSpan(source, [...at, textKey])?.selection ?? range;
    return [
      { name: `${label(n)}${short(text, 48) || '…'}`, detail: '', kind, range, selection, children: children(at, n) },
    ];
  });
}

function recipients(source: SourceMap, language: Language): OutlineSymbol | undefined {
  const list = source.node(['noi_nhan']);
  const count = isSeq(list) ? list.items.length : 0;
  const children = isSeq(list) ? list.items.flatMap((_, i) => entryOfItem(source, ['noi_nhan', i])) : [];
  return entry(source, ['noi_nhan'], ui(UI.outlineRecipients, language), String(count), 'array', children);
}

function entryOfItem(source: SourceMap, path: YamlPath): OutlineSymbol[] {
  const node = source.node(path);
  if (!node?.range) return [];
  const range = source.range(node.range[0], node.range[1]);
  return [{ name: short(textOf(node), 48) || '…', detail: '', kind: 'string', range, selection: range, children: [] }];
}

function agencyDetail(source: SourceMap): string {
  const name = textOf(source.node(['co_quan', 'ten']));
  const abbreviation = textOf(source.node(['co_quan', 'viet_tat']));
  return abbreviation ? `${name} (${abbreviation})` : name;
}

function signerDetail(source: SourceMap): string {
  const part = (key: string) => textOf(source.node(['nguoi_ky', key]));
  const prefix = part('quyen_han') ? `${part('quyen_han')}. ${part('chuc_vu_thay')}`.trim() : '';
  return [prefix, part('chuc_vu'), part('ho_ten')].filter(Boolean).join(' · ');
}

/** The text of a scalar, a list of scalars (joined) or a map's scalar values. */
function textOf(node: Node | undefined): string {
  if (isScalar(node)) return node.value === null || node.value === undefined ? '' : String(node.value);
  if (isSeq(node))
    return node.items
      .map((item) => textOf(item as Node))
      .filter(Boolean)
      .join('; ');
  if (isMap(node))
    return node.items
      .map((pair) => textOf(pair.value as Node))
      .filter(Boolean)
      .join(', ');
  return '';
}

function short(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
