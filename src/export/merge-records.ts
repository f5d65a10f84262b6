/**
 * A merge's manifest and journal are read back from the output folder, a
 * disk anyone may have written to (a shared folder, a cloned repository, an
 * unzipped archive): each is validated by a schema before anything acts on
 * it, and every name it holds must be a plain ".docx" or ".pdf" name inside the folder.
 * The source (*.giaymoi.yaml) and its list (.csv, .xlsx) can never pass.
 */
import * as z from 'zod';
import type { ExportFileSystem } from './file-system';

/** The extension of a file a merge writes: a DOCX merge's ".docx", a PDF merge's ".pdf". */
export const MERGE_OUTPUT_EXTENSION = /\.(docx|pdf)$/i;

/** A plain, visible ".docx" or ".pdf" file name of the folder itself: no separator, no "..", not hidden, at most 255 UTF-8 bytes. */
export function isPlainOutputName(name: string): boolean {
  return (
    name.length > 4 &&
    !/[/\\\0:]/.test(name) &&
    !name.startsWith('.') &&
    name.trim() === name &&
    MERGE_OUTPUT_EXTENSION.test(name) &&
    new TextEncoder().encode(name).length <= 255
  );
}

const identity = {
  /** PathInfo.id: device and inode on Node, the URI in the web host (percent-encoded: a long Vietnamese name passes 300). */
  id: z.string().min(1).max(4096),
  size: z.number().int().nonnegative(),
  /** SHA-256 of the content, recorded while the file was written. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
};

export const identitySchema = z.strictObject(identity);
export const ownedFileSchema = z.strictObject({
  name: z.string().refine(isPlainOutputName, 'not a plain .docx or .pdf name'),
  ...identity,
});

/** The files one source's last merge wrote into the folder, each with its identity. */
export const manifestSchema = z.strictObject({
  version: z.literal(2),
  files: z.array(ownedFileSchema).max(200_000),
});

/** The committed set a run is moving into place; written atomically, it is the commit point. */
export const journalSchema = z.strictObject({
  version: z.literal(2),
  /** The staging folder's own name (never a path): "<prefix>.giaymoi-<pid>-<n>-<random>.staging". */
  staging: z.string().regex(/^\.giaymoi-merge-[0-9a-f]{8}\.giaymoi-\d+-\d+-[a-z0-9]+\.staging$/),
  /** Read-only files of the previous set may be removed (the user confirmed). */
  force: z.boolean(),
  /** The new files; `replaces`: the previous set's file of that name, replaced only while it still matches. */
  files: z.array(ownedFileSchema.extend({ replaces: identitySchema.optional() })).max(200_000),
  /** The previous set's files no longer in the set, removed only while they still match. */
  remove: z.array(ownedFileSchema).max(200_000),
});

export type FileIdentity = z.infer<typeof identitySchema>;
export type OwnedFile = z.infer<typeof ownedFileSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type Journal = z.infer<typeof journalSchema>;

export type RecordRead<T> =
  { readonly state: 'missing' } | { readonly state: 'invalid' } | { readonly state: 'valid'; readonly value: T };

/** Reads and validates a JSON record; a file that is not valid JSON or fails the schema is 'invalid', never partly used. */
export async function readRecord<T>(fs: ExportFileSystem, path: string, schema: z.ZodType<T>): Promise<RecordRead<T>> {
  let bytes: Uint8Array | undefined;
  try {
    const info = await fs.info(path);
    if (!info) return { state: 'missing' };
    if (info.kind !== 'file' || info.link || info.size > 64 * 1024 * 1024) return { state: 'invalid' };
    bytes = await fs.read(path);
  } catch {
    return { state: 'invalid' };
  }
  if (!bytes) return { state: 'missing' };
  try {
    const parsed = schema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? { state: 'valid', value: parsed.data } : { state: 'invalid' };
  } catch {
    return { state: 'invalid' };
  }
}
