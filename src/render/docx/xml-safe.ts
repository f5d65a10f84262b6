/**
 * The DOCX renderer's one entrance for text: every string of the layout passes
 * through the core's `xmlSafe` before any part is built, so no character that
 * XML 1.0 cannot carry reaches document.xml, a header, a footer or the
 * properties (GM034 tells the user where they were).
 */
import type { Layout } from '../../core/layout';
import { xmlSafe } from '../../core/text';

/** A copy of `value` with every string made XML 1.0-safe (plain data only: objects, arrays, scalars). */
function deepXmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map(deepXmlSafe) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deepXmlSafe(item)])) as T;
  }
  return value;
}

/** The layout with every text XML 1.0-safe. */
export function xmlSafeLayout(layout: Layout): Layout {
  return deepXmlSafe(layout);
}
