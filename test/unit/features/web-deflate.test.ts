/**
 * Issue 32, item 9: the web host deflates a mail merge's combined document
 * with the browser's CompressionStream (Node has the same API): the raw
 * DEFLATE, CRC-32 and size a zip entry needs, and a combined file whose parts
 * are those of the desktop's.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inflateSync, unzipSync } from 'fflate';
import { nodeZipCodec } from '../../../src/export/node-zip-codec';
import { planExport } from '../../../src/export/plan-export';
import { nativeStreamDeflater, unwrapGzip, withNativeStreamDeflate } from '../../../src/features/web-deflate';
import { listFor } from '../../../src/lists/list-for';
import * as renderer from '../../../src/render/docx';
import { crc32, FFLATE_CODEC } from '../../../src/render/docx/zip-codec';

const LIST_SOURCE = 'examples/hoi-nghi-khach-moi-2025.giaymoi.yaml';

/** The merge's combined file (the last planned), rendered with `codec`. */
async function combined(codec: renderer.ZipCodec): Promise<Record<string, Uint8Array>> {
  const text = readFileSync(LIST_SOURCE, 'utf8');
  const list = await listFor(text, (name) => Promise.resolve(readFileSync(`examples/${name}`)));
  const plan = planExport(text, LIST_SOURCE, { allowWarnings: true, mailMerge: true, list, codec }, renderer);
  assert.ok(plan.ok);
  for (const file of plan.files.slice(0, -1)) await file.render(); // in order, as a merge does: the copies feed it
  const chunks: Uint8Array[] = [];
  await plan.files[plan.files.length - 1].write!((chunk) => Promise.resolve(void chunks.push(chunk.slice())));
  return unzipSync(Buffer.concat(chunks));
}

describe('web host: native DEFLATE for a merge combined file', () => {
  it('gives raw DEFLATE with the CRC-32 and size of everything pushed, in pieces', async () => {
    const text = new TextEncoder().encode('<w:p><w:r><w:t>Kính gửi: Ông Nguyễn Văn A</w:t></w:r></w:p>'.repeat(5000));
    const deflater = nativeStreamDeflater();
    for (let at = 0; at < text.length; at += 7000) deflater.push(text.subarray(at, at + 7000));
    const { chunks, crc, size } = await deflater.end();
    assert.deepEqual(inflateSync(Buffer.concat(chunks)), text);
    assert.equal(crc, crc32(text));
    assert.equal(size, text.length);
  });

  it('refuses a gzip member it cannot take apart (optional header fields)', () => {
    assert.throws(() => unwrapGzip(Uint8Array.of(0x1f, 0x8b, 8, 0x08, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0)));
  });

  it('offers it beside fflate, and the combined file has the desktop combined file parts', async () => {
    const web = withNativeStreamDeflate(FFLATE_CODEC);
    assert.equal(web.deflateRaw, FFLATE_CODEC.deflateRaw);
    assert.ok(web.deflateStream);
    const [browser, desktop] = [await combined(web), await combined(nodeZipCodec)];
    assert.deepEqual(Object.keys(browser), Object.keys(desktop));
    for (const name of Object.keys(desktop)) assert.deepEqual(browser[name], desktop[name], name);
  });
});
