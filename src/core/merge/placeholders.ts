/**
 * `{{column}}` fields in the invitation's texts: where they are (to place a
 * problem on the field itself) and the text with a row's values filled in.
 */
import type { SourceMap, YamlPath } from '../source/source-map';
import { cellValue, findColumn, type ListRow, type ListTable } from './table';

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** One `{{name}}` in a string value, with its source offsets. */
export interface Placeholder {
  readonly name: string;
  readonly path: YamlPath;
  readonly start: number;
  readonly end: number;
}

/** The field names in a text, in order. */
export function fieldNames(text: string): string[] {
  return [...text.matchAll(FIELD)].map((m) => m[1]);
}

/** Every field in the document's string values, placed in the source. */
export function placeholdersIn(source: SourceMap): Placeholder[] {
  return source.strings().flatMap((value) =>
    [...value.value.matchAll(FIELD)].map((m) => {
      const at = m.index ?? 0;
      return { name: m[1], path: value.path, start: value.offsetAt(at), end: value.offsetAt(at + m[0].length) };
    }),
  );
}

/** Keys whose value is a date or a time (schema.ts): a cell there is read as a spreadsheet shows it. */
export const TYPED_KEYS: ReadonlySet<string> = new Set(['ngay', 'bat_dau', 'ket_thuc']);

/**
 * The text with each field replaced by the row's cell (a column the list lacks
 * gives an empty value). In a typed field a cell's "20/03/2025" (day first, as
 * Vietnamese spreadsheets show dates) and "8:00:00 AM" become 2025-03-20, 08:00.
 */
export function fillFields(text: string, table: ListTable, row: ListRow, typed = false): string {
  if (!text.includes('{{')) return text;
  const filled = text.replace(FIELD, (_, name: string) => {
    const column = findColumn(table, name);
    const value = column ? cellValue(row.cells[column.index]) : '';
    return typed ? typedValue(value) : value;
  });
  return filled.replace(/ {2,}/g, ' ').trim();
}

const pad = (n: string | number) => String(n).padStart(2, '0');

/** "20/03/2025", "20/3/2025 8:00", "2:30:00 PM" → ISO date and 24-hour time; anything else as it is. */
export function typedValue(value: string): string {
  return value
    .replace(/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/, (_, d: string, m: string, y: string) => `${y}-${pad(m)}-${pad(d)}`)
    .replace(
      /\b(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([AaPp])\.?[Mm]\.?)?$/,
      (_, h: string, min: string, half?: string) => {
        const hour = (Number(h) % 12) + (half && /p/i.test(half) ? 12 : 0);
        return `${pad(half ? hour : Number(h))}:${min}`;
      },
    );
}
