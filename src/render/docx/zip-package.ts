/**
 * A DOCX package's parts → the zip file, in the order given: each part deflated
 * with the caller's codec (Node's native zlib where Node runs), then written by
 * fflate's streaming Zip from those deflated bytes, every entry dated to one
 * date, so the same source gives the same bytes. A mail merge keeps a package's
 * deflated entries and swaps only one before zipping them again.
 */
import { Zip, type ZipInputFile } from 'fflate';
import type { ZipCodec } from './zip-codec';

/** Zip compression method 8. */
const DEFLATED = 8;

/** One zip entry, already deflated. */
export interface DeflatedEntry {
  readonly name: string;
  /** CRC-32 and length of the uncompressed bytes. */
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

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

/** The zip file of entries deflated beforehand, in order, each dated `date` (fflate's Zip, fed their deflated bytes as they are). */
export function zipDeflated(entries: readonly DeflatedEntry[], date: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const mtime = zipDate(date);
  for (const entry of entries) {
    const file: ZipInputFile = { filename: entry.name, size: entry.size, crc: entry.crc, compression: DEFLATED, mtime };
    zip.add(file); // sets file.ondata, through which the entry's bytes go in
    file.ondata?.(null, entry.data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  return concat(chunks);
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

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
