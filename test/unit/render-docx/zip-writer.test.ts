/**
 * The renderer's zip writer (zip-writer.ts) gives the bytes fflate's streaming
 * Zip gives for the same deflated entries: names ASCII or not, an empty entry,
 * dates at the ends of what a zip holds, and entries reused from zip to zip
 * (their blocks cached) under another date or in another order.
 */
import * as assert from 'node:assert/strict';
import { deflateSync, strToU8, Zip, type ZipInputFile } from 'fflate';
import { crc32 } from '../../../src/render/docx/zip-codec';
import { zipDate, zipDeflated, type DeflatedEntry } from '../../../src/render/docx/zip-package';

/** The zip as fflate's Zip writes it, fed the entries' deflated bytes (how zip-package.ts zipped before). */
function fflateZip(entries: readonly DeflatedEntry[], date: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const entry of entries) {
    const file: ZipInputFile = {
      filename: entry.name,
      size: entry.size,
      crc: entry.crc,
      compression: 8,
      mtime: zipDate(date),
    };
    zip.add(file);
    file.ondata?.(null, entry.data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

const entry = (name: string, text: string): DeflatedEntry => {
  const bytes = strToU8(text);
  return { name, crc: crc32(bytes), size: bytes.length, data: deflateSync(bytes) };
};

describe('docx: the zip writer', () => {
  const entries = [
    entry('[Content_Types].xml', '<Types/>'.repeat(40)),
    entry('word/document.xml', '<w:t>Hội nghị tổng kết</w:t>'.repeat(300)),
    entry('word/giấy mời.xml', 'tên tiếng Việt'),
    entry('empty', ''),
  ];
  const dates = [
    new Date(Date.UTC(2024, 4, 17, 14, 30, 11)),
    new Date(Date.UTC(1970, 0, 1)),
    new Date(Date.UTC(2150, 11, 31, 23, 59, 59)),
    new Date(Date.UTC(2025, 1, 28)),
  ];

  for (const date of dates)
    it(`writes fflate's bytes, dated ${date.toISOString()}`, () => {
      assert.deepEqual(Buffer.from(zipDeflated(entries, date)), Buffer.from(fflateZip(entries, date)));
    });

  it('reuses entries across zips, in another order, with one swapped', () => {
    const first = zipDeflated(entries, dates[0]);
    const swapped = [entry('word/document.xml', 'other'), ...entries.slice(2), entries[0]];
    assert.deepEqual(Buffer.from(zipDeflated(swapped, dates[0])), Buffer.from(fflateZip(swapped, dates[0])));
    assert.deepEqual(Buffer.from(zipDeflated(swapped, dates[1])), Buffer.from(fflateZip(swapped, dates[1])));
    assert.deepEqual(Buffer.from(zipDeflated(entries, dates[0])), Buffer.from(first));
  });
});
