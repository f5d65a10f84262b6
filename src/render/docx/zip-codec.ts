/**
 * How a DOCX package's parts are compressed: raw DEFLATE and the CRC-32 a zip
 * entry carries. The renderer runs wherever the core runs, so its own codec is
 * fflate (pure JavaScript, the library docx zips with); a Node shell hands in
 * zlib's, which is native: on a cold CLI start fflate's deflate of a
 * two-page invitation ran in V8's interpreter for ~35 ms of CPU; zlib takes
 * a few ms, loading it included (warm: ~5 ms against ~1.4 ms).
 */
import { deflateSync } from 'fflate';

export interface ZipCodec {
  /** Raw DEFLATE (no zlib header), as zip entries with method 8 hold. */
  deflateRaw(bytes: Uint8Array): Uint8Array;
  /** CRC-32 (ISO 3309) of the uncompressed bytes. */
  crc32(bytes: Uint8Array): number;
  /** The same raw DEFLATE, done off the main thread (Node's thread pool), where the shell can: a merge deflates copies ahead. */
  deflateRawLater?(bytes: Uint8Array): Promise<Uint8Array>;
  /** One entry deflated piece by piece, where the shell can do it off the main thread (a mail merge's combined file). */
  deflateStream?(): StreamDeflater;
}

/** Raw DEFLATE of bytes pushed in order; `end` gives the compressed chunks, the CRC-32 and size of all pushed. */
export interface StreamDeflater {
  push(bytes: Uint8Array): void;
  end(): Promise<{ readonly chunks: readonly Uint8Array[]; readonly crc: number; readonly size: number }>;
}

/** DEFLATE level: docx's own (fflate's default), a balance Word and LibreOffice read alike. */
export const DEFLATE_LEVEL = 6;

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 (ISO 3309), as zip files use. */
export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i += 1) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** The renderer's own codec, for a shell that brings none (the web extension, tests). */
export const FFLATE_CODEC: ZipCodec = {
  deflateRaw: (bytes) => deflateSync(bytes, { level: DEFLATE_LEVEL }),
  crc32,
};
