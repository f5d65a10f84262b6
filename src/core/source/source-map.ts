/**
 * Where things are in the source: YAML paths to node ranges, offsets to
 * line/character, and the offsets of characters inside string values (so a
 * rule can point at "(thứ Năm)" inside a long paragraph).
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Position, Range } from '../model/problem';

export type YamlPath = readonly (string | number)[];

/** A string value in the document with a way back from value index to source offset. */
export interface StringValue {
  readonly path: YamlPath;
  readonly value: string;
  readonly node: Scalar;
  /** Source offset of the character at `index` of `value` (index may equal value.length). */
  readonly offsetAt: (index: number) => number;
}

/** Position lookups over one parsed text. */
export class SourceMap {
  /** Offsets where each line starts, counted from the text itself (yaml's LineCounter misses breaks inside broken tokens). */
  private readonly lineStarts: number[];

  constructor(
    readonly text: string,
    readonly doc: Document.Parsed | undefined,
  ) {
    this.lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  offset(position: Position): number {
    const lineStart = this.lineStarts[Math.min(Math.max(position.line, 0), this.lineStarts.length - 1)];
    return Math.min(lineStart + position.character, this.text.length);
  }

  /** The node at `path` (a Scalar, YAMLMap or YAMLSeq), if present: what `doc.getIn(path, true)` gives, by index. */
  node(path: YamlPath): Node | undefined {
    if (!this.doc) return undefined;
    if (path.length === 0) return (this.doc.contents as Node | null) ?? undefined;
    let found: unknown = this.doc.contents ?? undefined;
    for (const step of path) found = childAt(found, step);
    return isNodeLike(found) ? found : undefined;
  }

  /** The pair whose key ends `path` (for a map entry). */
  pair(path: YamlPath): Pair | undefined {
    if (path.length === 0) return undefined;
    const parent = this.node(path.slice(0, -1));
    return isMap(parent) ? pairsByKey(parent).get(path[path.length - 1]) : undefined;
  }

  /** Range of the value at `path`; an empty value falls back to its key. */
  valueRange(path: YamlPath): Range | undefined {
    const node = this.node(path);
    if (node?.range && node.range[1] > node.range[0]) return this.range(node.range[0], node.range[1]);
    return this.keyRange(path) ?? (node?.range ? this.range(node.range[0], node.range[1]) : undefined);
  }

  /** Range of the key that names `path`; for a list element, its value. */
  keyRange(path: YamlPath): Range | undefined {
    const pair = this.pair(path);
    const key = pair?.key as Node | undefined;
    if (key?.range) return this.range(key.range[0], key.range[1]);
    if (typeof path[path.length - 1] === 'number') {
      const node = this.node(path);
      if (node?.range) return this.range(node.range[0], node.range[1]);
    }
    return undefined;
  }

  /** Every string scalar value (not keys) with its path, in document order. */
  strings(): StringValue[] {
    const found: StringValue[] = [];
    if (this.doc) collectStrings(this.doc.contents, [], this.text, found);
    return found;
  }
}

function isNodeLike(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value);
}

/** A mapping's value under `step` or a list's item at it, as yaml's `get(step, true)` finds them. */
function childAt(node: unknown, step: string | number): unknown {
  if (isMap(node)) return pairsByKey(node).get(step)?.value ?? undefined;
  if (!isSeq(node)) return undefined;
  const index = typeof step === 'string' && step ? Number(step) : step;
  return Number.isInteger(index) && (index as number) >= 0 ? node.items[index as number] : undefined;
}

const pairIndexes = new WeakMap<YAMLMap, { readonly size: number; readonly pairs: Map<unknown, Pair> }>();

/**
 * A mapping's pairs by key value, the first of equal keys winning as in yaml's
 * own lookup, which scans the items: one lookup per problem made a file of
 * 40,000 keys quadratic (issue 31). Built again if the mapping gained or lost items.
 */
function pairsByKey(map: YAMLMap): Map<unknown, Pair> {
  const known = pairIndexes.get(map);
  if (known?.size === map.items.length) return known.pairs;
  const pairs = new Map<unknown, Pair>();
  for (const pair of map.items) if (isScalar(pair.key) && !pairs.has(pair.key.value)) pairs.set(pair.key.value, pair);
  pairIndexes.set(map, { size: map.items.length, pairs });
  return pairs;
}

/**
 * Walks the tree as yaml's `visit` does (a pair's key before its value; a
 * scalar key is a name, not a value), carrying each node's path instead of
 * rebuilding it from the ancestors (an index lookup per list item).
 */
function collectStrings(node: unknown, path: YamlPath, text: string, found: StringValue[]): void {
  if (isScalar(node)) {
    if (typeof node.value !== 'string' || !node.range) return;
    found.push({ path, value: node.value, node, offsetAt: valueOffsets(text, node) });
  } else if (isMap(node) || isSeq(node)) {
    const items = node.items as unknown[];
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i];
      const here = isSeq(node) ? [...path, i] : path;
      if (isPair(item)) collectPair(item, here, text, found);
      else collectStrings(item, here, text, found);
    }
  }
}

function collectPair(pair: Pair, path: YamlPath, text: string, found: StringValue[]): void {
  if (!isScalar(pair.key)) collectStrings(pair.key, path, text, found);
  collectStrings(pair.value, isScalar(pair.key) ? [...path, String(pair.key.value)] : path, text, found);
}

/**
 * Maps value indices to source offsets by walking value and source together:
 * plain and quoted scalars differ from their value only by folded line breaks,
 * indentation, quotes and escapes, which this skips. The walk is made on the
 * first question: most strings have no problem to place (a 1,000-line file
 * spent ~30 ms per check walking them all).
 */
export function valueOffsets(text: string, node: Scalar): (index: number) => number {
  const length = String(node.value).length;
  let offsets: number[] | undefined;
  return (index) => (offsets ??= offsetTable(text, node))[Math.max(0, Math.min(index, length))];
}

function offsetTable(text: string, node: Scalar): number[] {
  const [start, end] = node.range as [number, number, number];
  const value = String(node.value);
  const offsets = new Array<number>(value.length + 1);
  let src = start;
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i];
    let probe = src;
    const limit = Math.min(end, src + 64);
    while (probe < limit && !sameChar(text[probe], ch)) probe += 1;
    if (probe < limit) src = probe;
    offsets[i] = Math.min(src, end);
    if (probe < limit) src += 1;
  }
  offsets[value.length] = Math.min(src, end);
  return offsets;
}

function sameChar(source: string | undefined, valueChar: string): boolean {
  if (source === valueChar) return true;
  return valueChar === ' ' && source === '\n';
}
