/**
 * The one mail-merge planner: a list of copies (merge-copies.ts, either
 * flavour) → the files to write, named once (mail-merge.ts), each copy
 * rendered once. The combined file is assembled from the copies' parts as
 * the merge set renders the copies in order (merge-set.ts renders them one by
 * one, overlapping only their writes, the combined file last), so it needs no
 * render of its own; asked for out of that order (alone, or a copy skipped),
 * it renders the copies itself.
 */
import type { DocxParts, RenderedCopy, ZipCodec } from '../render/docx';
import type { DocxRenderer } from './load-renderer';
import { patternedNames, planMailMerge } from './mail-merge';
import type { MergeCopies } from './merge-copies';
import type { PlannedFile } from './planned-file';

export interface MergePlanOptions {
  readonly stem: string;
  readonly asciiNames?: boolean;
  /** The date every zip entry carries (the invitation's). */
  readonly date: Date;
  /** The shell's codec: Node's deflates the combined file's text on another thread. */
  readonly codec?: ZipCodec;
}

/** Each copy's file, then the combined one. */
export function planMerge(copies: MergeCopies, options: MergePlanOptions, renderer: DocxRenderer): PlannedFile[] {
  const names = copies.patterned
    ? patternedNames(copies.names, options.stem, { ascii: options.asciiNames })
    : planMailMerge(copies.names, options.stem, { ascii: options.asciiNames });
  const alongside = combineAlongside(copies.names.length, (i) => copies.render(i), options, renderer);
  const files: PlannedFile[] = names.entries.map((entry) => ({
    fileName: entry.fileName,
    render: () => alongside.copy(entry.invitee),
  }));
  return [...files, bufferedToo({ fileName: names.combinedFileName, write: alongside.writeCombined })];
}

type ChunkWriter = (chunk: Uint8Array) => Promise<void>;

/** Renders copies for their own files while feeding the combined file, copy 0 to the last, each once. */
function combineAlongside(
  count: number,
  render: (i: number) => Promise<RenderedCopy>,
  { date, codec }: MergePlanOptions,
  renderer: DocxRenderer,
) {
  let combined: InstanceType<DocxRenderer['CombinedDocx']> | undefined = new renderer.CombinedDocx(date, codec);
  let next = 0;
  const copy = async (i: number) => {
    const rendered = await render(i);
    if (combined && i === next) {
      await combined.add(rendered.parts);
      next += 1;
    } else if (i > next) combined = undefined; // a copy skipped: the combined file renders its own
    return rendered.bytes;
  };
  const writeCombined = async (out: ChunkWriter) => {
    const ready = combined && next === count ? combined : undefined;
    combined = undefined; // written once; a second request renders anew
    if (ready) return ready.finish(out);
    return renderer.writeCombinedDocx(
      count,
      async (i): Promise<DocxParts> => (await render(i)).parts,
      out,
      date,
      codec,
    );
  };
  return { copy, writeCombined };
}

/** A streamed file that can also be gathered into one buffer (where the file system cannot stream). */
function bufferedToo(file: { fileName: string; write: (out: ChunkWriter) => Promise<void> }): PlannedFile {
  return {
    ...file,
    render: async () => {
      const chunks: Uint8Array[] = [];
      await file.write(async (chunk) => {
        chunks.push(chunk);
      });
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
      return bytes;
    },
  };
}
