/**
 * Layout → DOCX package: the parts of one or more invitations (each its own
 * section, numbered from 1), as raw bytes, as deflated entries, or zipped.
 * Apart from index.ts so the mail merge's renderers (per-invitee.ts) use it
 * without importing the module that re-exports them.
 */
import { Document } from 'docx';
import type { Layout, Measures } from '../../core/layout';
import { xmlSafe } from '../../core/text';
import { corePropertiesPart } from './core-properties';
import { packageParts } from './package-parts';
import { invitationSection } from './section';
import { documentStyles } from './styles';
import { xmlSafeLayout } from './xml-safe';
import { FFLATE_CODEC, type ZipCodec } from './zip-codec';
import { deflateEntry, zipDeflated, type DeflatedEntry } from './zip-package';
import type { SharedEntries } from './shared-entries';

export interface DocxOptions {
  readonly measures: Measures;
  /** Stamped as created/modified (e.g. the invitation's date), so output is repeatable. */
  readonly date: Date;
  /** The issuing agency, as the file's author. */
  readonly creator?: string;
  /** How the parts are deflated: the shell's (Node's zlib), else fflate. */
  readonly codec?: ZipCodec;
}

/** The parts of one invitation's own DOCX (name → bytes), as a mail merge's combined file takes them. */
export type DocxParts = Record<string, Uint8Array>;

/** One rendered copy: its own file's bytes and the same package's parts, made once. */
export interface RenderedCopy {
  readonly bytes: Uint8Array;
  readonly parts: DocxParts;
}

/** The DOCX bytes of one or more invitations (each its own section, numbered from 1), every entry dated `options.date`. */
export async function renderDocx(layouts: readonly Layout[], options: DocxOptions): Promise<Uint8Array> {
  return zipDeflated(await renderDocxEntries(layouts, options), options.date);
}

/** The same package as its zip entries, deflated but not yet zipped (a mail merge swaps one and zips them again). */
export async function renderDocxEntries(layouts: readonly Layout[], options: DocxOptions): Promise<DeflatedEntry[]> {
  const codec = options.codec ?? FFLATE_CODEC;
  return (await renderDocxParts(layouts, options)).map(([name, bytes]) => deflateEntry(name, bytes, codec));
}

/**
 * A copy's file and its parts from one render (nothing unzipped again). With
 * `shared` (one per merge), a part equal to the one the previous copies had is
 * not deflated again: its entry, and the same bytes object, are reused.
 */
export async function renderDocxCopy(
  layouts: readonly Layout[],
  options: DocxOptions,
  shared?: SharedEntries,
): Promise<RenderedCopy> {
  const parts = await renderDocxParts(layouts, options);
  const codec = options.codec ?? FFLATE_CODEC;
  const entries = parts.map(([name, data]) => shared?.entry(name, data, codec) ?? deflateEntry(name, data, codec));
  const bytes = zipDeflated(entries, options.date);
  return {
    bytes,
    parts: Object.fromEntries(entries.map((entry, i) => [entry.name, shared ? shared.bytes(entry) : parts[i][1]])),
  };
}

/** The package's parts, raw, in docx's order. */
export async function renderDocxParts(
  layouts: readonly Layout[],
  options: DocxOptions,
): Promise<[string, Uint8Array][]> {
  if (layouts.length === 0) throw new Error('renderDocx: nothing to render');
  const safe = layouts.map(xmlSafeLayout);
  const title = safe[0].subject;
  const creator = xmlSafe(options.creator ?? 'giaymoi');
  const document = new Document({
    title,
    creator,
    styles: documentStyles(options.measures),
    sections: safe.map((layout) => invitationSection(layout, options.measures)),
  });
  const core = corePropertiesPart({ title, creator, date: options.date });
  return packageParts(document, [core]);
}
