/**
 * The combined mail-merge file, assembled from the copies' parts as each copy
 * is rendered for its own file (never rendered or unzipped again): each copy's
 * body becomes one section of one document, deflated as it arrives, so what is
 * held is the combined file's compressed bytes (about 0.2 MB per 1,000 copies,
 * each body differing only in its invitee line), not a `docx` Document of
 * thousands of sections. The
 * package around the body (styles, numbering, settings, fonts, properties) is
 * the first copy's: the copies are rendered with one set of options and differ
 * only in their body and, for a list merge, perhaps in headers and footers.
 * Each section keeps its own page numbering (pgNumType start 1, titlePg: NĐ
 * 30/2020, PL I-P.I-M.I-k.7) and names its headers and footers only when they
 * differ from the previous section's; a section without a reference inherits
 * the previous one's (ECMA-376 Part 1, §17.10.5), as Word's "Link to Previous".
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { DocxParts } from './render';
import { joinBytes, StreamingZip, type ChunkWriter, type EntryWriter } from './streaming-zip';
import type { ZipCodec } from './zip-codec';

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const REFERENCE = /<w:(header|footer)Reference w:type="(\w+)" r:id="([^"]+)"\/>/g;
const CONTENT_TYPE = (kind: string) => `application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml`;
const RELATIONSHIP_TYPE = (kind: string) =>
  `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}`;

export type { ChunkWriter } from './streaming-zip';

/** A DOCX file's parts. */
export function docxParts(docx: Uint8Array): DocxParts {
  return unzipSync(docx);
}

/** Writes the DOCX of `count` invitations, one section each; `partsOf(i)` gives invitation i's own DOCX's parts. */
export async function writeCombinedDocx(
  count: number,
  partsOf: (i: number) => Promise<DocxParts>,
  write: ChunkWriter,
  date: Date,
  codec?: ZipCodec,
): Promise<void> {
  if (count < 1) throw new Error('writeCombinedDocx: nothing to combine');
  const combined = new CombinedDocx(date, codec);
  for (let i = 0; i < count; i += 1) await combined.add(await partsOf(i));
  await combined.finish(write);
}

/**
 * The combined file built copy by copy: `add` each copy's parts in order, then
 * `finish` hands the whole file to its writer. Until then the deflated bytes
 * wait in memory; the package around the body is the first copy's.
 */
export class CombinedDocx {
  private readonly held: Uint8Array[] = [];
  private sink: ChunkWriter = async (chunk) => {
    this.held.push(chunk);
  };
  private readonly out: StreamingZip;
  private started: { frame: Frame; parts: SectionParts; first: DocxParts; document: EntryWriter } | undefined;
  /** The last copy added: its section break depends on whether another follows. */
  private pending: { body: Uint8Array; sectPr: string } | undefined;

  /** `codec`: a shell's codec that deflates off the main thread (Node's zlib) takes the document's text; else fflate, here. */
  constructor(
    date: Date,
    private readonly codec?: ZipCodec,
  ) {
    this.out = new StreamingZip((chunk) => this.sink(chunk), date);
  }

  /** Appends the next copy as a section (held until the next one says it is not the last). */
  async add(files: DocxParts): Promise<void> {
    const started = this.started ?? (await this.start(files));
    const copy = files === started.first ? started.frame : splitDocument(files[DOCUMENT]);
    const sectPr = started.parts.references(copy.sectPr, files);
    if (this.pending)
      await started.document.push(
        joinBytes([this.pending.body, '<w:p><w:pPr>', this.pending.sectPr, '</w:pPr></w:p>']),
      );
    this.pending = { body: copy.body, sectPr };
  }

  /** Ends the file and writes all of it through `write`. */
  async finish(write: ChunkWriter): Promise<void> {
    const started = this.started;
    if (!started || !this.pending) throw new Error('writeCombinedDocx: nothing to combine');
    for (const chunk of this.held.splice(0)) await write(chunk);
    this.sink = write;
    await started.document.push(joinBytes([this.pending.body, this.pending.sectPr]));
    await started.document.push(started.frame.tail, true);
    for (const [name, bytes] of started.parts.added) await this.out.file(name, bytes);
    await this.out.file(DOCUMENT_RELS, strToU8(started.parts.relationships(strFromU8(started.first[DOCUMENT_RELS]))));
    await this.out.file(CONTENT_TYPES, strToU8(started.parts.contentTypes(strFromU8(started.first[CONTENT_TYPES]))));
    await this.out.end();
  }

  private async start(first: DocxParts) {
    for (const [name, bytes] of Object.entries(first)) {
      if (name !== DOCUMENT && name !== DOCUMENT_RELS && name !== CONTENT_TYPES) await this.out.file(name, bytes);
    }
    const frame = splitDocument(first[DOCUMENT]);
    const stream = this.codec?.deflateStream?.();
    const document = stream ? this.out.deflatedElsewhere(DOCUMENT, stream) : this.out.open(DOCUMENT);
    await document.push(frame.head);
    return (this.started = { frame, parts: new SectionParts(first), first, document });
  }
}

/** A copy's document.xml, cut: the body's content stays bytes (copied as it is), its section properties are text. */
interface Frame {
  readonly head: Uint8Array;
  readonly body: Uint8Array;
  readonly sectPr: string;
  readonly tail: Uint8Array;
}

/**
 * document.xml cut into what precedes the body's content, the content, its
 * section properties and the end; found in the UTF-8 bytes (the markup sought
 * is ASCII), so only the small sectPr is decoded.
 */
export function splitDocument(xml: Uint8Array): Frame {
  const open = findAscii(xml, '<w:body>', 'first');
  const close = findAscii(xml, '</w:body>', 'last');
  const sect = close < 0 ? -1 : findAscii(xml.subarray(0, close), '<w:sectPr', 'last');
  const sectPr = sect < open ? '' : strFromU8(xml.subarray(sect, close));
  if (open < 0 || close < 0 || sect < open || !sectPr.endsWith('</w:sectPr>'))
    throw new Error('combined DOCX: a document without its section properties');
  const start = open + '<w:body>'.length;
  return { head: xml.subarray(0, start), body: xml.subarray(start, sect), sectPr, tail: xml.subarray(close) };
}

/** Where ASCII `text` first or last occurs in `bytes` (no Buffer: the renderer also runs in a browser). */
function findAscii(bytes: Uint8Array, text: string, which: 'first' | 'last'): number {
  const last = bytes.length - text.length;
  const step = which === 'first' ? 1 : -1;
  for (let at = which === 'first' ? 0 : last; at >= 0 && at <= last; at += step) {
    let k = 0;
    while (k < text.length && bytes[at + k] === text.charCodeAt(k)) k += 1;
    if (k === text.length) return at;
  }
  return -1;
}

/** The headers and footers of the sections so far: references kept, dropped (inherited) or pointed at new parts. */
class SectionParts {
  /** New parts (name → bytes), written after the document. */
  readonly added: [string, Uint8Array][] = [];
  private readonly relations: string[] = [];
  private readonly overrides: string[] = [];
  private readonly taken: Set<string>;
  private previous: string | undefined;
  private readonly decoded = new WeakMap<Uint8Array, string>();
  private readonly targetsOf = new WeakMap<Uint8Array, Map<string, string>>();

  constructor(first: DocxParts) {
    this.taken = new Set(Object.keys(first));
  }

  /** `sectPr` with its references as the combined document needs them. */
  references(sectPr: string, files: DocxParts): string {
    const targets = this.targets(files[DOCUMENT_RELS]);
    const partOf = (id: string) => files[`word/${targets.get(id) ?? ''}`] ?? new Uint8Array();
    const key = [...sectPr.matchAll(REFERENCE)]
      .map(([, kind, type, id]) => `${kind} ${type} ${this.text(partOf(id))}`)
      .join('\n');
    const first = this.previous === undefined;
    const same = key === this.previous;
    this.previous = key;
    if (first) return sectPr;
    if (same) return sectPr.replace(REFERENCE, '');
    return sectPr.replace(
      REFERENCE,
      (_, kind: string, type: string, id: string) =>
        `<w:${kind}Reference w:type="${type}" r:id="${this.add(kind, partOf(id), files[`word/_rels/${targets.get(id)}.rels`])}"/>`,
    );
  }

  /** The relationships' targets, read once per part object (a merge's copies share theirs). */
  private targets(rels: Uint8Array | undefined): Map<string, string> {
    if (!rels) return relationshipTargets(undefined);
    let targets = this.targetsOf.get(rels);
    if (!targets) this.targetsOf.set(rels, (targets = relationshipTargets(rels)));
    return targets;
  }

  /** A part's text, decoded once per part object (a merge's copies share theirs). */
  private text(bytes: Uint8Array): string {
    let text = this.decoded.get(bytes);
    if (text === undefined) this.decoded.set(bytes, (text = strFromU8(bytes)));
    return text;
  }

  /** Adds a copy of a header or footer part; returns its relationship id. */
  private add(kind: string, bytes: Uint8Array, rels: Uint8Array | undefined): string {
    let n = 1;
    while (this.taken.has(`word/${kind}${n}.xml`)) n += 1;
    const name = `${kind}${n}.xml`;
    this.taken.add(`word/${name}`);
    this.added.push([`word/${name}`, bytes]);
    if (rels) this.added.push([`word/_rels/${name}.rels`, rels]);
    const id = `rIdGm${this.relations.length + 1}`;
    this.relations.push(`<Relationship Id="${id}" Type="${RELATIONSHIP_TYPE(kind)}" Target="${name}"/>`);
    this.overrides.push(`<Override ContentType="${CONTENT_TYPE(kind)}" PartName="/word/${name}"/>`);
    return id;
  }

  relationships(xml: string): string {
    return xml.replace('</Relationships>', `${this.relations.join('')}</Relationships>`);
  }

  contentTypes(xml: string): string {
    return xml.replace('</Types>', `${this.overrides.join('')}</Types>`);
  }
}

/** Relationship id → target, from a .rels part. */
function relationshipTargets(rels: Uint8Array | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [element] of strFromU8(rels ?? new Uint8Array()).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(element)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(element)?.[1];
    if (id && target) targets.set(id, target);
  }
  return targets;
}
