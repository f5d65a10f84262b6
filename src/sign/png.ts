/**
 * The two images of a signature are PNG by the decree (Phụ lục I, Phần I,
 * Mục II, k.7-d and k.8-a: PNG with a transparent background). Read here
 * before pdf-lib sees them, so a JPEG renamed .png gets one clear line, and the
 * seal can be drawn at its real size when the file records its resolution.
 */
import { say } from '../core/messages';
import type { Localized } from '../core/model';
import type { Size } from './appearance-layout';
import { SignError } from './sign-error';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const POINTS_PER_METRE = 72 / 0.0254;

export interface PngInfo {
  /** Size in PDF points: from the pHYs chunk when it gives pixels per metre, else one pixel a point. */
  readonly size: Size;
  /** True when the pixels carry transparency (an alpha channel or a tRNS chunk). */
  readonly transparent: boolean;
}

/** The PNG's size and transparency; anything that is not a PNG is a SignError naming `which` image. */
export function readPng(bytes: Uint8Array, which: Localized): PngInfo {
  const notPng = () => new SignError(say('sign.image.notPng', { which }));
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b)) throw notPng();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (chunkType(bytes, 8) !== 'IHDR') throw notPng();
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (!width || !height) throw notPng();
  const colourType = bytes[25];
  let perMetre: { x: number; y: number } | undefined;
  let transparent = colourType === 4 || colourType === 6;
  // a chunk cut short ends the walk: pdf-lib then refuses the image on its own
  for (
    let at = 8;
    at + 12 <= bytes.length && at + 12 + view.getUint32(at) <= bytes.length;
    at += 12 + view.getUint32(at)
  ) {
    const type = chunkType(bytes, at);
    if (type === 'tRNS') transparent = true;
    if (type === 'pHYs' && bytes[at + 16] === 1) perMetre = { x: view.getUint32(at + 8), y: view.getUint32(at + 12) };
    if (type === 'IEND') break;
  }
  const scale = (pixels: number, density?: number) => (density ? (pixels / density) * POINTS_PER_METRE : pixels);
  return { size: { width: scale(width, perMetre?.x), height: scale(height, perMetre?.y) }, transparent };
}

function chunkType(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at + 4, at + 8));
}
