/**
 * Opens a DOCX package and reads the parts an invitation needs. Sizes are checked
 * against the central directory before anything is inflated, and again after, so a
 * zip bomb or an oversized file is refused with a message instead of filling memory.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { importError } from './errors';
import { MAX_DOCX_BYTES, MAX_PART_BYTES } from './limits';
import { say } from '../core/messages';

const WANTED =
  /^(word\/(document|numbering|styles)\.xml|word\/(header|footer)\d*\.xml|word\/_rels\/document\.xml\.rels)$/;

/** Part name → its text, for the parts the reader uses. */
export type DocxParts = ReadonlyMap<string, string>;

export function readDocxParts(bytes: Uint8Array): DocxParts {
  if (bytes.length > MAX_DOCX_BYTES)
    throw importError(say('import.error.tooLarge', { megabytes: megabytes(bytes.length) }));
  if (!isZip(bytes)) throw importError(say('import.error.notZip'));
  const files = inflate(bytes);
  if (!files['word/document.xml']) throw importError(say('import.error.noDocumentXml'));
  const decoder = new TextDecoder('utf-8');
  return new Map(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}

function inflate(bytes: Uint8Array): Record<string, Uint8Array> {
  let total = 0;
  const filter = (file: UnzipFileInfo): boolean => {
    if (!WANTED.test(file.name)) return false;
    total += file.originalSize;
    if (file.originalSize > MAX_PART_BYTES || total > MAX_PART_BYTES * 2)
      throw importError(say('import.error.zipBomb'));
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter });
  } catch (error) {
    if (error instanceof Error && error.name === 'ImportError') throw error;
    throw importError(say('import.error.corrupt'));
  }
  if (Object.values(files).some((data) => data.length > MAX_PART_BYTES)) throw importError(say('import.error.zipBomb'));
  return files;
}

const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1);
