/**
 * Where the images of a digital signature go, by NĐ 30/2020, Phụ lục I,
 * Phần I, Mục II: the signer's image (blue, PNG) centred between the title and
 * the name (k.7-d) — the signature field is that space; the agency's seal (red,
 * its real size, PNG) over about one third of the signer's image, on its left
 * (k.8-a). A real seal is larger than the space between title and name, so the
 * seal may reach beyond the field, as a stamp on paper overlaps the text: the
 * appearance then covers the field and the seal together (`bounds`).
 * Coordinates in PDF points, origin at the field's lower left corner.
 * Shared by the PDF renderer (images drawn at export) and the signer (images
 * drawn at signing), so both put them in the same place.
 */

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Box extends Size {
  readonly x: number;
  readonly y: number;
}

export interface Placement {
  readonly signature?: Box;
  readonly seal?: Box;
  /** The field and the seal together: what the appearance covers. */
  readonly bounds: Box;
}

/** The share of the signer's image the seal covers, from its left edge (k.8-a: "khoảng 1/3"). */
export const SEAL_OVERLAP = 1 / 3;

/** 45 mm: no agency seal is wider; a PNG without a recorded resolution (a pixel read as a point) is scaled down to it. */
export const MAX_SEAL_PT = (45 / 25.4) * 72;

/**
 * The boxes of the images given: the signer's image as large as the field
 * allows and centred in it; the seal at its real size (at most MAX_SEAL_PT,
 * and no further left than `roomLeft`, the page's margin beside the field),
 * its right edge at one third of the signer's image, centred on it vertically.
 */
export function placeImages(field: Size, signature?: Size, seal?: Size, roomLeft = Infinity): Placement {
  const fieldBox = { x: 0, y: 0, ...field };
  if (!signature) {
    const alone = seal && centred(field, fit(seal, field));
    return { seal: alone, bounds: fieldBox };
  }
  const signatureBox = centred(field, contain(signature, field));
  if (!seal) return { signature: signatureBox, bounds: fieldBox };
  const right = signatureBox.x + signatureBox.width * SEAL_OVERLAP;
  const size = fit(seal, { width: Math.min(MAX_SEAL_PT, right + roomLeft), height: MAX_SEAL_PT });
  const sealBox = {
    x: right - size.width,
    y: signatureBox.y + signatureBox.height / 2 - size.height / 2,
    ...size,
  };
  return { signature: signatureBox, seal: sealBox, bounds: union(fieldBox, sealBox) };
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

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  const right = Math.max(a.x + a.width, b.x + b.width);
  const top = Math.max(a.y + a.height, b.y + b.height);
  return { x, y, width: right - x, height: top - y };
}
