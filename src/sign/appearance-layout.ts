/**
 * Where the images of a digital signature go inside the signature field,
 * by NĐ 30/2020, Phụ lục I, Phần I, Mục II: the signer's image (blue, PNG)
 * centred between the title and the name (k.7-d) — the field is that space;
 * the agency's seal (red, real size, PNG) over about one third of the signer's
 * image, on its left (k.8-a). Coordinates in PDF points, origin at the field's
 * lower left corner.
 */

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Box extends Size {
  readonly x: number;
  readonly y: number;
}

/** The share of the signer's image the seal covers, from its left edge (k.8-a: "khoảng 1/3"). */
export const SEAL_OVERLAP = 1 / 3;

/**
 * With a seal the signer's image fits the middle two thirds of the field's
 * width, so a sixth stays free on each side and the seal's part left of the
 * image has room inside the field.
 */
const SIGNATURE_WIDTH_SHARE_WITH_SEAL = 2 / 3;

/** The boxes of the images given: the signer's image centred, the seal over its left third. */
export function placeImages(field: Size, signature?: Size, seal?: Size): { signature?: Box; seal?: Box } {
  if (!signature) return seal ? { seal: centred(field, fit(seal, field)) } : {};
  const room = seal ? { width: field.width * SIGNATURE_WIDTH_SHARE_WITH_SEAL, height: field.height } : field;
  const signatureBox = centred(field, contain(signature, room));
  return seal ? { signature: signatureBox, seal: sealBox(field, signatureBox, seal) } : { signature: signatureBox };
}

/**
 * The seal at its real size when that fits, else as large as fits: no taller
 * than the field, and its right edge at one third of the signer's image with its
 * left edge still inside the field; vertically centred on the signer's image.
 */
function sealBox(field: Size, signature: Box, seal: Size): Box {
  const right = signature.x + signature.width * SEAL_OVERLAP;
  const size = fit(seal, { width: right, height: field.height });
  const y = Math.min(Math.max(signature.y + signature.height / 2 - size.height / 2, 0), field.height - size.height);
  return { x: right - size.width, y, ...size };
}

/** `image` at its own size, or scaled down to fit inside `room`, keeping its proportions (the seal: real size). */
export function fit(image: Size, room: Size): Size {
  const scale = Math.min(1, room.width / image.width, room.height / image.height);
  return { width: image.width * scale, height: image.height * scale };
}

/** `image` as large as fits inside `room`, keeping its proportions (a signature has no real size to keep). */
function contain(image: Size, room: Size): Size {
  const scale = Math.min(room.width / image.width, room.height / image.height);
  return { width: image.width * scale, height: image.height * scale };
}

function centred(field: Size, size: Size): Box {
  return { x: (field.width - size.width) / 2, y: (field.height - size.height) / 2, ...size };
}
