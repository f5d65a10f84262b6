/** Escaping for the two contexts the preview writes user text into: element text and quoted attribute values. */

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element: every markup character becomes an entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => TEXT[c]);
}

/** Value safe inside a double-quoted attribute (also escapes `'`, `<`, `>` so no context can break out). */
export function escapeAttr(value: string | number): string {
  return escapeHtml(String(value)).replace(/`/g, '&#96;');
}
