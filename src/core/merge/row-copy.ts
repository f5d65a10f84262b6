/**
 * One row's copy of a list invitation: every string value with the row's
 * cells filled in, and `kinh_moi` the row's own line. The YAML document is
 * cloned with the same node ranges, so every problem of a copy still points
 * at the text the author wrote.
 */
import { isPair, isScalar, visit, type Document } from 'yaml';
import { SourceMap } from '../source';
import type { ListRow, ListTable } from './table';
import { fillFields, TYPED_KEYS } from './placeholders';
import { LIST_KEYS } from './template';

/** The row's data: like the template's, with fields filled and `kinh_moi` one line. */
export function rowData(data: unknown, table: ListTable, row: ListRow): unknown {
  const filled = fillData(data, table, row) as Record<string, unknown>;
  const form = (data as Record<string, Record<string, unknown>>).kinh_moi;
  return { ...filled, kinh_moi: fillFields(String(form[LIST_KEYS.line] ?? ''), table, row) };
}

function fillData(value: unknown, table: ListTable, row: ListRow, key = ''): unknown {
  if (typeof value === 'string') return fillFields(value, table, row, TYPED_KEYS.has(key));
  if (Array.isArray(value)) return value.map((item) => fillData(item, table, row));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, fillData(item, table, row, name)]));
  }
  return value;
}

/** The row's source: the same text, a cloned document whose strings are the row's (ranges kept). */
export function rowSource(source: SourceMap, table: ListTable, row: ListRow): SourceMap {
  if (!source.doc) return source;
  const doc = source.doc.clone() as Document.Parsed;
  visit(doc, {
    Scalar: (key, node, path) => {
      if (key === 'key' || typeof node.value !== 'string') return;
      const pair = path[path.length - 1];
      const typed = isPair(pair) && isScalar(pair.key) && TYPED_KEYS.has(String(pair.key.value));
      node.value = fillFields(node.value, table, row, typed);
    },
  });
  const line = doc.getIn(['kinh_moi', LIST_KEYS.line], true);
  if (isScalar(line)) doc.setIn(['kinh_moi'], line);
  return new SourceMap(source.text, doc);
}
