/**
 * A merge's copies, rendered each in full (a list file's rows), still share
 * most of their package: styles, numbering, settings, fonts, theme, properties,
 * relationships, and usually headers and footers. Each part equal, byte for
 * byte, to the one the copies before had keeps that one's deflated entry, so it
 * is deflated once per merge instead of once per copy, and its bytes object,
 * which the combined file reads once per object.
 */
import type { ZipCodec } from './zip-codec';
import { deflateEntry, type DeflatedEntry } from './zip-package';

/** The last entry seen under each part name, with its uncompressed bytes. */
export class SharedEntries {
  private readonly last = new Map<string, { readonly raw: Uint8Array; readonly entry: DeflatedEntry }>();
  private readonly raws = new WeakMap<DeflatedEntry, Uint8Array>();

  /** `name`'s entry: the one kept when `bytes` equal its bytes, else `bytes` deflated (and kept). */
  entry(name: string, bytes: Uint8Array, codec: ZipCodec): DeflatedEntry {
    const known = this.last.get(name);
    if (known && sameBytes(known.raw, bytes)) return known.entry;
    const entry = deflateEntry(name, bytes, codec);
    this.last.set(name, { raw: bytes, entry });
    this.raws.set(entry, bytes);
    return entry;
  }

  /** The uncompressed bytes an entry was made from. */
  bytes(entry: DeflatedEntry): Uint8Array {
    const raw = this.raws.get(entry);
    if (!raw) throw new Error('SharedEntries: an entry it did not make');
    return raw;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
