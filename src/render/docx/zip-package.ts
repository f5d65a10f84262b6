/**
 * A DOCX package's parts → the zip file, in the order given, each entry
 * deflated with the caller's codec and dated to one date, so the same source
 * gives the same bytes (APPNOTE 6.3.10: local headers with their sizes, no
 * data descriptors, then the central directory and its end record).
 */
import type { ZipCodec } from './zip-codec';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
/** Version needed to extract: 2.0, DEFLATE. */
const VERSION = 20;
/** General purpose flag bit 11: the entry's name is UTF-8. */
const UTF8_NAME = 0x0800;
const DEFLATED = 8;

interface Entry {
  readonly name: Uint8Array;
  readonly flag: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
  readonly offset: number;
}

/** The zip file of `parts` (name → bytes), each entry deflated by `codec` and dated `date`. */
export function zipPackage(parts: Iterable<readonly [string, Uint8Array]>, date: Date, codec: ZipCodec): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Entry[] = [];
  let offset = 0;
  for (const [name, bytes] of parts) {
    const encoded = encoder.encode(name);
    const flag = encoded.length === name.length ? 0 : UTF8_NAME;
    const entry = { name: encoded, flag, crc: codec.crc32(bytes), size: bytes.length, data: codec.deflateRaw(bytes), offset };
    entries.push(entry);
    offset += 30 + encoded.length + entry.data.length;
  }
  const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const out = new Uint8Array(offset + centralSize + 22);
  const view = new DataView(out.buffer);
  const { time, day } = dosDateTime(date);
  let at = 0;
  for (const e of entries) at = writeLocal(out, view, at, e, time, day);
  for (const e of entries) at = writeCentral(out, view, at, e, time, day);
  writeEnd(view, at, entries.length, centralSize, offset);
  return out;
}

/** The fields local and central headers share, from "version needed" to the name's length. */
function writeShared(view: DataView, at: number, e: Entry, time: number, day: number): void {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, e.flag, true);
  view.setUint16(at + 4, DEFLATED, true);
  view.setUint16(at + 6, time, true);
  view.setUint16(at + 8, day, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.data.length, true);
  view.setUint32(at + 18, e.size, true);
  view.setUint16(at + 22, e.name.length, true);
}

function writeLocal(out: Uint8Array, view: DataView, at: number, e: Entry, time: number, day: number): number {
  view.setUint32(at, LOCAL, true);
  writeShared(view, at + 4, e, time, day);
  out.set(e.name, at + 30);
  out.set(e.data, at + 30 + e.name.length);
  return at + 30 + e.name.length + e.data.length;
}

function writeCentral(out: Uint8Array, view: DataView, at: number, e: Entry, time: number, day: number): number {
  view.setUint32(at, CENTRAL, true);
  view.setUint16(at + 4, VERSION, true); // made by: MS-DOS, 2.0
  writeShared(view, at + 6, e, time, day);
  view.setUint32(at + 42, e.offset, true); // extra, comment, disk, attributes: 0
  out.set(e.name, at + 46);
  return at + 46 + e.name.length;
}

function writeEnd(view: DataView, at: number, count: number, centralSize: number, centralStart: number): void {
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, count, true);
  view.setUint16(at + 10, count, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, centralStart, true);
}

/** MS-DOS time and date words of a date's UTC fields (years 1980–2107). */
export function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(2107, Math.max(1980, date.getUTCFullYear()));
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}
