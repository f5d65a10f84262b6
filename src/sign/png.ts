/**
 * The two images of a signature are PNG by the decree (Phụ lục I, Phần I,
 * Mục II, k.7-d and k.8-a: PNG with a transparent background). Read with the
 * core's reader before pdf-lib sees them, so a JPEG renamed .png gets one clear
 * line, and sized as the PDF renderer sizes `nguoi_ky.chu_ky_so`: the seal at its
 * recorded resolution, else the core's default seal width.
 */
import { DEFAULT_SEAL_MM, mmToPt, pngHeader, pngSizePt, type Size } from '../core/layout';
import { say } from '../core/messages';
import type { Localized } from '../core/model';
import { SignError } from './sign-error';

export interface PngInfo {
  /** Size in PDF points (see pngSizePt). */
  readonly size: Size;
  /** True when the pixels carry transparency (an alpha channel or a tRNS chunk). */
  readonly transparent: boolean;
}

/** The PNG's size and transparency; anything that is not a PNG is a SignError naming `which` image. */
export function readPng(bytes: Uint8Array, which: Localized, role: 'signature' | 'seal' = 'signature'): PngInfo {
  const header = pngHeader(bytes);
  if (!header) throw new SignError(say('sign.image.notPng', { which }));
  const size = pngSizePt(header, role === 'seal' ? mmToPt(DEFAULT_SEAL_MM) : undefined);
  return { size, transparent: header.transparent };
}
