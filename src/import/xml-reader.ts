/**
 * The one way the importer parses a WordprocessingML part: a strict XML parser
 * with namespaces resolved, so `<x:p>` under any prefix bound to the
 * WordprocessingML namespace reads as `w:p` (prefixes are the author's choice,
 * the namespace is what counts), nesting bounded (1,000 nested tables must not
 * overflow the stack further on), and every failure named with its part.
 */
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { importError } from './errors';
import { say } from '../core/messages';

/** Namespace → the prefix the readers match on. Strict OOXML's names map to the transitional ones. */
const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'urn:schemas-microsoft-com:vml': 'v',
};
/** Far deeper than any invitation (a header table in a cell in a text box is ~20 levels). */
export const MAX_XML_DEPTH = 256;

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text?(text: string): void;
}

/** Parses `xml` (the part `part`), calling the handlers with canonical names; throws an ImportError naming the part. */
export function readXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  parser.on('opentag', (tag) => {
    if (++depth > MAX_XML_DEPTH) throw importError(say('import.error.tooDeep', { part, depth: MAX_XML_DEPTH }));
    handlers.open(canonical(tag), attributesOf(tag));
  });
  parser.on('closetag', (tag) => {
    depth -= 1;
    handlers.close(canonical(tag));
  });
  if (handlers.text) parser.on('text', handlers.text);
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof Error && error.name === 'ImportError') throw error;
    throw importError(say('import.error.malformedXml', { part }));
  }
}

function canonical(node: { name: string; local?: string; uri?: string }): string {
  const prefix = node.uri === undefined ? undefined : PREFIXES[node.uri];
  return prefix && node.local !== undefined ? `${prefix}:${node.local}` : node.name;
}

function attributesOf(tag: SaxesTagNS): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const a of Object.values(tag.attributes) as SaxesAttributeNS[]) attributes[canonical(a)] = a.value;
  return attributes;
}
