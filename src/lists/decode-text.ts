/**
 * The bytes of a CSV as offices save it → Unicode text: UTF-8 with or without
 * a BOM, UTF-16 little- or big-endian with or without a BOM ("Unicode text"
 * from Excel, Notepad's "UTF-16 BE"), Windows-1258 (Excel's "CSV" on a
 * Vietnamese Windows: tones as combining marks, made NFC here), or text typed
 * in the legacy TCVN3/VNI fonts, converted and reported. Uses only
 * TextDecoder, so it runs in Node and in a browser worker alike.
 */
import { convertLegacyToUnicode, detectLegacyEncoding } from '../core/text';
import type { ListEncoding } from '../core/merge';

export interface DecodedText {
  readonly text: string;
  readonly encoding: ListEncoding;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Decodes list bytes, trying UTF-8 first; the BOM is not part of the text (editors hide it too). */
export function decodeListBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf))
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)).normalize('NFC'), encoding: 'utf-8-bom' };
  if (startsWith(bytes, 0xff, 0xfe)) return utf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return utf16(bytes.subarray(2), 'utf-16be');
  const unmarked = utf16WithoutBom(bytes);
  if (unmarked) return utf16(bytes, unmarked);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return legacyOr(utf8, 'utf-8');
  return legacyOr(new TextDecoder('windows-1258').decode(bytes), 'windows-1258', bytes);
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): DecodedText {
  return { text: new TextDecoder(label).decode(bytes).normalize('NFC'), encoding: 'utf-16' };
}

/** How much of the text is looked at to tell UTF-16 without a BOM (a header row and a few rows). */
const SNIFF_BYTES = 4096;

/**
 * UTF-16 without a BOM, told by its zero bytes: a list's commas, digits and
 * Latin letters have a zero high byte, so one byte in two (the odd ones in
 * little-endian, the even ones in big-endian) is mostly zero, the others
 * almost never. UTF-8 and single-byte text hold no zero byte at all.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.02) return 'utf-16le';
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Legacy-font text shows as Latin-1 letters: looked for in the single-byte reading (and in UTF-8 text it was pasted into). */
function legacyOr(text: string, encoding: ListEncoding, bytes?: Uint8Array): DecodedText {
  const latin = bytes ? new TextDecoder('windows-1252').decode(bytes) : text;
  const kind = detectLegacyEncoding(latin);
  if (kind) return { text: convertLegacyToUnicode(latin, kind), encoding: kind };
  return { text: text.normalize('NFC'), encoding };
}
