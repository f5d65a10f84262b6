/**
 * The combined file of a mail merge as a planned file: streamed section by
 * section straight into its file where the file system can (memory flat in
 * the number of invitees), or gathered into one buffer where it cannot.
 */
import type { DocxParts } from '../render/docx';
import type { DocxRenderer } from './load-renderer';
import type { PlannedFile } from './plan-export';

/** The combined file of `count` invitations; `partsOf(i)` renders invitation i's own DOCX, unzipped. */
export function combinedFile(fileName: string, count: number, partsOf: (i: number) => Promise<DocxParts>, date: Date, renderer: DocxRenderer): PlannedFile {
  const write = (out: (chunk: Uint8Array) => Promise<void>) => renderer.writeCombinedDocx(count, partsOf, out, date);
  return {
    fileName,
    write,
    render: async () => {
      const chunks: Uint8Array[] = [];
      await write(async (chunk) => { chunks.push(chunk); });
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
      return bytes;
    },
  };
}
