/** What the recognisers build: the invitation's fields, and what they want the user to know. */
import type { Localized } from '../core/model';

/** A field path in the invitation, e.g. ['nguoi_ky', 'ho_ten'] or ['muc', 2]. */
export type FieldPath = readonly (string | number)[];

/** Something the importer changed, guessed or could not place; shown as a YAML comment and a diagnostic. */
export interface ImportNote {
  readonly path: FieldPath;
  readonly message: Localized;
}

export interface ImportDraft {
  /** The invitation's fields, in the schema's terms. */
  readonly fields: Record<string, unknown>;
  readonly notes: ImportNote[];
  /** Words read from the document, and how many of them landed in the free fallback. */
  readonly words: { total: number; fallback: number };
}

export const note = (path: FieldPath, message: Localized): ImportNote => ({ path, message });

/** Words of a text, as the fidelity figure counts them. */
export const wordCount = (text: string): number => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
