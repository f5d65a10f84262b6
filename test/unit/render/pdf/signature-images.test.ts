/**
 * `nguoi_ky.chu_ky_so: { anh, dau }` in the PDF (NĐ 30/2020, PL I-P.I-M.II):
 * the signer's image centred in the signature field's box, between the title
 * and the name (k.7-d); the seal at its real size (its pHYs, else 36 mm wide),
 * its right edge at a third of the signer's image, centred on it (k.8-a). Read
 * back from the PDF's content stream and its field's /Rect. Bad images (missing,
 * not a PNG, too large) refuse the export with one line naming the file.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, type PDFRawStream, type PDFRef } from 'pdf-lib';
import { checkInvitation } from '../../../../src/core/check';
import { layoutInvitation, mmToPt, resolveMeasures } from '../../../../src/core/layout';
import { nodePdfFonts } from '../../../../src/export/pdf-fonts';
import { planPdfExport } from '../../../../src/export/pdf-plan';
import * as renderer from '../../../../src/render/pdf';
import { ROOT } from './render-examples';

const SOURCE = join(ROOT, 'examples/hoi-nghi-sipas-2024.giaymoi.yaml');
const WITH_IMAGES = readFileSync(SOURCE, 'utf8').replace(
  '  ho_ten: Dương Thị Thanh Thịnh\n',
  '  ho_ten: Dương Thị Thanh Thịnh\n  chu_ky_so: { anh: anh/chu-ky.png, dau: anh/dau.png }\n',
);

/** A transparent RGBA PNG of `width`×`height` pixels; `dpi` writes a pHYs chunk. */
function png(width: number, height: number, dpi?: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  const phys = Buffer.alloc(9);
  if (dpi) {
    phys.writeUInt32BE(Math.round(dpi / 0.0254), 0);
    phys.writeUInt32BE(Math.round(dpi / 0.0254), 4);
    phys[8] = 1;
  }
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      ...(dpi ? [chunk('pHYs', phys)] : []),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

async function exportWith(files: Record<string, Uint8Array>, text = WITH_IMAGES) {
  const folder = join(ROOT, 'examples');
  const read = (path: string) => Promise.resolve(files[path.slice(folder.length + 1)]);
  const fonts = () => nodePdfFonts([join(ROOT, 'media')]);
  return planPdfExport(text, SOURCE, { allowWarnings: true }, renderer, fonts, read);
}

interface Drawn {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The images drawn on page `index` (lower-left origin, points), in drawing order, and the field's /Rect. */
async function readBack(bytes: Uint8Array, index: number): Promise<{ images: Drawn[]; rect: number[] }> {
  const pdf = await PDFDocument.load(bytes);
  const page = pdf.getPage(index);
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
  const text = streams
    .map((s) => pdf.context.lookup(s as PDFRef) ?? s)
    .map((s) => Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()).toString('latin1'))
    .join('\n');
  const height = page.getHeight();
  // pdfkit draws in a flipped page (1 0 0 -1 0 H cm): an image is "w 0 0 -h x y+h cm /I Do" from the top-left
  const images = [...text.matchAll(/([\d.]+) 0 0 (-[\d.]+) ([\d.]+) ([\d.]+) cm\s*\/\S+ Do/g)].map((m) => {
    const [w, h, x, bottomFromTop] = m.slice(1, 5).map(Number);
    return { x, y: height - bottomFromTop, width: w, height: -h };
  });
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  const widget = pdf.context.lookup(annots!.get(0), PDFDict);
  const rect = widget
    .lookup(PDFName.of('Rect'), PDFArray)
    .asArray()
    .map((n) => Number(n.toString()));
  return { images, rect };
}

const near = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 0.05, `${what}: ${actual} ≠ ${expected}`);

describe('PDF signature images (nguoi_ky.chu_ky_so)', function () {
  this.timeout(60_000);

  it('centres the signer’s image in the field, the seal at its real size over a third of it on the left', async () => {
    const plan = await exportWith({ 'anh/chu-ky.png': png(600, 300), 'anh/dau.png': png(472, 472, 300) });
    assert.ok(plan.ok, JSON.stringify(plan).slice(0, 300));
    const invitation = checkInvitation(WITH_IMAGES).invitation!;
    const options = { measures: resolveMeasures(), date: new Date(0), fonts: nodePdfFonts([join(ROOT, 'media')]) };
    const field = renderer.signatureFieldOf(layoutInvitation(invitation), options)!;
    const { images, rect } = await readBack(await plan.files[0].render(), field.page);
    rect.forEach((n, i) => near(n, field.rect[i], `the field's /Rect[${i}]`));
    assert.equal(images.length, 2);
    const [signature, seal] = images;
    const [llx, lly, urx, ury] = rect;
    near(signature.x + signature.width / 2, (llx + urx) / 2, 'signature centred across the field');
    near(signature.y + signature.height / 2, (lly + ury) / 2, 'signature centred between title and name');
    assert.ok(signature.width <= urx - llx + 0.01 && signature.height <= ury - lly + 0.01, 'inside the field');
    near(seal.width, mmToPt((472 / 300) * 25.4), 'seal at its real size (pHYs 300 dpi: 40 mm)');
    near(seal.x + seal.width, signature.x + signature.width / 3, 'seal over a third of the signature, on its left');
    near(seal.y + seal.height / 2, signature.y + signature.height / 2, 'seal centred on the signature');
  });

  it('draws a seal whose PNG records no resolution 36 mm wide (DEFAULT_SEAL_MM), in the same place', async () => {
    const plan = await exportWith({ 'anh/chu-ky.png': png(600, 300), 'anh/dau.png': png(200, 200) });
    assert.ok(plan.ok);
    const bytes = await plan.files[0].render();
    const pdf = await PDFDocument.load(bytes);
    const index = pdf.getPages().findIndex((p) => p.node.lookupMaybe(PDFName.of('Annots'), PDFArray));
    const [signature, seal] = (await readBack(bytes, index)).images;
    near(seal.width, mmToPt(36), 'the default seal width');
    near(seal.x + seal.width, signature.x + signature.width / 3, 'over a third of the signature, on its left');
  });

  for (const [what, files, pattern] of [
    [
      'a missing file',
      { 'anh/dau.png': png(10, 10) },
      /^Ảnh chữ ký "anh\/chu-ky\.png" \(nguoi_ky\.chu_ky_so\) không có/,
    ],
    [
      'a file that is not a PNG',
      { 'anh/chu-ky.png': new TextEncoder().encode('GIF89a not a png at all, no'), 'anh/dau.png': png(10, 10) },
      /^Ảnh chữ ký "anh\/chu-ky\.png" không phải tệp PNG/,
    ],
    [
      'a huge PNG',
      { 'anh/chu-ky.png': png(10, 10), 'anh/dau.png': png(5000, 10) },
      /^Ảnh dấu "anh\/dau\.png" quá lớn \(5000 /,
    ],
  ] as const) {
    it(`refuses ${what} with one line naming the file`, async () => {
      const plan = await exportWith(files);
      assert.ok(!plan.ok && plan.refused === 'images', JSON.stringify(plan).slice(0, 200));
      assert.match(plan.message.vi, pattern);
      assert.ok(!plan.message.vi.includes('\n') && plan.message.en.length > 0);
    });
  }
});
