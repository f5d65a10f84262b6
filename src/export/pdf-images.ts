/**
 * `nguoi_ky.chu_ky_so: { anh, dau }`: the signature's and the seal's PNGs, paths
 * relative to the source, read by the shell (Node's fs, or the workspace file
 * system in the browser) and checked before anything is written: a missing
 * file, a file that is not a PNG, or one too large to embed refuses the PDF
 * export with one line naming the file.
 */
import { dirname, resolve } from 'node:path';
import type { Invitation } from '../core/check';
import { MAX_IMAGE_SIDE_PX, pngHeader } from '../core/layout';
import { say } from '../core/messages';
import type { Localized } from '../core/model';
import type { SignatureImages } from '../render/pdf';

/** Reads a file by its absolute path in the shell's file system; undefined when it is not there. */
export type ReadImage = (path: string) => Promise<Uint8Array | undefined>;

type Which = 'anh' | 'dau';

/** The images the source names, read and checked; none named: `{ images: undefined }`. */
export async function readSignatureImages(
  invitation: Invitation,
  sourcePath: string,
  read: ReadImage,
): Promise<{ images?: SignatureImages } | { refused: Localized }> {
  const named = invitation.nguoi_ky.chu_ky_so;
  if (!named?.anh && !named?.dau) return { images: undefined };
  const images: { anh?: Uint8Array; dau?: Uint8Array } = {};
  for (const which of ['anh', 'dau'] as const) {
    const path = named[which];
    if (!path) continue;
    const bytes = await read(resolve(dirname(sourcePath), path)).catch(() => undefined);
    const refused = bytes ? whyNot(bytes, which, path) : imageMessage('missing', which, path);
    if (refused) return { refused };
    images[which] = bytes;
  }
  return { images };
}

/** Why the bytes cannot be drawn, or undefined when they can. */
function whyNot(bytes: Uint8Array, which: Which, path: string): Localized | undefined {
  const header = pngHeader(bytes);
  if (!header) return imageMessage('notPng', which, path);
  const side = Math.max(header.width, header.height);
  if (side > MAX_IMAGE_SIDE_PX) return imageMessage('tooLarge', which, path, side);
  return undefined;
}

/** The keys by name, written out so the message tables' test finds each one used. */
const WHICH = { anh: 'export.signatureImage.anh', dau: 'export.signatureImage.dau' } as const;
const WHY = {
  missing: 'export.signatureImage.missing',
  notPng: 'export.signatureImage.notPng',
  tooLarge: 'export.signatureImage.tooLarge',
} as const;

function imageMessage(why: keyof typeof WHY, which: Which, path: string, pixels = 0): Localized {
  return say(WHY[why], { which: say(WHICH[which]), path, pixels, max: MAX_IMAGE_SIDE_PX });
}
