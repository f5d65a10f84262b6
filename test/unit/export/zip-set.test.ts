import * as assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import { zipSet } from '../../../src/export/zip-set';

describe('export: a written set as one zip to download (issue 32)', () => {
  it('holds every file under its own name, byte for byte, stored (DOCX are zips already)', () => {
    const entries = [
      { name: 'hop - Ông A.docx', bytes: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) },
      { name: 'hop (tất cả).docx', bytes: new TextEncoder().encode('x'.repeat(1000)) },
    ];
    const zip = zipSet(entries, new Date('2025-03-20T08:00:00'));
    const back = unzipSync(zip);
    assert.deepEqual(Object.keys(back), ['hop - Ông A.docx', 'hop (tất cả).docx']);
    for (const e of entries) assert.deepEqual(back[e.name], e.bytes);
    const view = new DataView(zip.buffer, zip.byteOffset);
    assert.equal(view.getUint16(8, true), 0, 'the first entry is stored (method 0)');
    assert.ok(zip.length > 1000, 'not deflated again');
  });
});
