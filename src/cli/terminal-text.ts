/**
 * What the CLI prints, made harmless for a terminal: a control character or a
 * bidi control from a CSV header, a YAML key or a cell (ESC starting a colour,
 * a title change or a cursor move; U+202E reordering what is shown) is printed
 * as its \uXXXX escape, which is also a valid escape inside a JSON string.
 * Line breaks and tabs stay: messages and JSON span lines on purpose.
 */

/** C0 controls but tab and line feed, DEL, C1 controls, line/paragraph separators, bidi embeddings, overrides and isolates. */
const UNPRINTABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** `line` with every unprintable character written as \uXXXX. */
export function terminalText(line: string): string {
  return line.replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
