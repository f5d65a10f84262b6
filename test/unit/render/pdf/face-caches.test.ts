/**
 * The per-process caches of face-caches.ts and measure.ts (shaped words,
 * widths, encoded subsets) change no byte: a document rendered after others
 * in the same process is the very file a fresh process renders, and its
 * words are measured unkerned as before the caches.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import PDFDocument from 'pdfkit';
import { renderPdf } from '../../../../src/render/pdf';
import { measureWith } from '../../../../src/render/pdf/measure';
import { registerFaces } from '../../../../src/render/pdf/fonts';
import { example, examplePdf, ROOT } from './render-examples';

/** The example's PDF as a new Node process renders it, with every cache empty. */
function freshPdf(name: string): Buffer {
  const script = `require('./test/unit/render/pdf/render-examples').examplePdf(${JSON.stringify(name)})
    .then((b) => process.stdout.write(Buffer.from(b).toString('base64')))`;
  const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return Buffer.from(out, 'base64');
}

describe('PDF caches across documents', function () {
  this.timeout(60_000);

  it('renders a document after others to the bytes a fresh process gives', async () => {
    await examplePdf('hoi-nghi-sipas-2024');
    await examplePdf('hoa-toc-phong-chong-bao-2025');
    const { layout, options } = example('truong-thcs-hop-phu-huynh-2025');
    const merged = await renderPdf([layout, example('hoi-nghi-sipas-2024').layout], options);
    const later = await examplePdf('truong-thcs-hop-phu-huynh-2025');
    assert.deepEqual(Buffer.from(later), freshPdf('truong-thcs-hop-phu-huynh-2025'));
    assert.ok(merged.length > later.length);
  });

  it('measures words unkerned, cached or not', () => {
    const doc = new PDFDocument({ font: null as unknown as string, autoFirstPage: false });
    registerFaces(doc, example('hoi-nghi-sipas-2024').options.fonts);
    const measure = measureWith(doc);
    const first = measure('Viện', 'bold', 14);
    const kerned = doc
      .font('bold')
      .fontSize(14)
      .widthOfString('Viện', { features: { kern: true } as never });
    assert.equal(measure('Viện', 'bold', 14), first);
    assert.ok(first - kerned > 0.5, `unkerned ${first} pt, kerned ${kerned} pt`);
  });
});
