/**
 * The bytes of a CSV as offices save it → Unicode text: UTF-8 with or without
 * a BOM, UTF-16 ("Unicode text" from Excel), Windows-1258 (Excel's "CSV" on a
 * Vietnamese Windows: tones as combining marks, made NFC here), or text typed
 * in the legacy TCVN3/VNI fonts, converted and reported. Uses only
 * TextDecoder, so it runs in Node and in a browser worker alike.
 */
import { convertLegacyToUnicode, detectLegacyEncoding } from '../core/text/legacy-encoding';
import type { ListEncoding } from '../core/merge/table';

export interface DecodedText {
  readonly text: string;
  readonly encoding: ListEncoding;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Decodes list bytes, trying UTF-8 first; the BOM is not part of the text (editors hide it too). */
export function decodeListBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)).normalize('NFC'), encoding: 'utf-8-bom' };
  if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)).normalize('NFC'), encoding: 'utf-16' };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return legacyOr(utf8, 'utf-8');
  return legacyOr(new TextDecoder('windows-1258').decode(bytes), 'windows-1258', bytes);
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
