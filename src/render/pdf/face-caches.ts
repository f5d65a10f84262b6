/**
 * What pdfkit would redo for every document, kept per parsed font (fonts.ts
 * reuses one parsed font per content for the process's life): each word's
 * shaping, and the embedded subset's bytes for the same glyphs. Shaping and
 * subsetting were most of a render (bench/pdf-export.bench.mjs): a merge or
 * a second export sets the same words in the same glyphs again.
 */
import type { Face } from './fonts';

/**
 * Font features as LibreOffice and Word set a DOCX without w:kern: no pair
 * kerning ("Viện" is 0.8 pt wider unkerned at 14 pt, enough to move a word to
 * the next line). Measuring and drawing both use them.
 */
export const FEATURES = { kern: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];

/** The parts of pdfkit's embedded font (and fontkit's subset) used here; not in pdfkit's typings. */
export interface EmbeddedFont {
  /** fontkit's parsed font, shared by every document of the process. */
  readonly font: object;
  /** pdfkit's shaped words by text; each document's own unless replaced. */
  layoutCache?: Record<string, unknown>;
  layoutRun(text: string, features?: unknown): unknown;
  widthOfString(text: string, sizePt: number): number;
  readonly subset: { readonly glyphs: readonly number[]; encode(): Uint8Array };
  cached?: true;
}

/** Entries per parsed font before a cache starts afresh, so a long merge's memory stays bounded. */
const MAX_WORDS = 20_000;
const MAX_SUBSETS = 8;

const shapedByFont = new WeakMap<object, Record<string, unknown>>();
const subsetsByFont = new WeakMap<object, Map<string, Uint8Array>>();

/**
 * Selects `face` on `doc`, its embedded font shaping without kerning by
 * default (pdfkit caches a word's shaping only when no features are passed,
 * so they are made the font's own instead of given at every call), from the
 * process's shaped words, and its subset encoded once per set of glyphs.
 */
export function selectFace(doc: PDFKit.PDFDocument, face: Face): EmbeddedFont {
  const font = (doc.font(face) as unknown as { _font: EmbeddedFont })._font;
  if (font.cached) return font;
  const shape = font.layoutRun.bind(font);
  font.layoutRun = (text, features) => shape(text, features ?? FEATURES);
  font.layoutCache = shapedWords(font.font);
  cacheSubset(font);
  font.cached = true;
  return font;
}

function shapedWords(parsed: object): Record<string, unknown> {
  let shaped = shapedByFont.get(parsed);
  if (!shaped || Object.keys(shaped).length > MAX_WORDS) {
    shaped = Object.create(null) as Record<string, unknown>;
    shapedByFont.set(parsed, shaped);
  }
  return shaped;
}

/** The subset's bytes depend only on the font and its glyphs in order: the same glyphs give the same bytes. */
function cacheSubset(font: EmbeddedFont): void {
  const subset = font.subset;
  const encode = subset.encode.bind(subset);
  let known = subsetsByFont.get(font.font);
  if (!known) subsetsByFont.set(font.font, (known = new Map()));
  const subsets = known;
  subset.encode = () => {
    const key = subset.glyphs.join(',');
    let bytes = subsets.get(key);
    if (!bytes) {
      bytes = encodeLeavingGlyphs(font.font, encode);
      if (subsets.size >= MAX_SUBSETS) subsets.delete(subsets.keys().next().value!);
      subsets.set(key, bytes);
    }
    return bytes;
  };
}

/** fontkit's glyphs by id, each made once with the characters it was first asked for (its ToUnicode entry in pdfkit). */
interface GlyphCache {
  readonly _glyphs: Record<string, unknown>;
}

/**
 * Encodes a subset, then forgets the glyphs the encoder made: it asks for a
 * compound glyph's parts ('e' in 'ế') with no characters, and the parsed font
 * is shared, so a later document would map that 'e' to no text ("th o" for
 * "theo" when copied or searched).
 */
function encodeLeavingGlyphs(parsed: object, encode: () => Uint8Array): Uint8Array {
  const glyphs = (parsed as GlyphCache)._glyphs;
  const before = new Set(Object.keys(glyphs));
  const bytes = encode();
  for (const id of Object.keys(glyphs)) if (!before.has(id)) delete glyphs[id];
  return bytes;
}
