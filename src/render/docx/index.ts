/**
 * Layout → DOCX: the DOCX renderer on the core's layout blocks and measures,
 * one section per invitation (a mail merge prints several in one file).
 * Built as its own bundle (dist/docx.js) so nothing loads the docx library
 * until something is exported. This file only names what the bundle offers.
 */
export {
  renderDocx,
  renderDocxCopy,
  renderDocxEntries,
  type DocxOptions,
  type DocxParts,
  type RenderedCopy,
} from './render';
export { SharedEntries } from './shared-entries';
export { perInviteeRenderer, type PerInviteeRenderer } from './per-invitee';
export type { ZipCodec } from './zip-codec';
export { CombinedDocx, docxParts, writeCombinedDocx } from './combined';
