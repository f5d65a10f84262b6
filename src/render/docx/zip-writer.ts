/**
 * The zip of entries deflated beforehand, byte for byte as fflate's streaming
 * Zip writes it (a unit test compares the two), without its machinery: a mail
 * merge zips a thousand copies that share all their entries but one, and each
 * entry's local block (header, deflated bytes, data descriptor) does not
 * depend on where it sits, so it is built once per entry and date and copied;
 * only the central directory, which holds the offsets, is written per zip.
 */
import { strToU8 } from 'fflate';

/** One zip entry, already deflated. */
export interface DeflatedEntry {
  readonly name: string;
  /** CRC-32 and length of the uncompressed bytes. */
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** "Version needed to extract" 2.0 (deflate), as fflate writes it. */
const VERSION = 20;
/** General purpose flag bit 3: sizes and CRC in the data descriptor after the data (fflate's Zip streams). */
const SIZES_AFTER_DATA = 8;
/** Flag bit 11 (the high byte's 8): the name is UTF-8. */
const UTF8_NAME = 8;
const DEFLATED = 8;

/** An entry's name and flags, and its local block: local header, deflated bytes, data descriptor. */
interface Block {
  readonly name: Uint8Array;
  readonly utf8: boolean;
  readonly bytes: Uint8Array;
}

/** Blocks already built, per entry, for one date word each (a merge's entries share one date). */
const blocks = new WeakMap<DeflatedEntry, { readonly dosTime: number; readonly block: Block }>();

/** The zip file of `entries` in order, each dated `dosTime` (fflate's word for its local fields). */
export function writeZip(entries: readonly DeflatedEntry[], dosTime: number): Uint8Array {
  const own = entries.map((entry) => blockOf(entry, dosTime));
  const central = own.reduce((n, b) => n + 46 + b.name.length, 0);
  const local = own.reduce((n, b) => n + b.bytes.length, 0);
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const block of own) out.set(block.bytes, (at += block.bytes.length) - block.bytes.length);
  let offset = 0;
  for (const [i, block] of own.entries()) {
    at = centralHeader(view, out, at, { block, entry: entries[i], dosTime, offset });
    offset += block.bytes.length;
  }
  view.setUint32(at, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(at + 8, own.length, true);
  view.setUint16(at + 10, own.length, true);
  view.setUint32(at + 12, central, true);
  view.setUint32(at + 16, local, true);
  return out;
}

function blockOf(entry: DeflatedEntry, dosTime: number): Block {
  const known = blocks.get(entry);
  if (known?.dosTime === dosTime) return known.block;
  const block = localBlock(entry, dosTime);
  blocks.set(entry, { dosTime, block });
  return block;
}

function localBlock(entry: DeflatedEntry, dosTime: number): Block {
  const name = strToU8(entry.name);
  const utf8 = name.length !== entry.name.length;
  const bytes = new Uint8Array(30 + name.length + entry.data.length + 16);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, LOCAL_HEADER, true);
  view.setUint16(4, VERSION, true);
  flagsAndMethod(bytes, 6, utf8);
  view.setUint32(10, dosTime, true); // CRC and sizes stay 0 here: they follow the data
  view.setUint16(26, name.length, true);
  bytes.set(name, 30);
  bytes.set(entry.data, 30 + name.length);
  const descriptor = 30 + name.length + entry.data.length;
  view.setUint32(descriptor, DATA_DESCRIPTOR, true);
  view.setUint32(descriptor + 4, entry.crc, true);
  view.setUint32(descriptor + 8, entry.data.length, true);
  view.setUint32(descriptor + 12, entry.size, true);
  return { name, utf8, bytes };
}

function flagsAndMethod(bytes: Uint8Array, at: number, utf8: boolean): void {
  bytes[at] = SIZES_AFTER_DATA;
  bytes[at + 1] = utf8 ? UTF8_NAME : 0;
  bytes[at + 2] = DEFLATED;
}

/** One central directory record at `at`; returns where the next begins. */
function centralHeader(
  view: DataView,
  out: Uint8Array,
  at: number,
  { block, entry, dosTime, offset }: { block: Block; entry: DeflatedEntry; dosTime: number; offset: number },
): number {
  view.setUint32(at, CENTRAL_HEADER, true);
  out[at + 4] = VERSION; // made by: MS-DOS (fflate's os 0)
  view.setUint16(at + 6, VERSION, true);
  flagsAndMethod(out, at + 8, block.utf8);
  view.setUint32(at + 12, dosTime, true);
  view.setUint32(at + 16, entry.crc, true);
  view.setUint32(at + 20, entry.data.length, true);
  view.setUint32(at + 24, entry.size, true);
  view.setUint16(at + 28, block.name.length, true);
  view.setUint32(at + 42, offset, true);
  out.set(block.name, at + 46);
  return at + 46 + block.name.length;
}
