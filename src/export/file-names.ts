/**
 * File names every common system accepts: no reserved device names, no
 * forbidden, control or bidi/invisible characters, no leading dots (a hidden
 * file, or "../../evil" made ".. .. evil") and no trailing dots or spaces,
 * and a length bounded in UTF-8 bytes (255 per name on ext4, APFS, NTFS via
 * UTF-16 is looser), Vietnamese letters kept, or folded to ASCII on request
 * ("Sở Y tế" → "So Y te"). A long name is shortened at word boundaries,
 * keeping its beginning and its end, where names in a list usually differ.
 */

/** Device names Windows reserves, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Characters Windows forbids, and every control character (C0, DEL, C1, line and paragraph separators). */
const FORBIDDEN = /[<>:"/\\|?*\p{Cc}\u2028\u2029]/gu;
/** Invisible format characters: bidi controls (which can disguise "cod.exe" as "exe.doc"), zero-width ones, BOM. */
const INVISIBLE = /\p{Cf}/gu;
/** Noncharacters (U+FFFE, U+FFFF, U+FDD0…) and lone surrogates, which no file system name should hold. */
const NONCHARACTERS = /[\uFDD0-\uFDEF\uFFFE\uFFFF\p{Cs}]/gu;

/** The longest file name, in UTF-8 bytes, on the file systems users have (ext4, APFS, NTFS, FAT long names). */
export const MAX_NAME_BYTES = 255;

export interface SafeNameOptions {
  /** Fold Vietnamese letters to ASCII. */
  readonly ascii?: boolean;
  /** Longest stem in UTF-8 bytes, before any extension the caller adds (default 120). */
  readonly maxBytes?: number;
  /** Used when nothing is left. */
  readonly fallback?: string;
}

/** A stem (no extension) that is a valid file name on Windows, macOS and Linux. */
export function safeFileStem(name: string, options: SafeNameOptions = {}): string {
  let stem = name
    .normalize('NFC')
    .replace(/\*\*|\*/g, '')
    .replace(INVISIBLE, '')
    .replace(NONCHARACTERS, '')
    .replace(FORBIDDEN, ' ');
  if (options.ascii) stem = foldToAscii(stem);
  stem = stem
    .replace(/\s+/g, ' ')
    .replace(/^[. ]+/, '')
    .trim(); // a leading dot hides the file on Linux and macOS
  stem = shortenToBytes(stem, options.maxBytes ?? 120).replace(/[. ]+$/, '');
  if (!stem) stem = shortenToBytes(options.fallback ?? 'giay-moi', options.maxBytes ?? 120);
  return RESERVED.test(stem) ? `_${stem}` : stem;
}

/** Vietnamese (and other Latin) letters without their marks; đ/Đ become d/D. */
export function foldToAscii(text: string): string {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '');
}

/** UTF-8 length of a string. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const ELLIPSIS = ' … ';

/**
 * `text` within `max` UTF-8 bytes: unchanged when it fits, else its first
 * words and its last words around " … " (about 60/40), cut inside a word only
 * when a single word is too long; never cuts a character.
 */
export function shortenToBytes(text: string, max: number): string {
  if (utf8Bytes(text) <= max) return text;
  const room = max - utf8Bytes(ELLIPSIS);
  if (room < 8) return prefixWithin(text, max).trim();
  const words = text.split(' ');
  const head = wordsWithin(words, Math.floor(room * 0.6));
  const tail = wordsWithin([...words].reverse(), room - utf8Bytes(head.join(' ')) - 1).reverse();
  const headText = head.length ? head.join(' ') : prefixWithin(text, Math.floor(room * 0.6));
  return tail.length ? `${headText}${ELLIPSIS}${tail.join(' ')}` : prefixWithin(text, max).trim();
}

/** The longest run of whole words from the start of `words` within `max` bytes. */
function wordsWithin(words: readonly string[], max: number): string[] {
  const taken: string[] = [];
  let used = -1;
  for (const word of words) {
    const cost = utf8Bytes(word) + 1;
    if (used + cost > max) break;
    taken.push(word);
    used += cost;
  }
  return taken;
}

/** The longest prefix of whole characters within `max` bytes. */
function prefixWithin(text: string, max: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    used += utf8Bytes(ch);
    if (used > max) break;
    out += ch;
  }
  return out;
}
