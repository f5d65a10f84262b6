/**
 * Where the cursor is in the YAML structure, read from indentation line by
 * line, so completion and hover work while the file is half-typed and the
 * YAML parser would refuse it.
 */
import type { YamlPath } from '../source/source-map';

/** A structural mark on a line: a key (`ten:`) or a list dash (`- `), at its column. */
export interface LineToken {
  readonly col: number;
  readonly kind: 'key' | 'item';
  readonly key: string;
}

/** A line split into its structural tokens and the value text after them. */
export interface LineParts {
  readonly tokens: readonly LineToken[];
  /** Column where the value (or the partial key being typed) starts. */
  readonly valueCol: number;
  readonly value: string;
}

/** An open node on the way from the root to a line: a key, or the n-th item of a list. */
interface Frame {
  readonly col: number;
  readonly kind: 'key' | 'item';
  readonly key: string;
  readonly index: number;
}

const KEY = /^([^\s#:\-?"'{}[\],&*!|>%@`][^:#]*?|"[^"]*"|'[^']*')[ \t]*:(?=\s|$)/u;
const DASH = /^-(?=\s|$)\s*/;
const BLOCK_SCALAR = /^[|>][-+0-9]*\s*(#.*)?$/;

/** Splits a line into keys and dashes; everything after the first key is its value. */
export function lineParts(line: string): LineParts {
  const tokens: LineToken[] = [];
  let col = line.length - line.trimStart().length;
  for (;;) {
    const rest = line.slice(col);
    const dash = DASH.exec(rest);
    if (dash) {
      tokens.push({ col, kind: 'item', key: '' });
      col += dash[0].length;
      continue;
    }
    const key = KEY.exec(rest);
    if (key) {
      tokens.push({ col, kind: 'key', key: unquote(key[1].trimEnd()) });
      col += key[0].length;
      col += line.slice(col).length - line.slice(col).trimStart().length;
    }
    return { tokens, valueCol: col, value: line.slice(col) };
  }
}

const unquote = (key: string) => (/^(["']).*\1$/.test(key) ? key.slice(1, -1) : key);

/** Puts one token on the stack of open frames, closing what it ends. */
function push(frames: Frame[], token: LineToken): void {
  let previousItem: Frame | undefined;
  while (frames.length > 0) {
    const top = frames[frames.length - 1];
    const closes =
      token.kind === 'key'
        ? top.col >= token.col
        : top.col > token.col || (top.col === token.col && top.kind === 'item');
    if (!closes) break;
    frames.pop();
    if (top.kind === 'item' && top.col === token.col) previousItem = top;
  }
  frames.push({ col: token.col, kind: token.kind, key: token.key, index: previousItem ? previousItem.index + 1 : 0 });
}

/** Closes every frame a key at `col` would close (its siblings and their children). */
function closeAt(frames: Frame[], col: number): void {
  while (frames.length > 0 && frames[frames.length - 1].col >= col) frames.pop();
}

const pathOf = (frames: readonly Frame[]): YamlPath => frames.map((f) => (f.kind === 'key' ? f.key : f.index));

/** Walks the lines, calling `visit` with each key's path; returns the open frames before line `stop`. */
function walk(lines: readonly string[], stop: number, visit?: (path: YamlPath) => void): Frame[] {
  const frames: Frame[] = [];
  let blockCol = -1;
  for (let n = 0; n < stop; n += 1) {
    const line = lines[n];
    const indent = line.length - line.trimStart().length;
    if (blockCol >= 0 && (line.trim() === '' || indent > blockCol)) continue;
    blockCol = -1;
    if (line.trim() === '' || line.trimStart().startsWith('#') || /^(---|\.\.\.)(\s|$)/.test(line)) continue;
    const parts = lineParts(line);
    for (const token of parts.tokens) {
      push(frames, token);
      if (token.kind === 'key') visit?.(pathOf(frames));
    }
    if (parts.tokens.length > 0 && BLOCK_SCALAR.test(parts.value)) blockCol = parts.tokens[parts.tokens.length - 1].col;
  }
  return frames;
}

/** What the cursor is on: a key being typed in a mapping, or the value of a path. */
export interface CursorContext {
  readonly kind: 'key' | 'value';
  /** `key`: the mapping the key goes in; `value`: the node the value belongs to. */
  readonly path: YamlPath;
  /** Text typed from `start` up to the cursor. */
  readonly prefix: string;
  /** Character where the key or value being typed starts on the cursor line. */
  readonly start: number;
  /** True for a bare list item (`- …`): both an item's first key and a scalar item fit. */
  readonly item: boolean;
  /** Leading whitespace of the cursor line (editors re-indent inserted lines by it). */
  readonly lineIndent: number;
  /** Keys already written in the flow mapping `{ … }` the cursor is in. */
  readonly flowKeys?: readonly string[];
}

/** The structural context at `line`/`character` of `text`, however broken the YAML is. */
export function contextAt(text: string, line: number, character: number): CursorContext {
  const lines = text.split(/\r?\n/);
  const current = lines[line] ?? '';
  const before = current.slice(0, character);
  const frames = walk(lines, line);
  const parts = lineParts(before);
  const lineIndent = current.length - current.trimStart().length;
  parts.tokens.forEach((token) => push(frames, token));
  const last = parts.tokens[parts.tokens.length - 1];
  if (last?.kind === 'key')
    return (
      flowContext(pathOf(frames), parts, lineIndent) ?? {
        kind: 'value',
        path: pathOf(frames),
        prefix: parts.value,
        start: parts.valueCol,
        item: false,
        lineIndent,
      }
    );
  const item = last?.kind === 'item';
  const itemPath = pathOf(frames);
  if (!item) closeAt(frames, parts.valueCol);
  return {
    kind: 'key',
    path: item ? itemPath : pathOf(frames),
    prefix: parts.value,
    start: parts.valueCol,
    item,
    lineIndent,
  };
}

/** Inside `{ bat_dau: …, ket_thuc: … }` on the cursor line: a key or value of that flow mapping. */
function flowContext(path: YamlPath, parts: LineParts, lineIndent: number): CursorContext | undefined {
  const open = parts.value.lastIndexOf('{');
  if (open < 0 || parts.value.indexOf('}', open) >= 0) return undefined;
  const separator = Math.max(open, parts.value.lastIndexOf(','));
  const segment = parts.value.slice(separator + 1);
  const lead = segment.length - segment.trimStart().length;
  const key = /^([\w]+)\s*:\s*/.exec(segment.trimStart());
  const base = parts.valueCol + separator + 1 + lead;
  if (key)
    return {
      kind: 'value',
      path: [...path, key[1]],
      prefix: segment.trimStart().slice(key[0].length),
      start: base + key[0].length,
      item: false,
      lineIndent,
    };
  const flowKeys = [...parts.value.slice(open).matchAll(/([\w]+)\s*:/g)].map((m) => m[1]);
  return { kind: 'key', path, prefix: segment.trimStart(), start: base, item: false, lineIndent, flowKeys };
}

/** Paths of every key written in the text (the cursor line counts only up to `character`). */
export function keyPaths(text: string, line = -1, character = 0): YamlPath[] {
  const lines = text.split(/\r?\n/);
  if (line >= 0 && line < lines.length) {
    const parts = lineParts(lines[line].slice(0, character));
    lines[line] = lines[line].slice(0, parts.tokens.some((t) => t.kind === 'key') ? character : parts.valueCol);
  }
  const found: YamlPath[] = [];
  walk(lines, lines.length, (path) => found.push(path));
  return found;
}

/** Keys already present in the mapping at `path`. */
export function siblingKeys(text: string, path: YamlPath, line = -1, character = 0): Set<string> {
  const parent = JSON.stringify(path);
  const keys = keyPaths(text, line, character).filter(
    (p) => p.length === path.length + 1 && JSON.stringify(p.slice(0, -1)) === parent,
  );
  return new Set(keys.map((p) => String(p[p.length - 1])));
}

/** The path of the key token under `character` on `line`, or of the value it is in. */
export function tokenAt(
  text: string,
  line: number,
  character: number,
): { kind: 'key' | 'value'; path: YamlPath; parts: LineParts } | undefined {
  const lines = text.split(/\r?\n/);
  const current = lines[line];
  if (current === undefined || current.trimStart().startsWith('#')) return undefined;
  const frames = walk(lines, line);
  const parts = lineParts(current);
  for (const token of parts.tokens) {
    push(frames, token);
    if (token.kind === 'key' && character >= token.col && character <= token.col + token.key.length)
      return { kind: 'key', path: pathOf(frames), parts };
  }
  if (character < parts.valueCol || parts.value.trim() === '') return undefined;
  return { kind: 'value', path: pathOf(frames), parts };
}
