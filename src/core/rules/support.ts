/**
 * Small helpers the rules share: finding a node's text and offsets, building
 * a problem, and fixes that replace exactly one span.
 */
import { isScalar, type Scalar } from 'yaml';
import type { Fix, Localized, Position, Problem, Range, RuleCode } from '../model/problem';
import { valueOffsets, type SourceMap, type StringValue, type YamlPath } from '../source/source-map';

/** What a rule says about one span of the source; severity and locator come from its code's definition. */
export interface Finding {
  readonly code: RuleCode;
  readonly message: Localized;
  readonly fixes?: readonly Fix[];
}

/** A problem as a rule finds it, before defineRule gives it its code's severity. */
export type Found = Omit<Problem, 'severity' | 'locator'>;

const lineStarts = new WeakMap<SourceMap, number[]>();

/**
 * Line/character of an offset, counted from the text itself: yaml's
 * LineCounter misses line breaks inside tokens it could not parse, and the
 * text rules run on such files too.
 */
function positionOf(source: SourceMap, offset: number): Position {
  let starts = lineStarts.get(source);
  if (!starts) {
    starts = [0];
    for (let i = source.text.indexOf('\n'); i >= 0; i = source.text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStarts.set(source, starts);
  }
  const at = Math.max(0, Math.min(offset, source.text.length));
  let [low, high] = [0, starts.length - 1];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: at - starts[low] };
}

/** The range of source offsets [start, end). */
export function rangeOf(source: SourceMap, start: number, end: number): Range {
  return { start: positionOf(source, start), end: positionOf(source, Math.max(start, end)) };
}

/** A problem on the source offsets [start, end). */
export function problemAt(source: SourceMap, start: number, end: number, finding: Finding): Found {
  return { ...finding, range: rangeOf(source, start, end) };
}

/** The scalar at `path` with its value and source offsets, when it is a scalar. */
export function scalarAt(source: SourceMap, path: YamlPath): StringValue | undefined {
  const node = source.node(path);
  if (!isScalar(node) || !node.range || node.value === null || node.value === undefined) return undefined;
  return { path, value: String(node.value), node: node as Scalar, offsetAt: valueOffsets(source.text, node as Scalar) };
}

/** Source offsets [start, end) of the node at `path` (its value text, without a trailing comment). */
export function nodeSpan(source: SourceMap, path: YamlPath): [number, number] | undefined {
  const node = source.node(path);
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}

/** Source offsets of the key naming `path` (for map entries). */
export function keySpan(source: SourceMap, path: YamlPath): [number, number] | undefined {
  const key = source.pair(path)?.key as { range?: [number, number, number] } | undefined;
  return key?.range ? [key.range[0], key.range[1]] : undefined;
}

/** A fix replacing source offsets [start, end) with `newText`. */
export function replaceFix(
  source: SourceMap,
  title: Localized,
  start: number,
  end: number,
  newText: string,
  fixAllSafe = true,
): Fix {
  return { title, edits: [{ range: rangeOf(source, start, end), newText }], fixAllSafe };
}

/**
 * True when the source characters of a value slice are the value's own
 * characters (no escapes or folded lines in between), so a fix may rewrite them.
 */
export function sameInSource(source: SourceMap, value: StringValue, from: number, to: number): boolean {
  return source.text.slice(value.offsetAt(from), value.offsetAt(to)) === value.value.slice(from, to);
}

const stringsCache = new WeakMap<SourceMap, StringValue[]>();

/** Every string value of the file (walked once per check), or none when the YAML could not be read. */
export function allStrings(source: SourceMap): StringValue[] {
  let found = stringsCache.get(source);
  if (!found) {
    try {
      found = source.strings();
    } catch {
      found = [];
    }
    stringsCache.set(source, found);
  }
  return found;
}

/** The list of text lines at `path` (a string or a list of strings), with their paths. */
export function linesAt(source: SourceMap, path: YamlPath, value: unknown): StringValue[] {
  if (typeof value === 'string') return [scalarAt(source, path)].filter((v): v is StringValue => v !== undefined);
  if (!Array.isArray(value)) return [];
  return value.flatMap((_, i) => linesAt(source, [...path, i], value[i]));
}
