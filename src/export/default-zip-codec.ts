/**
 * The codec DOCX packages are zipped with where Node runs (the CLI, the
 * desktop extension): zlib's native DEFLATE and CRC-32, at docx's level. The
 * web build replaces this module with features/default-zip-codec.web.ts (the
 * renderer's fflate codec), as it does default-file-system.ts. zlib is
 * required on first use, so a command that writes no DOCX never loads it.
 */
import type * as Zlib from 'node:zlib';
import type { ZipCodec } from '../render/docx';
import { DEFLATE_LEVEL, crc32 as crc32InJavaScript } from '../render/docx/zip-codec';

let zlib: typeof Zlib | undefined;
const loaded = (): typeof Zlib => (zlib ??= require('node:zlib') as typeof Zlib);

/** Node's zlib; its crc32 came in Node 20.15 (an older host counts in JavaScript). */
export const defaultZipCodec: ZipCodec = {
  deflateRaw: (bytes) => loaded().deflateRawSync(bytes, { level: DEFLATE_LEVEL }),
  crc32: (bytes) => (typeof loaded().crc32 === 'function' ? loaded().crc32(bytes) : crc32InJavaScript(bytes)),
};
