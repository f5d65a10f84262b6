/**
 * The web host's DEFLATE for the one large part of a mail merge: the combined
 * file's document.xml, every copy's body in one entry. fflate compresses it in
 * JavaScript on the extension's worker, several times slower than zlib; the
 * browser's CompressionStream is zlib itself, native, and takes the bytes as
 * the copies render. It is asked for gzip, not deflate-raw, because gzip's
 * trailer carries the CRC-32 and size a zip entry needs, counted natively too.
 * The small parts of each copy stay with fflate (the codec's deflateRaw is
 * synchronous; the browser's is not).
 */
import type { StreamDeflater, ZipCodec } from '../render/docx/zip-codec';

/** A gzip member's fixed header (RFC 1952) when no optional field is set (FLG 0), as zlib writes it. */
const GZIP_HEADER_BYTES = 10;
const GZIP_TRAILER_BYTES = 8;

/** `codec` with the browser's native stream DEFLATE where the host has CompressionStream. */
export function withNativeStreamDeflate(codec: ZipCodec): ZipCodec {
  return typeof CompressionStream === 'function' ? { ...codec, deflateStream: nativeStreamDeflater } : codec;
}

/** A raw DEFLATE stream through CompressionStream('gzip'), its gzip header and trailer taken off. */
export function nativeStreamDeflater(): StreamDeflater {
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const output = collect(stream.readable);
  let written: Promise<void> = Promise.resolve();
  return {
    push(bytes) {
      written = writer.write(bytes as Uint8Array<ArrayBuffer>);
      written.catch(() => undefined); // a failed write fails close() and the output too, which end() awaits
    },
    async end() {
      await written;
      await writer.close();
      return unwrapGzip(await output);
    },
  };
}

async function collect(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = readable.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** The raw DEFLATE data of one gzip member, with its CRC-32 and uncompressed size (mod 2^32, as zip's). */
export function unwrapGzip(member: Uint8Array): { chunks: Uint8Array[]; crc: number; size: number } {
  if (member[0] !== 0x1f || member[1] !== 0x8b || member[3] !== 0)
    throw new Error('CompressionStream: not a plain gzip member');
  const trailer = new DataView(member.buffer, member.byteOffset + member.length - GZIP_TRAILER_BYTES);
  return {
    chunks: [member.subarray(GZIP_HEADER_BYTES, member.length - GZIP_TRAILER_BYTES)],
    crc: trailer.getUint32(0, true),
    size: trailer.getUint32(4, true),
  };
}
