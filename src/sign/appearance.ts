/**
 * The signature's look on the page: the widget's normal appearance (/AP /N), a
 * form XObject the size of the field. With images, as Phụ lục I, Phần I,
 * Mục II places them (core/layout/signature-images.ts); without, a text in the signer's
 * blue: who signed (the certificate's name) and when, in Vietnam time.
 */
import { degrees, drawImage, drawText, PDFName, rgb, type PDFDocument, type PDFOperator } from 'pdf-lib';
import { say } from '../core/messages';
import { placeImages, type Size } from '../core/layout';
import type { SignatureField } from './find-field';
import type { PngInfo } from './png';
import type { SignerIdentity } from './signer';

export interface PngImage {
  readonly bytes: Uint8Array;
  readonly info: PngInfo;
}

export interface AppearanceInput {
  /** The signer's image (--anh). */
  readonly signature?: PngImage;
  /** The agency's seal (--dau). */
  readonly seal?: PngImage;
  /** A Unicode TrueType font for the text appearance (Vietnamese needs more than the standard fonts' WinAnsi). */
  readonly font: () => Uint8Array;
}

/** Blue like the signer's ink (k.7-d asks the signer's image in blue). */
const INK = rgb(0, 0.2, 0.6);
const NO_TURN = { rotate: degrees(0), xSkew: degrees(0), ySkew: degrees(0) };

/** Gives the field's widget its appearance; the images and the font are embedded when the document is saved. */
export async function setAppearance(
  doc: PDFDocument,
  field: SignatureField,
  identity: SignerIdentity,
  signingTime: Date,
  input: AppearanceInput,
): Promise<void> {
  const size = { width: field.rect.width, height: field.rect.height };
  const { operators, resources, bounds } =
    input.signature || input.seal
      ? await imageAppearance(doc, field, input)
      : {
          ...(await textAppearance(doc, size, appearanceLines(identity, signingTime), input.font())),
          bounds: undefined,
        };
  const box = bounds ?? { x: 0, y: 0, ...size };
  const bbox = [box.x, box.y, box.x + box.width, box.y + box.height];
  const stream = doc.context.formXObject(operators, { BBox: bbox, Resources: resources });
  field.widget.set(PDFName.of('AP'), doc.context.obj({ N: doc.context.register(stream) }));
  // the appearance's box, placed on the page: the field, grown by the seal that reaches beyond it
  const rect = [field.rect.x + bbox[0], field.rect.y + bbox[1], field.rect.x + bbox[2], field.rect.y + bbox[3]];
  field.widget.set(PDFName.of('Rect'), doc.context.obj(rect));
}

async function imageAppearance(doc: PDFDocument, field: SignatureField, input: AppearanceInput) {
  const { width, height, x: roomLeft } = field.rect;
  const boxes = placeImages({ width, height }, input.signature?.info.size, input.seal?.info.size, roomLeft);
  const XObject: Record<string, unknown> = {};
  const operators: PDFOperator[] = [];
  // the seal is drawn last: it lies over the signer's image (k.8-a)
  for (const [name, image, box] of [
    ['ChuKy', input.signature, boxes.signature],
    ['Dau', input.seal, boxes.seal],
  ] as const) {
    if (!image || !box) continue;
    XObject[name] = (await doc.embedPng(image.bytes)).ref;
    operators.push(...drawImage(name, { ...box, ...NO_TURN }));
  }
  return { operators, resources: { XObject }, bounds: boxes.bounds };
}

/** "Ký bởi: …", the organisation when the certificate names one, "Thời gian ký: …": the document's language, Vietnamese. */
export function appearanceLines(identity: SignerIdentity, signingTime: Date): string[] {
  return [
    say('sign.appearance.signedBy', { name: identity.commonName }).vi,
    ...(identity.organization ? [identity.organization] : []),
    say('sign.appearance.signingTime', { time: vietnamTime(signingTime) }).vi,
  ];
}

/** The lines centred in the field, at the largest size up to 11 pt that fits. */
async function textAppearance(doc: PDFDocument, field: Size, lines: string[], fontBytes: Uint8Array) {
  const font = await doc.embedFont(fontBytes, { subset: true });
  const padding = 2;
  const widest = Math.max(...lines.map((l) => font.widthOfTextAtSize(l, 1)));
  const size = Math.min(11, (field.width - 2 * padding) / widest, (field.height - 2 * padding) / (lines.length * 1.25));
  const lineHeight = size * 1.25;
  const top = (field.height + lines.length * lineHeight) / 2 - size;
  const operators = lines.flatMap((line, i) =>
    drawText(font.encodeText(line), {
      ...NO_TURN,
      color: INK,
      font: 'F1',
      size,
      x: (field.width - font.widthOfTextAtSize(line, size)) / 2,
      y: top - i * lineHeight,
    }),
  );
  return { operators, resources: { Font: { F1: font.ref } } };
}

/** dd/MM/yyyy HH:mm:ss +07:00, the time in Vietnam (k.8-b asks Vietnam's time zone, ISO 8601's offset). */
export function vietnamTime(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
  return `${day} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())} +07:00`;
}
