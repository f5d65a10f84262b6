/**
 * A docx Document's package parts (path → bytes), as docx writes them, before
 * zipping. docx's `Packer` compiles the parts and zips them in one step with
 * its own fflate at a fixed level; taking the parts from its compiler lets the
 * renderer zip them with the shell's codec (zip-codec.ts). The compiler is not
 * docx's public API: a unit test pins that it is used, and a docx without it
 * still works through `Packer.pack`, unzipped again (slower, same parts).
 */
import { Packer, type Document } from 'docx';
import { strToU8, unzipSync } from 'fflate';

/** A part the renderer writes itself in place of docx's (docx's `overrides`). */
export interface PartOverride {
  readonly path: string;
  readonly data: string;
}

type PartData = string | Uint8Array;

interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly PartOverride[]): Map<string, PartData>;
}

function docxCompiler(): DocxCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as DocxCompiler) : undefined;
}

/** True when docx's compiler is reachable (else every render packs and unpacks once more). */
export const compilesDirectly = (): boolean => docxCompiler() !== undefined;

/** The package's parts in docx's order, XML unindented, with `overrides` in place of docx's parts. */
export async function packageParts(
  document: Document,
  overrides: readonly PartOverride[],
): Promise<[string, Uint8Array][]> {
  const compiler = docxCompiler();
  if (!compiler) return Object.entries(unzipSync(await Packer.pack(document, 'uint8array', false, overrides)));
  return [...compiler.compile(document, undefined, overrides)].map(([path, data]) => [
    path,
    typeof data === 'string' ? strToU8(data) : data,
  ]);
}
