/**
 * A mail merge's files without rendering each one from scratch: the DOCX is
 * rendered once with a marker in place of each text of the invitation line,
 * and each invitee's file is that package with its own texts put in the
 * markers' places (escaped as docx escapes them), only that part deflated again and the
 * package's entries zipped anew. The bytes
 * are those a full render gives (a unit test compares them); an invitee whose
 * line has another shape (inline bold, a line ending in ":" that keeps with the
 * next, control characters, characters XML 1.0 cannot carry, which the full
 * render's XML-safety pass removes: xml-safe.ts) is rendered in full.
 */
import { strFromU8, strToU8 } from 'fflate';
import { type PerInviteeLayouts, blockText, type Block } from '../../core/layout';
import { xmlSafe } from '../../core/text';
import { renderDocxCopy, renderDocxParts, type DocxOptions, type DocxParts, type RenderedCopy } from './render';
import { FFLATE_CODEC, type ZipCodec } from './zip-codec';
import { deflateEntry, zipDeflated, type DeflatedEntry } from './zip-package';

const DOCUMENT = 'word/document.xml';
const MARKER = /\uE000(\d+)\uE001/;
const marker = (k: number) => `\uE000${k}\uE001`;
/** Characters docx drops or turns into other markup (controls, '\n' → a break), and the markers' own range. */
const UNSAFE = /[\u0000-\u001f\uE000-\uF8FF]/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

export interface PerInviteeRenderer {
  /** Invitee `i`'s file; the shared package is made on the first call. */
  (i: number): Promise<Uint8Array>;
  /** The parts of that file (what the combined file is made of, without zipping each copy). */
  parts(i: number): Promise<DocxParts>;
  /** The file and its parts at once (a mail merge's copy, rendered once for its file and the combined one). */
  copy(i: number): Promise<RenderedCopy>;
  /** Files made from the shared package so far. */
  filled(): number;
}

/** Copies whose document.xml is deflated ahead, on the shell's threads, while the copy before is zipped and written. */
const AHEAD = 2;

/** Invitee i's document.xml filled into the template, and its entry (deflated now, or being deflated elsewhere). */
interface Filled {
  readonly t: Template;
  readonly document: Uint8Array;
  readonly entry: Promise<DeflatedEntry>;
}

export function perInviteeRenderer(per: PerInviteeLayouts, options: DocxOptions): PerInviteeRenderer {
  const codec = options.codec ?? FFLATE_CODEC;
  let template: Promise<Template | undefined> | undefined;
  let filled = 0;
  const ahead = new Map<number, Promise<Filled | undefined>>();
  /** Invitee i's document from the template, or nothing when i's line has another shape. */
  const fill = async (i: number): Promise<Filled | undefined> => {
    template ??= makeTemplate(per, options);
    const t = await template;
    const texts = textsFor(t?.shape, per.lineBlocks(i));
    if (!t || !texts) return undefined;
    const document = t.document(texts);
    return { t, document, entry: deflateLater(DOCUMENT, document, codec) };
  };
  const take = (i: number) => {
    const taken = ahead.get(i) ?? fill(i);
    ahead.delete(i);
    if (codec.deflateRawLater)
      for (let j = i + 1; j <= i + AHEAD && j < per.count; j += 1) if (!ahead.has(j)) ahead.set(j, handled(fill(j)));
    return taken;
  };
  const copy = async (i: number): Promise<RenderedCopy> => {
    const fit = await take(i);
    if (!fit) return renderDocxCopy([per.layout(i)], options);
    filled += 1;
    return { bytes: fit.t.zip(await fit.entry), parts: { ...fit.t.parts, [DOCUMENT]: fit.document } };
  };
  const render = async (i: number) => (await copy(i)).bytes;
  const parts = async (i: number) => (await copy(i)).parts;
  return Object.assign(render, { parts, copy, filled: () => filled });
}

/** `bytes` as the entry `name`, deflated on the codec's threads where it has them (its CRC counted here). */
function deflateLater(name: string, bytes: Uint8Array, codec: ZipCodec): Promise<DeflatedEntry> {
  if (!codec.deflateRawLater) return Promise.resolve(deflateEntry(name, bytes, codec));
  const crc = codec.crc32(bytes);
  return handled(codec.deflateRawLater(bytes).then((data) => ({ name, crc, size: bytes.length, data })));
}

/** `promise`, marked handled: one deflated ahead for a copy never asked for (a cancelled merge) fails quietly. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

interface Template {
  readonly shape: readonly Block[];
  /** The package with `document` as its word/document.xml entry, zipped. */
  zip(document: DeflatedEntry): Uint8Array;
  /** word/document.xml with `texts` in the markers' places. */
  document(texts: readonly string[]): Uint8Array;
  /** The template package's parts as rendered (never unzipped). */
  readonly parts: DocxParts;
}

async function makeTemplate(per: PerInviteeLayouts, options: DocxOptions): Promise<Template | undefined> {
  const shape = per.lineBlocks(0);
  let k = 0;
  const marked = shape.map((b) => ({ ...b, runs: b.runs.map((r) => ({ ...r, text: marker(k++) })) }));
  const raw = await renderDocxParts([per.withLine(marked)], options);
  const codec = options.codec ?? FFLATE_CODEC;
  const entries = raw.map(([name, bytes]) => deflateEntry(name, bytes, codec));
  const documentEntry = entries.find((e) => e.name === DOCUMENT);
  const parts = strFromU8(raw.find(([name]) => name === DOCUMENT)?.[1] ?? new Uint8Array()).split(MARKER);
  const order = parts.filter((_, j) => j % 2 === 1).map(Number);
  if (order.length !== k || order.some((n, j) => n !== j)) return undefined;
  const document = filler(parts);
  return {
    shape,
    document,
    zip: (own) =>
      zipDeflated(
        entries.map((e) => (e === documentEntry ? own : e)),
        options.date,
      ),
    parts: Object.fromEntries(raw),
  };
}

/**
 * word/document.xml from its parts around the markers (even: the template's XML,
 * odd: a marker's number), the XML encoded once: only the texts are encoded per copy.
 */
function filler(parts: readonly string[]): (texts: readonly string[]) => Uint8Array {
  const fixed = parts.map((part, j) => (j % 2 === 0 ? strToU8(part) : new Uint8Array()));
  const fixedBytes = fixed.reduce((n, b) => n + b.length, 0);
  return (texts) => {
    const own = parts.map((part, j) => (j % 2 === 1 ? strToU8(escapeXml(texts[Number(part)])) : fixed[j]));
    const out = new Uint8Array(own.reduce((n, b, j) => (j % 2 === 1 ? n + b.length : n), fixedBytes));
    own.reduce((at, bytes) => (out.set(bytes, at), at + bytes.length), 0);
    return out;
  };
}

/** The run texts of `blocks` when they have the template's shape, else undefined (render in full). */
function textsFor(shape: readonly Block[] | undefined, blocks: readonly Block[]): string[] | undefined {
  if (!shape || shape.length !== blocks.length) return undefined;
  const texts: string[] = [];
  for (const [j, block] of blocks.entries()) {
    const like = shape[j];
    if (block.role !== like.role || block.runs.length !== like.runs.length || blockText(block).trimEnd().endsWith(':'))
      return undefined;
    for (const [r, run] of block.runs.entries()) {
      const other = like.runs[r];
      if (
        UNSAFE.test(run.text) ||
        xmlSafe(run.text) !== run.text ||
        !!run.bold !== !!other.bold ||
        !!run.italic !== !!other.italic ||
        !!run.blank !== !!other.blank
      )
        return undefined;
      texts.push(run.text);
    }
  }
  return texts;
}

function escapeXml(text: string): string {
  return text.replace(/[&"'<>]/g, (ch) => ESCAPES[ch]);
}
