/**
 * docProps/core.xml with fixed timestamps, so the same source gives the same
 * bytes (the docx library stamps the time of packing otherwise).
 */
import { xmlSafe } from '../../core/text';

export interface CoreProperties {
  readonly title: string;
  readonly creator: string;
  /** Written as both created and modified. */
  readonly date: Date;
}

const NAMESPACES = [
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:dcterms="http://purl.org/dc/terms/"',
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
].join(' ');

/** The core properties part, as the docx library's `overrides` take it. */
export function corePropertiesPart(props: CoreProperties): { path: string; data: string } {
  const stamp = props.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const data =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<cp:coreProperties ${NAMESPACES}>` +
    `<dc:title>${escapeXml(props.title)}</dc:title>` +
    `<dc:creator>${escapeXml(props.creator)}</dc:creator>` +
    '<cp:lastModifiedBy>giaymoi</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>';
  return { path: 'docProps/core.xml', data };
}

/** Text for an XML element's content: XML 1.0-safe characters, markup escaped. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
