/**
 * A DOCX package's parts → the zip file, in the order given: each part deflated
 * with the caller's codec (Node's native zlib where Node runs), then zipped as
 * fflate's streaming Zip zips them (zip-writer.ts, each entry's block built
 * once), every entry dated to one date, so the same source gives the same bytes. A mail merge keeps a package's
 * deflated entries and swaps only one before zipping them again.
 */
import type { ZipCodec } from './zip-codec';
import { writeZip, type DeflatedEntry } from './zip-writer';

export type { DeflatedEntry } from './zip-writer';

/** `bytes` deflated by `codec` as the zip entry `name`. */
export function deflateEntry(name: string, bytes: Uint8Array, codec: ZipCodec): DeflatedEntry {
  return { name, crc: codec.crc32(bytes), size: bytes.length, data: codec.deflateRaw(bytes) };
}

/** The zip file of `parts` (name → bytes), each entry deflated by `codec` and dated `date`. */
export function zipPackage(parts: Iterable<readonly [string, Uint8Array]>, date: Date, codec: ZipCodec): Uint8Array {
  return zipDeflated(
    [...parts].map(([name, bytes]) => deflateEntry(name, bytes, codec)),
    date,
  );
}

/** The zip file of entries deflated beforehand, in order, each dated `date` (as fflate's Zip writes it: zip-writer.ts). */
export function zipDeflated(entries: readonly DeflatedEntry[], date: Date): Uint8Array {
  return writeZip(entries, zipTimeWord(date));
}

/** The date and time word fflate stamps an entry with: zipDate's local fields, packed as MS-DOS date << 16 | time. */
export function zipTimeWord(date: Date): number {
  const dt = zipDate(date);
  return (
    ((dt.getFullYear() - 1980) << 25) |
    ((dt.getMonth() + 1) << 21) |
    (dt.getDate() << 16) |
    (dt.getHours() << 11) |
    (dt.getMinutes() << 5) |
    (dt.getSeconds() >> 1)
  );
}

/**
 * A date whose local fields are `date`'s UTC fields: fflate stamps entries from
 * local fields, and a file must not change with the time zone it is made in;
 * years outside what fflate's zips hold (1980–2099) are clamped.
 */
export function zipDate(date: Date): Date {
  const year = Math.min(2099, Math.max(1980, date.getUTCFullYear()));
  return new Date(
    year,
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
}

/** MS-DOS time and date words of a date's UTC fields (years 1980–2099), as the entries carry them. */
export function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(2099, Math.max(1980, date.getUTCFullYear()));
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}
