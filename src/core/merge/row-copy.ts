/**
 * One row's copy of a list invitation: every string value with the row's
 * cells filled in, and `kinh_moi` the row's own line. The YAML document is
 * cloned with the same node ranges, so every problem of a copy still points
 * at the text the author wrote.
 */
import { isPair, isScalar, visit, type Document, type Scalar } from 'yaml';
import { SourceMap } from '../source/source-map';
import type { ListRow, ListTable } from './table';
import { fillFields, TYPED_KEYS } from './placeholders';
import { LIST_KEYS } from '../parse/template';

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

/**
 * Runs `use` with the template's own source showing the row's values: the
 * scalars holding fields get the row's text and `kinh_moi` the row's line,
 * and everything is put back afterwards (cloning the document for each of
 * hundreds of rows cost more than all the rules together). A new SourceMap
 * per row, as rules cache what they read per SourceMap. Ranges are the
 * template's, so every problem points at the text the author wrote.
 */
export function withRowSource<T>(
  source: SourceMap,
  table: ListTable,
  row: ListRow,
  use: (rowSource: SourceMap) => T,
): T {
  const doc = source.doc;
  if (!doc) return use(source);
  const fields = fieldScalars(doc);
  const saved = fields.map(({ node }) => node.value);
  const form = doc.get('kinh_moi', true);
  const line = doc.getIn(['kinh_moi', LIST_KEYS.line], true);
  try {
    for (const { node, typed } of fields) node.value = fillFields(String(node.value), table, row, typed);
    if (isScalar(line)) doc.set('kinh_moi', line);
    return use(new SourceMap(source.text, doc as Document.Parsed));
  } finally {
    fields.forEach(({ node }, i) => {
      node.value = saved[i];
    });
    doc.set('kinh_moi', form);
  }
}

const scalarsOf = new WeakMap<Document, { node: Scalar; typed: boolean }[]>();

/** The string scalars (not keys) that hold a field, and whether each is a date or time. */
function fieldScalars(doc: Document): { node: Scalar; typed: boolean }[] {
  let found = scalarsOf.get(doc);
  if (found) return found;
  found = [];
  const list = found;
  visit(doc, {
    Scalar: (key, node, path) => {
      if (key === 'key' || typeof node.value !== 'string' || !node.value.includes('{{')) return;
      const pair = path[path.length - 1];
      list.push({ node, typed: isPair(pair) && isScalar(pair.key) && TYPED_KEYS.has(String(pair.key.value)) });
    },
  });
  scalarsOf.set(doc, list);
  return list;
}
