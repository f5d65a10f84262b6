/**
 * OLE compound files (CFB), which a user may have named .docx: a Word 97–2003
 * document, or an Office document encrypted with a password (Office keeps the
 * encrypted package in a CFB with an "EncryptionInfo" stream, MS-OFFCRYPTO 2.3.4).
 */

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream name as CFB directory entries store it: UTF-16LE. */
const ENCRYPTION_INFO = utf16le('EncryptionInfo');

export type CompoundFileKind = 'encrypted' | 'word97';

/** What a compound file holds, or undefined when the bytes are not one. */
export function compoundFileKind(bytes: Uint8Array): CompoundFileKind | undefined {
  if (!CFB_SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  return indexOf(bytes, ENCRYPTION_INFO) >= 0 ? 'encrypted' : 'word97';
}

function utf16le(text: string): Uint8Array {
  return Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  for (let at = haystack.indexOf(first); at >= 0; at = haystack.indexOf(first, at + 1))
    if (needle.every((b, i) => haystack[at + i] === b)) return at;
  return -1;
}
