/**
 * The codec DOCX packages are zipped with where Node runs (the CLI, the
 * desktop extension's platform): zlib's native DEFLATE and CRC-32, at docx's
 * level. A browser build uses the renderer's fflate codec instead (the web
 * platform says so). zlib is required on first use, so a command that writes
 * no DOCX never loads it.
 */
import type * as Zlib from 'node:zlib';
import type { ZipCodec } from '../render/docx';
import { type StreamDeflater, DEFLATE_LEVEL, crc32 as crc32InJavaScript } from '../render/docx/zip-codec';

/** Node's module cache keeps it after the first call. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- zlib loads on the first export, not at start
const zlib = (): typeof Zlib => require('node:zlib') as typeof Zlib;

/** Node's zlib; its crc32 came in Node 20.15 (an older host counts in JavaScript). */
export const nodeZipCodec: ZipCodec = {
  deflateRaw: (bytes) => zlib().deflateRawSync(bytes, { level: DEFLATE_LEVEL }),
  deflateRawLater: (bytes) =>
    new Promise((resolve, reject) =>
      zlib().deflateRaw(bytes, { level: DEFLATE_LEVEL }, (error, out) => (error ? reject(error) : resolve(out))),
    ),
  crc32: (bytes) => (typeof zlib().crc32 === 'function' ? zlib().crc32(bytes) : crc32InJavaScript(bytes)),
  get deflateStream() {
    return typeof zlib().crc32 === 'function' ? deflateInThreadPool : undefined;
  },
};

/**
 * zlib's asynchronous DEFLATE: it runs on libuv's thread pool, so the combined
 * file of a merge is compressed on another core while the copies are written.
 */
function deflateInThreadPool(): StreamDeflater {
  const stream = zlib().createDeflateRaw({ level: DEFLATE_LEVEL });
  const chunks: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  stream.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  return {
    push(bytes) {
      crc = zlib().crc32(bytes, crc);
      size += bytes.length;
      stream.write(bytes);
    },
    async end() {
      stream.end();
      await ended;
      return { chunks, crc, size };
    },
  };
}
