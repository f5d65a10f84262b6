/**
 * One edited line read again on its own. A keystroke in a paragraph of a long
 * invitation changes one line, and yaml re-reading all 1,000 cost about 25 ms.
 * When the edit stays inside a written one-line plain or quoted value (a list
 * item, or the value of a `key: value` entry; a comment after it is fine),
 * that line alone is parsed, at its own column so yaml reads it as it does in
 * place, and its value goes into a copy of the previous document whose later
 * ranges move by the edit's length. Any other edit (a line break added or
 * removed, an empty value, an anchor, a tag, a comment line or blank line
 * before the value, a value becoming a mapping) gives undefined and the caller
 * parses the whole text.
 */
import {
  Alias,
  Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Pair,
  parseDocument,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Node,
} from 'yaml';
import { flattenQuotedValues } from './flat-values';

/** How the invitation's YAML is read, the whole text or one line. */
export const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: false } as const;

/** The edited line: where it starts, where it ended before (its '\n'), and the change in length. */
interface LineEdit {
  readonly first: number;
  readonly start: number;
  readonly oldEnd: number;
  readonly delta: number;
}

const FLOW_SCALARS = new Set<unknown>([Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE]);

/** The document of `text`, made from the one of `previousText` when the edit allows (see above). */
export function reparseLine(
  previousText: string,
  previous: Document.Parsed,
  text: string,
): Document.Parsed | undefined {
  if (previous.errors.length > 0 || previous.warnings.length > 0) return undefined;
  if (previous.directives.yaml.explicit) return undefined;
  const edit = lineEdit(previousText, text);
  const target = edit && itemOnLine(previous.contents, previousText, edit);
  if (!edit || !target) return undefined;
  const item = lineItem(text.slice(edit.start, edit.oldEnd + edit.delta + 1), target.range![0] - edit.start);
  if (!item) return undefined;
  item.range = [item.range![0] + edit.start, item.range![1] + edit.start, item.range![2] + edit.start];
  const contents = copyNode(previous.contents, { at: edit.oldEnd, delta: edit.delta, target, item });
  return contents && documentWith(previous, contents, edit);
}

/** The one line an edit changed, when it changed no line break. */
function lineEdit(before: string, after: string): LineEdit | undefined {
  const first = sameLength(before, after, (text, from, to) => text.slice(from, to));
  const rest = Math.min(before.length, after.length) - first;
  const same = Math.min(
    rest,
    sameLength(before, after, (text, from, to) => text.slice(text.length - to, text.length - from)),
  );
  const start = first === 0 ? 0 : before.lastIndexOf('\n', first - 1) + 1;
  const oldEnd = before.indexOf('\n', start);
  const delta = after.length - before.length;
  if (first === before.length && delta === 0) return undefined;
  if (oldEnd < 0 || before.length - same > oldEnd) return undefined;
  if (after.indexOf('\n', start) !== oldEnd + delta) return undefined;
  return { first, start, oldEnd, delta };
}

/**
 * How many characters the two texts share at one end, `part(text, from, to)`
 * being the characters `from`..`to` counted from that end: a binary search of
 * slice comparisons, which the engine makes natively (a loop over 200,000
 * characters in script cost several milliseconds).
 */
function sameLength(a: string, b: string, part: (text: string, from: number, to: number) => string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (part(a, low, mid) === part(b, low, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The value edited: a scalar item of a block list, or the scalar value of a
 * block mapping's entry, written on the edited line with the edit inside it,
 * the next item or entry starting on the next line.
 */
function itemOnLine(node: unknown, text: string, edit: LineEdit): Scalar | undefined {
  if ((!isMap(node) && !isSeq(node)) || node.flow) return undefined;
  const items = node.items as unknown[];
  const k = items.findIndex((entry) => span(entry)[1] > edit.start);
  const [begin] = span(items[k]);
  if (k < 0 || !(begin <= edit.oldEnd)) return undefined;
  const value = isPair(items[k]) ? items[k].value : items[k];
  if (begin < edit.start) return itemOnLine(value, text, edit);
  if (!isScalar(value) || !value.range || !isPlainItem(value)) return undefined;
  return value.range[0] <= edit.first && value.range[1] <= edit.oldEnd ? value : undefined;
}

/** Where a list item or a mapping entry (its key to its value) starts and ends; NaN when it has no range. */
function span(entry: unknown): [number, number] {
  if (isNodeWith(entry)) return [entry.range[0], entry.range[2]];
  if (!isPair(entry) || !isNodeWith(entry.key)) return [NaN, NaN];
  return [entry.key.range[0], isNodeWith(entry.value) ? entry.value.range[2] : entry.key.range[2]];
}

/** A written plain or quoted text with nothing before it: no anchor, tag, comment line or blank line. */
function isPlainItem(item: Scalar): boolean {
  if (!FLOW_SCALARS.has(item.type) || !item.range || item.range[1] <= item.range[0]) return false;
  return !item.anchor && !item.tag && !item.commentBefore && !item.spaceBefore;
}

/** The edited line read alone: one list item or mapping entry whose plain or quoted value starts at `column`. */
function lineItem(line: string, column: number): Scalar | undefined {
  const doc = parseDocument(line, YAML_OPTIONS);
  const top = doc.contents;
  if (doc.errors.length > 0 || doc.warnings.length > 0 || doc.comment || doc.commentBefore) return undefined;
  if ((!isSeq(top) && !isMap(top)) || top.flow || top.items.length !== 1 || top.comment || top.commentBefore)
    return undefined;
  const entry = top.items[0] as unknown;
  const item = isPair(entry) ? entry.value : entry;
  if (!isScalar(item) || !item.range || item.range[0] !== column || !isPlainItem(item)) return undefined;
  flattenQuotedValues(doc, line);
  return item;
}

interface Splice {
  readonly at: number;
  readonly delta: number;
  readonly target: Scalar;
  readonly item: Scalar;
}

/** A copy of `node`, offsets from `at` on moved by `delta`, the target replaced; the previous document is left as it was. */
function copyNode(node: unknown, splice: Splice): Node | undefined {
  if (node === splice.target) return splice.item;
  if (node === null || node === undefined) return node as undefined;
  let copy: Node;
  if (isScalar(node)) copy = Object.assign(new Scalar(null), node);
  else if (isAlias(node)) copy = Object.assign(new Alias(node.source), node);
  else if (isMap(node) || isSeq(node)) {
    const items = node.items.map((item: unknown) => (isPair(item) ? copyPair(item, splice) : copyNode(item, splice)));
    if (items.includes(undefined)) return undefined;
    copy = Object.assign(isMap(node) ? new YAMLMap(node.schema) : new YAMLSeq(node.schema), node, { items });
  } else return undefined;
  if (node.range) copy.range = moved(node.range, splice);
  return copy;
}

function copyPair(pair: Pair, splice: Splice): Pair | undefined {
  const key = copyNode(pair.key, splice);
  const value = copyNode(pair.value, splice);
  if ((key === undefined && pair.key != null) || (value === undefined && pair.value != null)) return undefined;
  return Object.assign(new Pair(null), pair, { key, value });
}

function moved(range: readonly number[], { at, delta }: { at: number; delta: number }): [number, number, number] {
  const move = (offset: number) => (offset >= at ? offset + delta : offset);
  return [move(range[0]), move(range[1]), move(range[2])];
}

function documentWith(previous: Document.Parsed, contents: Node, edit: LineEdit): Document.Parsed {
  const doc = Object.assign(new Document(), previous, { contents, errors: [], warnings: [] }) as Document.Parsed;
  doc.range = moved(previous.range, { at: edit.oldEnd, delta: edit.delta });
  return doc;
}

function isNodeWith(value: unknown): value is Node & { range: [number, number, number] } {
  return (isScalar(value) || isMap(value) || isSeq(value) || isAlias(value)) && Boolean(value.range);
}
