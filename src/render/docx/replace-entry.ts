/**
 * One entry of a zip file replaced, every other entry copied as it is
 * (compressed bytes included): a mail merge re-deflates only each invitee's
 * word/document.xml instead of the whole package. Headers are copied and only
 * their CRC, sizes and offsets patched, so the result is byte for byte what
 * zipping the changed files again would give.
 */
import { FFLATE_CODEC, type ZipCodec } from './zip-codec';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry { readonly name: string; readonly central: number; readonly centralSize: number; readonly local: number; readonly localSize: number }

/** `zip` with entry `name`'s content replaced by `content` (deflated by `codec`, as the rest was); throws if `name` is absent. */
export function replaceZipEntry(zip: Uint8Array, name: string, content: Uint8Array, codec: ZipCodec = FFLATE_CODEC): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = endOfCentralDirectory(view);
  const entries = centralEntries(zip, view, eocd);
  const target = entries.find((e) => e.name === name);
  if (!target) throw new Error(`zip: no entry ${name}`);
  const data = codec.deflateRaw(content);
  const crc = codec.crc32(content);
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    offsets.push(at);
    const piece = e === target ? patchedLocal(zip, e, data, crc, content.length) : zip.subarray(e.local, e.local + e.localSize);
    chunks.push(piece);
    at += piece.length;
  }
  const centralStart = at;
  entries.forEach((e, i) => {
    const record = zip.slice(e.central, e.central + e.centralSize);
    const r = new DataView(record.buffer);
    if (e === target) setSizes(r, 16, crc, data.length, content.length);
    r.setUint32(42, offsets[i], true);
    chunks.push(record);
    at += record.length;
  });
  const end = zip.slice(eocd, zip.length);
  const v = new DataView(end.buffer);
  v.setUint32(12, at - centralStart, true);
  v.setUint32(16, centralStart, true);
  chunks.push(end);
  return concat(chunks, at + end.length);
}

function patchedLocal(zip: Uint8Array, e: Entry, data: Uint8Array, crc: number, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const headerSize = 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
  const piece = new Uint8Array(headerSize + data.length);
  piece.set(zip.subarray(e.local, e.local + headerSize));
  setSizes(new DataView(piece.buffer), 14, crc, data.length, size);
  piece.set(data, headerSize);
  return piece;
}

function setSizes(view: DataView, at: number, crc: number, compressed: number, size: number): void {
  view.setUint32(at, crc, true);
  view.setUint32(at + 4, compressed, true);
  view.setUint32(at + 8, size, true);
}

function centralEntries(zip: Uint8Array, view: DataView, eocd: number): Entry[] {
  const count = view.getUint16(eocd + 10, true);
  const entries: Entry[] = [];
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i += 1) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('zip: bad central directory');
    const nameLength = view.getUint16(at + 28, true);
    const centralSize = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('zip: bad local header');
    const localSize = 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true) + view.getUint32(at + 20, true);
    entries.push({ name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)), central: at, centralSize, local, localSize });
    at += centralSize;
  }
  return entries;
}

function endOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new Error('zip: no end of central directory');
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
