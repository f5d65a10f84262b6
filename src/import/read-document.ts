/**
 * A DOCX package as the reader sees it: the body's blocks with their list labels,
 * and the footers' paragraphs. Shared by the import and by its fidelity measure,
 * which reads the original and the exported result the same way.
 */
import type { DocxDocument } from './docx-model';
import { labelParagraphs, readNumbering } from './numbering';
import { readWordml } from './wordml';
import { readDocxParts } from './zip';

export function readDocument(bytes: Uint8Array): DocxDocument {
  const parts = readDocxParts(bytes);
  const body = readWordml(parts.get('word/document.xml')!, 'word/document.xml');
  labelParagraphs(body, readNumbering(parts.get('word/numbering.xml')));
  const footers = [...parts.keys()]
    .filter((k) => /^word\/footer\d*\.xml$/.test(k))
    .sort()
    .map((k) => readWordml(parts.get(k)!, k).flatMap((b) => (b.kind === 'paragraph' ? [b] : [])));
  return { body, footers };
}
