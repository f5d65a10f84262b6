/**
 * Layout → DOCX: the DOCX renderer on the core's layout blocks and measures,
 * one section per invitation (a mail merge prints several in one file).
 * Built as its own bundle (dist/docx.js) so nothing loads the docx library
 * until something is exported.
 */
import { Document, Packer } from 'docx';
import type { Layout } from '../../core/layout/model';
import type { Measures } from '../../core/measures';
import { xmlSafe } from '../../core/text/invisible';
import { corePropertiesPart } from './core-properties';
import { invitationSection } from './section';
import { documentStyles } from './styles';
import { xmlSafeLayout } from './xml-safe';

export interface DocxOptions {
  readonly measures: Measures;
  /** Stamped as created/modified (e.g. the invitation's date), so output is repeatable. */
  readonly date: Date;
  /** The issuing agency, as the file's author. */
  readonly creator?: string;
}

/** The DOCX bytes of one or more invitations (each its own section, numbered from 1). */
export async function renderDocx(layouts: readonly Layout[], options: DocxOptions): Promise<Uint8Array> {
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
  return Packer.pack(document, 'uint8array', false, [core]);
}

export { perInviteeRenderer } from './per-invitee';
export { docxParts, writeCombinedDocx, type DocxParts } from './combined';
