/**
 * Issue 32, item 9, as the README states it: the desktop (Node's zlib) and the
 * browser (fflate) give the same DOCX parts with byte-identical content for
 * one source; only the zip's compressed bytes differ.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import * as renderer from '../../../src/render/docx';
import { FFLATE_CODEC } from '../../../src/render/docx/zip-codec';
import { nodeZipCodec } from '../../../src/export/node-zip-codec';
import { planExport } from '../../../src/export/plan-export';
import type { ZipCodec } from '../../../src/render/docx';

const SOURCE = 'examples/hoi-nghi-sipas-2024.giaymoi.yaml';

async function exported(codec: ZipCodec): Promise<Uint8Array> {
  const plan = planExport(readFileSync(SOURCE, 'utf8'), SOURCE, { allowWarnings: true, codec }, renderer);
  assert.ok(plan.ok);
  return plan.files[0].render();
}

describe('export: the same DOCX parts in every host (issue 32, item 9)', () => {
  it("gives the same entries, byte for byte once inflated, with Node's zlib and with fflate", async () => {
    const [desktop, browser] = [await exported(nodeZipCodec), await exported(FFLATE_CODEC)];
    const [a, b] = [unzipSync(desktop), unzipSync(browser)];
    assert.deepEqual(Object.keys(a), Object.keys(b));
    for (const name of Object.keys(a)) assert.deepEqual(a[name], b[name], name);
  });
});
