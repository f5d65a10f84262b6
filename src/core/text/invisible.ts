/**
 * Characters no official document should hold: they print nothing, and some
 * cannot be written into a DOCX at all. XML 1.0 (§2.2, production [2] Char)
 * admits only tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF,
 * so a C0 control, a lone surrogate, U+FFFE or U+FFFF makes Word and
 * LibreOffice refuse the file. `xmlSafe` is the one function every string
 * passes through before a DOCX part is written; `invisibleRuns` finds what the
 * rule GM034 reports, the unsafe characters and the merely invisible ones.
 */
import { memoByText } from './memo';

export type InvisibleKind = 'control' | 'noncharacter' | 'surrogate' | 'bidi' | 'zeroWidth';

export interface InvisibleRun {
  /** Value offsets [start, end) in UTF-16 code units. */
  readonly start: number;
  readonly end: number;
  readonly kind: InvisibleKind;
  /** Code points of the run, e.g. ["U+FFFF"]. */
  readonly codePoints: readonly string[];
}

/**
 * Outside XML 1.0's Char, or discouraged by it (§2.2: DEL and the C1 controls),
 * which Word rejects too: removed from everything the DOCX renderer writes.
 */
const XML_UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character XML 1.0 cannot carry (or discourages) removed. */
export function xmlSafe(text: string): string {
  return text.replace(XML_UNSAFE, '');
}

/** Unicode bidirectional formatting characters (UAX #9 §2): invisible, they reorder what prints. */
const BIDI = /^[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]$/;
/** Zero-width and invisible format characters that are never part of Vietnamese text. */
const ZERO_WIDTH = /^[\u180E\u200B-\u200D\u2060-\u2064\uFEFF]$/;
/** Scripts that write words without spaces and may mark a break with U+200B. */
const UNSPACED =
  /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
/** Letters of scripts that shape with ZWJ/ZWNJ (Arabic, Indic, …): any letter or mark outside Latin and Common. */
const JOINING = /^[\p{L}\p{M}]$/u;
const LATIN_OR_COMMON = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]$/u;
const PICTOGRAPH = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;

function kindOf(char: string, before: string, after: string): InvisibleKind | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) return 'surrogate';
  if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return 'noncharacter';
  if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f))
    return 'control';
  if (BIDI.test(char)) return 'bidi';
  if (ZERO_WIDTH.test(char) && !legitimateJoiner(code, before, after)) return 'zeroWidth';
  return undefined;
}

/**
 * The zero-width characters that do have a job: U+200B between words of a script
 * written without spaces, ZWNJ/ZWJ between letters of a script that shapes with
 * them, and ZWJ inside an emoji sequence.
 */
function legitimateJoiner(code: number, before: string, after: string): boolean {
  if (code === 0x200b) return UNSPACED.test(before) && UNSPACED.test(after);
  if (code !== 0x200c && code !== 0x200d) return false;
  const shaping = (c: string) => JOINING.test(c) && !LATIN_OR_COMMON.test(c);
  if (shaping(before) && shaping(after)) return true;
  return code === 0x200d && PICTOGRAPH.test(before) && PICTOGRAPH.test(after);
}

function hex(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Runs of adjacent invisible characters of one kind, in value offsets. */
export const invisibleRuns: (text: string) => readonly InvisibleRun[] = memoByText(scanInvisibleRuns);

function scanInvisibleRuns(text: string): InvisibleRun[] {
  const chars = Array.from(text);
  const runs: { start: number; end: number; kind: InvisibleKind; codePoints: string[] }[] = [];
  let offset = 0;
  for (const [i, char] of chars.entries()) {
    const kind = kindOf(char, chars[i - 1] ?? '', chars[i + 1] ?? '');
    if (kind) {
      const last = runs[runs.length - 1];
      if (last && last.end === offset && last.kind === kind) {
        last.end += char.length;
        last.codePoints.push(hex(char));
      } else {
        runs.push({ start: offset, end: offset + char.length, kind, codePoints: [hex(char)] });
      }
    }
    offset += char.length;
  }
  return runs;
}
