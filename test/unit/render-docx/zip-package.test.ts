/**
 * The renderer zips docx's parts itself (zip-package.ts) with the shell's codec:
 * Node's zlib in the CLI and the desktop extension, fflate elsewhere. Whatever
 * the codec, the package holds exactly the parts docx's own Packer gives, in
 * its order, each entry dated to the invitation; LibreOffice reading the file
 * back is the artifact tests' part (test/artifacts/docx).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { inflateSync, strToU8, unzipSync } from 'fflate';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { nodeZipCodec as defaultZipCodec } from '../../../src/export/node-zip-codec';
import { renderDocx } from '../../../src/render/docx';
import { compilesDirectly, packageParts } from '../../../src/render/docx/package-parts';
import { crc32, FFLATE_CODEC } from '../../../src/render/docx/zip-codec';
import { dosDateTime, zipPackage } from '../../../src/render/docx/zip-package';

const SIPAS = readFileSync(join(__dirname, '../../../examples/hoi-nghi-sipas-2024.giaymoi.yaml'), 'utf8');
const DATE = new Date(Date.UTC(2024, 4, 17, 14, 30, 10));

function sipasLayout() {
  const checked = checkInvitation(SIPAS);
  assert.ok(checked.invitation);
  return layoutInvitation(checked.invitation, checked.source);
}

/** Every local header's date and time words, read by walking the local headers from the start. */
/** Each entry's local header date and time words, found through the central directory (local headers may leave sizes to a data descriptor). */
function localDates(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  assert.equal(view.getUint32(end, true), 0x06054b50, 'no comment after the end record');
  const dates: string[] = [];
  for (let at = view.getUint32(end + 16, true), i = 0; i < view.getUint16(end + 10, true); i += 1) {
    const local = view.getUint32(at + 42, true);
    dates.push(`${view.getUint16(local + 12, true)} ${view.getUint16(local + 10, true)}`);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return dates;
}

describe('docx: the package zipped by the renderer', () => {
  it("takes the parts from docx's compiler, the same parts in the same order as docx's Packer", async () => {
    assert.ok(compilesDirectly(), 'docx.Packer.compiler is gone: every export now packs twice (see package-parts.ts)');
    const document = () => new Document({ sections: [{ children: [new Paragraph('Giấy mời')] }] });
    const override = { path: 'docProps/core.xml', data: '<x/>' };
    const ours = await packageParts(document(), [override]);
    const packed = unzipSync(await Packer.pack(document(), 'uint8array', false, [override]));
    assert.deepEqual(
      ours.map(([path]) => path),
      Object.keys(packed),
    );
    // docx stamps the packing time in core.xml; the override replaces it, so every part is equal.
    for (const [path, bytes] of ours) assert.deepEqual(Buffer.from(bytes), Buffer.from(packed[path]), path);
  });

  for (const [name, codec] of [
    ['fflate', FFLATE_CODEC],
    ['Node zlib', defaultZipCodec],
  ] as const) {
    it(`writes a zip that unzips to the parts, every entry dated, with ${name}`, () => {
      const parts: [string, Uint8Array][] = [
        ['[Content_Types].xml', strToU8('<Types/>'.repeat(50))],
        ['word/document.xml', strToU8('<w:t>Hội nghị</w:t>'.repeat(200))],
        ['empty', new Uint8Array()],
      ];
      const zip = zipPackage(parts, DATE, codec);
      assert.deepEqual(
        Object.entries(unzipSync(zip)).map(([k, v]) => [k, Buffer.from(v)]),
        parts.map(([k, v]) => [k, Buffer.from(v)]),
      );
      const { time, day } = dosDateTime(DATE);
      assert.deepEqual(
        localDates(zip),
        parts.map(() => `${day} ${time}`),
      );
      assert.ok(zip.length < 600, `deflated, not stored (${zip.length} bytes)`);
    });
  }

  it("Node's codec deflates and checksums as zip files need (raw DEFLATE, ISO 3309 CRC-32)", () => {
    const text = strToU8('Số: 125/GM-UBND Bắc Sơn, ngày 17 tháng 5 năm 2024'.repeat(30));
    assert.deepEqual(Buffer.from(inflateSync(defaultZipCodec.deflateRaw(text))), Buffer.from(text));
    assert.equal(crc32(strToU8('123456789')), 0xcbf43926); // the CRC-32 check value
    assert.equal(defaultZipCodec.crc32(text), crc32(text));
  });

  it('renders the same parts with either codec: only the compressed bytes differ', async () => {
    const layout = sipasLayout();
    const options = { measures: resolveMeasures({}), date: DATE };
    const [fflate, zlib] = [
      await renderDocx([layout], options),
      await renderDocx([layout], { ...options, codec: defaultZipCodec }),
    ];
    const [a, b] = [unzipSync(fflate), unzipSync(zlib)];
    assert.deepEqual(Object.keys(a), Object.keys(b));
    for (const path of Object.keys(a)) assert.deepEqual(Buffer.from(a[path]), Buffer.from(b[path]), path);
    assert.ok(Object.keys(a).includes('word/document.xml') && Object.keys(a).length > 10);
  });
});
