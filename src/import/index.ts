/**
 * A Decree 30 invitation made in Word or LibreOffice (.docx) back to a
 * `*.giaymoi.yaml` source: facts for what the decree derives, the body's
 * structure as the format's levels, and what cannot be placed kept word for
 * word in `nguyen_van`. Pure: bytes in, text out; the CLI and the editor do the I/O.
 * Built as its own bundle (dist/import.js), loaded only when something is imported.
 */
import { bodyLines } from './body-lines';
import { readBody } from './body';
import { readContactBlock } from './contact-block';
import { paragraphText } from './docx-model';
import { note, wordCount, type ImportDraft, type ImportNote } from './draft';
import { footColumns, keepAfterFoot, readFoot } from './foot';
import { isFillIn, readHeader, readTitle } from './header';
import { documentLines, type Line } from './lines';
import { splitRegions } from './regions';
import { toYaml } from './to-yaml';
import { readDocument } from './read-document';
import { say } from '../core/messages';
import { MAX_SOURCE_CHARS } from '../core/check';
import { importError } from './errors';

export { ImportError } from './errors';
export type { ImportNote } from './draft';
export { measureFidelity } from './fidelity';
export { fidelityShares, type Fidelity } from './fidelity-shares';

export interface ImportResult {
  /** The source file's text. */
  readonly yaml: string;
  readonly notes: readonly ImportNote[];
  /** Words of the document and how many went to the free fallback (the fidelity figure). */
  readonly words: { readonly total: number; readonly fallback: number };
}

export interface ImportOptions {
  /** The DOCX's file name, named in the first comment. */
  readonly fileName?: string;
}

/** Reads a DOCX; throws ImportError (with a plain reason) when it is not a readable invitation. */
export function importDocx(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const document = readDocument(bytes);
  const lines = documentLines(document.body);
  const draft: ImportDraft = { fields: {}, notes: [], words: { total: countWords(lines), fallback: 0 } };
  const regions = splitRegions(lines);
  const leftovers = readHeader(regions.header, draft);
  const hasEmphasis = lines.some((l) => l.bold);
  if (regions.subjectInTitle) draft.fields.trich_yeu = regions.subjectInTitle;
  if (regions.type) draft.fields.ten_loai = regions.type;
  const titleLines = regions.subjectInTitle ? 0 : readTitle(regions.afterTitle, hasEmphasis, draft);
  readBody(bodyLines(regions.afterTitle.slice(titleLines)), draft);
  const afterFoot = readFoot(footColumns(regions.foot), draft);
  readContactBlock(document.footers.flat().map(paragraphText), draft);
  finish(draft, leftovers, afterFoot);
  const source = say('import.heading.source', { file: options.fileName ?? say('import.heading.wordFile').vi });
  const review = say('import.heading.review');
  const heading = ` ${source.vi} ${source.en}\n ${review.vi} ${review.en}`;
  const yaml = toYaml(draft.fields, draft.notes, heading);
  if (yaml.length > MAX_SOURCE_CHARS) throw importError(say('import.error.tooMuchText')); // check would refuse it
  return { yaml, notes: draft.notes, words: draft.words };
}

/** Derived defaults dropped, the abbreviation read from the ký hiệu, leftovers kept word for word. */
function finish(draft: ImportDraft, leftovers: string[], afterFoot: string[]): void {
  const f = draft.fields;
  const agency = (f.co_quan ?? {}) as Record<string, unknown>;
  const kyHieu = typeof f.ky_hieu === 'string' ? f.ky_hieu : undefined;
  const written = kyHieu && !isFillIn(kyHieu) ? kyHieu : undefined; // a blank's dots are no abbreviation
  const abbreviation = written?.startsWith('GM-') ? written.slice(3) : written?.split('-').pop();
  const guessed = typeof agency.ten === 'string' ? initials(agency.ten) : undefined;
  if (abbreviation || guessed) agency.viet_tat = abbreviation || guessed;
  if (!abbreviation && guessed) draft.notes.push(note(['co_quan', 'viet_tat'], say('import.note.abbreviationGuessed')));
  if (!agency.ten) draft.notes.push(note([], say('import.note.noHeader')));
  if (Object.keys(agency).length) f.co_quan = agency;
  if (kyHieu === `GM-${agency.viet_tat}`) delete f.ky_hieu;
  if (leftovers.length) {
    f.nguyen_van = leftovers;
    draft.words.fallback += leftovers.reduce((n, t) => n + wordCount(t), 0);
    draft.notes.push(note(['nguyen_van'], say('import.note.verbatim')));
  }
  keepAfterFoot(afterFoot, draft);
}

const initials = (name: string) =>
  name
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => w[0])
    .join('')
    .toLocaleUpperCase('vi') || undefined;

function countWords(lines: readonly Line[]): number {
  return lines.reduce((n, l) => n + wordCount(l.text), 0);
}
