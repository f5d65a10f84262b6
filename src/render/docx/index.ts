/**
 * Layout → DOCX: the DOCX renderer on the core's layout blocks and measures,
 * one section per invitation (a mail merge prints several in one file).
 * Built as its own bundle (dist/docx.js) so nothing loads the docx library
 * until something is exported.
 */
import { Document } from 'docx';
import type { Layout } from '../../core/layout/model';
import type { Measures } from '../../core/measures';
import { xmlSafe } from '../../core/text/invisible';
import { corePropertiesPart } from './core-properties';
import { packageParts } from './package-parts';
import { invitationSection } from './section';
import { documentStyles } from './styles';
import { xmlSafeLayout } from './xml-safe';
import { FFLATE_CODEC, type ZipCodec } from './zip-codec';
import { deflateEntry, zipDeflated, type DeflatedEntry } from './zip-package';

export interface DocxOptions {
  readonly measures: Measures;
  /** Stamped as created/modified (e.g. the invitation's date), so output is repeatable. */
  readonly date: Date;
  /** The issuing agency, as the file's author. */
  readonly creator?: string;
  /** How the parts are deflated: the shell's (Node's zlib), else fflate. */
  readonly codec?: ZipCodec;
}

/** The DOCX bytes of one or more invitations (each its own section, numbered from 1), every entry dated `options.date`. */
export async function renderDocx(layouts: readonly Layout[], options: DocxOptions): Promise<Uint8Array> {
  return zipDeflated(await renderDocxEntries(layouts, options), options.date);
}

/** The same package as its zip entries, deflated but not yet zipped (a mail merge swaps one and zips them again). */
export async function renderDocxEntries(layouts: readonly Layout[], options: DocxOptions): Promise<DeflatedEntry[]> {
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
  const codec = options.codec ?? FFLATE_CODEC;
  return [...(await packageParts(document, [core]))].map(([name, bytes]) => deflateEntry(name, bytes, codec));
}

export { perInviteeRenderer } from './per-invitee';
export type { ZipCodec } from './zip-codec';
export { docxParts, writeCombinedDocx, type DocxParts } from './combined';
