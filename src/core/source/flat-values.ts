/**
 * Double-quoted values as flat strings. yaml builds such a value one character
 * at a time (`res += ch`), which V8 keeps as a deep tree of pieces; the first
 * regular expression or Map lookup on it then flattens the tree (≈6 ms for the
 * 1,000 paragraphs of a long invitation, the largest cost of a check). When the
 * text between the quotes has no escape and no control character (so no line
 * break), the value is exactly that text (YAML 1.2, 7.3.1: only escapes and
 * line folding change it), and `JSON.parse` of the quoted text, which reads
 * such a string the same way, returns it as one flat string. Not a slice of the
 * source: a slice would keep the whole text alive in every cache that holds it.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/** Replaces each escape-free one-line double-quoted value of `doc` by an equal flat string. */
export function flattenQuotedValues(doc: Document.Parsed, text: string): void {
  flattenNode(doc.contents as Node | null, text);
}

function flattenNode(node: unknown, text: string): void {
  if (isScalar(node)) {
    if (node.type === 'QUOTE_DOUBLE' && typeof node.value === 'string' && node.range) {
      // yaml keeps the unresolved value as `source` too; both must drop the tree.
      const [start, end] = node.range;
      if (plainQuoted(text, start, end)) node.value = node.source = JSON.parse(text.slice(start, end)) as string;
    }
  } else if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      if (isPair(item)) {
        flattenNode(item.key, text);
        flattenNode(item.value, text);
      } else flattenNode(item, text);
    }
  }
}

/** True when [start, end) is `"…"` with no backslash and no control character inside. */
function plainQuoted(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(start) !== 0x22 || text.charCodeAt(end - 1) !== 0x22) return false;
  for (let i = start + 1; i < end - 1; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x5c || code < 0x20 || code === 0x22) return false;
  }
  return true;
}
