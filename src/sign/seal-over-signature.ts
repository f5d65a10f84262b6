/**
 * The văn thư's countersignature (NĐ 30/2020, Phụ lục I, Phần I, Mục II,
 * k.8-a): the leader has signed with the signature image; the agency then
 * signs with its seal, which goes over about one third of that image, on its
 * left. The new signature's field is the seal's own box, placed against the
 * image the earlier signature shows (its /AP image ChuKy when giaymoi drew it,
 * else the whole widget another program drew).
 */
import { PDFDict, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { placeImages, type Box, type Size } from '../core/layout';
import { FIELD_NAME, type SignatureField } from './find-field';

/**
 * The signed field the seal belongs to: the renderer's ChuKySo when signed,
 * else the first signed one that shows on the page (an invisible signature,
 * Rect 0 0 0 0, has no image to seal).
 */
export function signerField(fields: readonly SignatureField[]): SignatureField | undefined {
  const signed = fields.filter((f) => f.signed && f.rect.width >= 1 && f.rect.height >= 1);
  return signed.find((f) => f.name.split('.').pop() === FIELD_NAME) ?? signed[0];
}

/** The seal's box on the signer's page, in page points: placed as placeImages (core/layout/signature-images.ts) places it beside that image. */
export function sealBoxOver(signer: SignatureField, seal: Size): Box {
  const { x, y, width, height } = signer.rect;
  const image = signatureImageSize(signer.widget) ?? { width, height };
  const box = placeImages({ width, height }, image, seal, x).seal!;
  return { ...box, x: x + box.x, y: y + box.y };
}

/** The pixel size of the image named ChuKy in the widget's normal appearance (its proportions are what matter). */
function signatureImageSize(widget: PDFDict): Size | undefined {
  const normal = widget.lookupMaybe(PDFName.of('AP'), PDFDict)?.lookup(PDFName.of('N'));
  if (!(normal instanceof PDFRawStream)) return undefined;
  const images = normal.dict.lookupMaybe(PDFName.of('Resources'), PDFDict)?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const image = images?.lookup(PDFName.of('ChuKy'));
  if (!(image instanceof PDFRawStream)) return undefined;
  const side = (key: string) => image.dict.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber();
  const [w, h] = [side('Width'), side('Height')];
  return w && h ? { width: w, height: h } : undefined;
}
