/**
 * Saving by incremental update (PDF 32000-1, 7.5.6): the new and changed
 * objects, a cross-reference section for them and a trailer pointing back
 * (/Prev) are appended after the file's bytes, which stay as they are. That is
 * what keeps an earlier signature valid: its byte range covers exactly the
 * earlier revision. pdf-lib writes whole files only, so the changed objects are
 * found by comparing each object's serialisation before and after the edit.
 */
import { PDFCrossRefSection, PDFNumber, PDFStream, type PDFDocument, type PDFObject, type PDFRef } from 'pdf-lib';
import { say } from '../core/messages';
import { concatBytes } from '../core/model';
import { fromBinary, toBinary } from './bytes';
import { SignError } from './sign-error';

/** The loaded file as it was: each object's look, keyed by its reference, and its last cross-reference. */
export interface Increment {
  readonly before: ReadonlyMap<string, string>;
  readonly previous: { readonly offset: number; readonly size: number };
}

/**
 * Taken right after loading, before any change. New objects are numbered from
 * the file's /Size on: pdf-lib does not count the object streams and
 * cross-reference streams it unpacks, and reusing one of their numbers would
 * hide every object packed in it.
 */
export function startIncrement(doc: PDFDocument, original: Uint8Array): Increment {
  const previous = lastCrossReference(original);
  const before = new Map(doc.context.enumerateIndirectObjects().map(([ref, object]) => [ref.tag, fingerprint(object)]));
  doc.context.largestObjectNumber = Math.max(doc.context.largestObjectNumber, previous.size - 1);
  return { before, previous };
}

/** `original` followed by the update that turns it into `doc` (fonts and images embedded first). */
export async function saveIncrement(original: Uint8Array, doc: PDFDocument, increment: Increment): Promise<Uint8Array> {
  const { before, previous } = increment;
  await doc.flush();
  const changed = doc.context
    .enumerateIndirectObjects()
    .filter(([ref, object]) => before.get(ref.tag) !== fingerprint(object))
    .sort(([a], [b]) => a.objectNumber - b.objectNumber);
  // a file that does not end its last line gets one, so the update starts on a line of its own
  const head = original[original.length - 1] === 0x0a ? [] : [fromBinary('\n')];
  const chunks: Uint8Array[] = [original, ...head];
  let offset = original.length + head.length;
  const xref = PDFCrossRefSection.createEmpty();
  for (const [ref, object] of changed) {
    xref.addEntry(ref, offset);
    const bytes = indirectObject(ref, object);
    chunks.push(bytes);
    offset += bytes.length;
  }
  const size = doc.context.largestObjectNumber + 1;
  chunks.push(
    fromBinary(`${xref.toString()}trailer\n${trailer(doc, size, previous.offset)}\nstartxref\n${offset}\n%%EOF\n`),
  );
  return concatBytes(chunks);
}

/** A stream's contents are never edited here: its dictionary stands for it (a page's contents may be megabytes). */
function fingerprint(object: PDFObject): string {
  return object instanceof PDFStream ? `stream ${object.dict.toString()}` : object.toString();
}

function indirectObject(ref: PDFRef, object: PDFObject): Uint8Array {
  const body = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(body, 0);
  return concatBytes([fromBinary(`${ref.objectNumber} ${ref.generationNumber} obj\n`), body, fromBinary('\nendobj\n')]);
}

function trailer(doc: PDFDocument, size: number, prev: number): string {
  const { Root, Info, ID } = doc.context.trailerInfo;
  const dict = doc.context.obj({ Size: size, Root, Info, ID, Prev: PDFNumber.of(prev) });
  return dict.toString();
}

/**
 * The offset after the file's last `startxref`, and the /Size of the section
 * it points to (a classic trailer or a cross-reference stream's dictionary).
 */
export function lastCrossReference(bytes: Uint8Array): { offset: number; size: number } {
  const tail = toBinary(bytes.subarray(Math.max(0, bytes.length - 1024)));
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail) ?? /startxref\s+(\d+)/.exec(tail);
  const offset = match ? Number(match[1]) : NaN;
  if (!(offset < bytes.length)) throw new SignError(say('sign.pdf.damaged', { detail: 'startxref' }));
  const at = indexOf(bytes, '/Size', offset);
  const size = at < 0 ? undefined : /^\/Size\s+(\d+)/.exec(toBinary(bytes.subarray(at, at + 32)));
  return { offset, size: size ? Number(size[1]) : 0 };
}

/** Where `text` (ASCII) first occurs in `bytes` from `from`, or -1: a whole file is never turned into a string. */
function indexOf(bytes: Uint8Array, text: string, from: number): number {
  const first = text.charCodeAt(0);
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1))
    if ([...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0))) return at;
  return -1;
}
