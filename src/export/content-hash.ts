/**
 * SHA-256 fed chunk by chunk: a merge records each file's content hash while
 * the file is written (the combined file is streamed, never whole in memory),
 * in the CLI, the desktop extension host and the web host alike. node:crypto
 * is missing in the web host and crypto.subtle cannot hash a stream, so the
 * portable one is @noble/hashes (audited, pure JS); Node's file system offers
 * its native one, about ten times faster (file-system.ts `newHash`).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { IncrementalHash } from './file-system';

/** An incremental SHA-256: `update` with each chunk, then `hex()` once. */
export class ContentHash implements IncrementalHash {
  private readonly hash = sha256.create();

  update(bytes: Uint8Array): this {
    this.hash.update(bytes);
    return this;
  }

  /** The digest as 64 lowercase hex digits (the hash cannot be updated after). */
  hex(): string {
    return bytesToHex(this.hash.digest());
  }
}

/** The file system's native SHA-256 where it has one, else this one (both give the same digest). */
export function newContentHash(fs: { newHash?(): IncrementalHash }): IncrementalHash {
  return fs.newHash?.() ?? new ContentHash();
}

/** The SHA-256 of `bytes`, as hex. */
export function hashOf(bytes: Uint8Array): string {
  return new ContentHash().update(bytes).hex();
}
