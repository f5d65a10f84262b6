/**
 * Opens a DOCX package and reads the parts an invitation needs. Parts are
 * inflated as a stream, a few kilobytes of compressed data at a time, and their
 * real (not declared) size counted as it comes: a zip bomb whose headers lie is
 * refused within the limit's memory and time, naming the part. A Word 97 file or
 * an encrypted document (both OLE compound files, not zips) gets its own message.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { compoundFileKind } from './compound-file';
import { importError } from './errors';
import { MAX_DOCX_BYTES, MAX_PART_BYTES } from './limits';
import { say } from '../core/messages';
import { concatBytes } from '../core/model';

const WANTED =
  /^(word\/(document|numbering|styles)\.xml|word\/(header|footer)\d*\.xml|word\/_rels\/document\.xml\.rels)$/;
/** Compressed bytes handed to the inflater at a time: at most ~1,000 times that comes out of one push. */
const CHUNK_BYTES = 4 * 1024;

/** Part name → its text, for the parts the reader uses. */
export type DocxParts = ReadonlyMap<string, string>;

export function readDocxParts(bytes: Uint8Array): DocxParts {
  if (bytes.length > MAX_DOCX_BYTES)
    throw importError(say('import.error.tooLarge', { megabytes: megabytes(bytes.length) }));
  const compound = compoundFileKind(bytes);
  if (compound) throw importError(say(compound === 'encrypted' ? 'import.error.encrypted' : 'import.error.word97'));
  if (!isZip(bytes)) throw importError(say('import.error.notZip'));
  const files = inflate(bytes);
  if (!files.has('word/document.xml')) throw importError(say('import.error.noDocumentXml'));
  const decoder = new TextDecoder('utf-8');
  return new Map([...files].map(([name, chunks]) => [name, decoder.decode(concatBytes(chunks))]));
}

function inflate(bytes: Uint8Array): Map<string, Uint8Array[]> {
  const files = new Map<string, Uint8Array[]>();
  let total = 0;
  const unzip = new Unzip((file) => {
    if (!WANTED.test(file.name)) return;
    const chunks: Uint8Array[] = [];
    files.set(file.name, chunks);
    let size = 0;
    file.ondata = (error, chunk) => {
      if (error) throw error;
      size += chunk.length;
      total += chunk.length;
      if (size > MAX_PART_BYTES || total > MAX_PART_BYTES * 2) throw tooLarge(file, size);
      chunks.push(chunk);
    };
    const declared = file.originalSize ?? 0;
    if (declared > MAX_PART_BYTES) throw tooLarge(file, declared);
    if (file.compression === 0 || file.compression === 8) file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES)
      unzip.push(bytes.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= bytes.length);
  } catch (error) {
    if (error instanceof Error && error.name === 'ImportError') throw error;
    throw importError(say('import.error.corrupt'));
  }
  return files;
}

/** A part past the limit: a bomb when it came from a small package, else a document too large to be an invitation. */
function tooLarge(file: UnzipFile, size: number) {
  const bomb = (file.size ?? 0) * 20 < size;
  return importError(say(bomb ? 'import.error.zipBomb' : 'import.error.partTooLarge', { part: file.name }));
}

const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1);
