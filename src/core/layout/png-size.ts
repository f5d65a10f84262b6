/**
 * What a signature's PNG says of itself (NĐ 30/2020, PL I-P.I-M.II-k.7-d and
 * k.8-a: PNG with a transparent background): its pixels, its transparency and
 * its resolution (pHYs), read from the bytes alone, so the PDF renderer, the
 * signer and the export's checks size the images alike.
 */
import type { Size } from './signature-images';

export interface PngHeader {
  readonly width: number;
  readonly height: number;
  /** Pixels per metre, when the file records it (pHYs, unit 1). */
  readonly perMetre?: { readonly x: number; readonly y: number };
  /** The pixels carry transparency (an alpha channel or a tRNS chunk). */
  readonly transparent: boolean;
}

/**
 * A seal's width when its PNG records no resolution: 36 mm, the round seal of a
 * provincial department or district committee (seals are 32–42 mm across by the
 * issuing level), the agencies that send most invitations.
 */
export const DEFAULT_SEAL_MM = 36;

/** More pixels per side than a signature or a seal scanned at 600 dpi needs: such a file is refused, not embedded. */
export const MAX_IMAGE_SIDE_PX = 4000;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const POINTS_PER_METRE = 72 / 0.0254;

/** The PNG's header, or undefined when the bytes are not a PNG. */
export function pngHeader(bytes: Uint8Array): PngHeader | undefined {
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b) || chunkType(bytes, 8) !== 'IHDR') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (!width || !height) return undefined;
  let perMetre: PngHeader['perMetre'];
  let transparent = bytes[25] === 4 || bytes[25] === 6;
  // a chunk cut short ends the walk: the PDF library then refuses the image on its own
  for (let at = 8; at + 12 <= bytes.length && at + 12 + view.getUint32(at) <= bytes.length;) {
    const type = chunkType(bytes, at);
    if (type === 'tRNS') transparent = true;
    if (type === 'pHYs' && bytes[at + 16] === 1) perMetre = { x: view.getUint32(at + 8), y: view.getUint32(at + 12) };
    if (type === 'IEND') break;
    at += 12 + view.getUint32(at);
  }
  return { width, height, perMetre, transparent };
}

/** Size in PDF points: from the recorded resolution, else `widthPt` wide (proportions kept), else a pixel a point. */
export function pngSizePt(header: PngHeader, widthPt?: number): Size {
  if (header.perMetre?.x && header.perMetre.y)
    return {
      width: (header.width / header.perMetre.x) * POINTS_PER_METRE,
      height: (header.height / header.perMetre.y) * POINTS_PER_METRE,
    };
  const scale = widthPt ? widthPt / header.width : 1;
  return { width: header.width * scale, height: header.height * scale };
}

function chunkType(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at + 4, at + 8));
}
