/**
 * The codec DOCX packages are zipped with where Node runs (the CLI, the
 * desktop extension's platform): zlib's native DEFLATE and CRC-32, at docx's
 * level. A browser build uses the renderer's fflate codec instead (the web
 * platform says so). zlib is required on first use, so a command that writes
 * no DOCX never loads it.
 */
import type * as Zlib from 'node:zlib';
import type { ZipCodec } from '../render/docx';
import { DEFLATE_LEVEL, crc32 as crc32InJavaScript } from '../render/docx/zip-codec';

/** Node's module cache keeps it after the first call. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- zlib loads on the first export, not at start
const zlib = (): typeof Zlib => require('node:zlib') as typeof Zlib;

/** Node's zlib; its crc32 came in Node 20.15 (an older host counts in JavaScript). */
export const nodeZipCodec: ZipCodec = {
  deflateRaw: (bytes) => zlib().deflateRawSync(bytes, { level: DEFLATE_LEVEL }),
  crc32: (bytes) => (typeof zlib().crc32 === 'function' ? zlib().crc32(bytes) : crc32InJavaScript(bytes)),
};
