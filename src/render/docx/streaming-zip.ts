/**
 * A zip written as it is made, for a mail merge's combined file: every entry
 * deflated (the document perhaps on another thread, by the shell's codec), its
 * compressed bytes handed to the writer in batches, so the file is never whole
 * in memory. Entries are stamped as fflate's Zip stamps them (zip-package.ts).
 */
import { strToU8, Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { concatBytes } from '../../core/model';
import type { StreamDeflater } from './zip-codec';
import { zipDate } from './zip-package';

/** Zip compression method 8. */
const DEFLATED = 8;
/** Compressed bytes gathered before one write (fewer, larger writes). */
const WRITE_BATCH = 64 * 1024;

export type ChunkWriter = (chunk: Uint8Array) => Promise<void>;

/** An entry whose content is pushed in pieces, the last with `final`. */
export interface EntryWriter {
  push(bytes: Uint8Array, final?: boolean): Promise<void>;
}

/** A zip written as it is made: every entry deflated, its compressed bytes handed to `write` in batches. */
export class StreamingZip {
  private pending: Uint8Array[] = [];
  private size = 0;
  private failure: Error | undefined;
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failure = error;
    else {
      this.pending.push(chunk);
      this.size += chunk.length;
    }
  });
  private readonly mtime: Date;

  constructor(
    private readonly write: ChunkWriter,
    date: Date,
  ) {
    this.mtime = zipDate(date);
  }

  /** An entry whose content is pushed in pieces (the last with `final`), deflated here by fflate. */
  open(name: string): EntryWriter {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = this.mtime;
    this.zip.add(entry);
    return {
      push: async (bytes, final = false) => {
        entry.push(bytes, final);
        await this.flush(false);
      },
    };
  }

  /** An entry deflated by `stream` (elsewhere, perhaps on another thread), added to the zip when its last piece is in. */
  deflatedElsewhere(name: string, stream: StreamDeflater): EntryWriter {
    return {
      push: async (bytes, final = false) => {
        stream.push(bytes);
        if (!final) return;
        const { chunks, crc, size } = await stream.end();
        const file: ZipInputFile = { filename: name, size, crc, compression: DEFLATED, mtime: this.mtime };
        this.zip.add(file); // sets file.ondata, through which the deflated bytes go in
        chunks.forEach((chunk, i) => file.ondata?.(null, chunk as Uint8Array<ArrayBuffer>, i === chunks.length - 1));
        if (!chunks.length) file.ondata?.(null, new Uint8Array(), true);
        await this.flush(false);
      },
    };
  }

  async file(name: string, bytes: Uint8Array): Promise<void> {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = this.mtime;
    this.zip.add(entry);
    entry.push(bytes, true);
    await this.flush(false);
  }

  async end(): Promise<void> {
    this.zip.end();
    await this.flush(true);
  }

  private async flush(all: boolean): Promise<void> {
    if (this.failure) throw this.failure;
    if (!all && this.size < WRITE_BATCH) return;
    const batch = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.pending) {
      batch.set(chunk, at);
      at += chunk.length;
    }
    this.pending = [];
    this.size = 0;
    if (batch.length) await this.write(batch);
  }
}

/** The bytes of `pieces` (texts UTF-8 encoded) in one array: one push, as one string was before. */
export function joinBytes(pieces: readonly (string | Uint8Array)[]): Uint8Array {
  return concatBytes(pieces.map((piece) => (typeof piece === 'string' ? strToU8(piece) : piece)));
}
