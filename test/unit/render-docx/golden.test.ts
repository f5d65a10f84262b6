/**
 * The SIPAS example's word/document.xml must not change unnoticed. After an
 * intended change to the renderer, refresh the golden file with
 *   UPDATE_GOLDEN=1 node scripts/test.mjs unit
 * and review its diff before committing it (refused under CI=true). The source is a pinned copy of
 * examples/hoi-nghi-sipas-2024.giaymoi.yaml beside the golden file.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { loadDocxRenderer } from '../../../src/export/load-renderer';
import { planExport } from '../../../src/export/plan-export';

const GOLDEN = join(__dirname, '../../fixtures/golden/hoi-nghi-sipas-2024.document.xml');
/** A copy of the SIPAS example, so edits to examples/ don't move the golden file. */
const SOURCE = join(__dirname, '../../fixtures/golden/hoi-nghi-sipas-2024.giaymoi.yaml');

async function exportBytes(): Promise<Uint8Array> {
  const plan = planExport(readFileSync(SOURCE, 'utf8'), SOURCE, { allowWarnings: false }, loadDocxRenderer());
  assert.ok(plan.ok, 'the example exports');
  return plan.files[0].render();
}

/** "…context…" around the first difference, for a readable failure. */
function firstDifference(actual: string, expected: string): string {
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i += 1;
  return `at character ${i}:\n  golden: …${expected.slice(Math.max(0, i - 80), i + 80)}…\n  actual: …${actual.slice(Math.max(0, i - 80), i + 80)}…`;
}

describe('docx: repeatable output', () => {
  it('gives the same bytes for the same source, zip entries dated to the invitation', async () => {
    const [a, b] = [await exportBytes(), await exportBytes()];
    assert.deepEqual(Buffer.from(a), Buffer.from(b));
    const core = strFromU8(unzipSync(a)['docProps/core.xml']);
    assert.match(core, /<dcterms:created xsi:type="dcterms:W3CDTF">2024-05-01T00:00:00Z<\/dcterms:created>/);
    const view = new DataView(a.buffer, a.byteOffset, a.byteLength);
    assert.equal(view.getUint16(12, true), ((2024 - 1980) << 9) | (5 << 5) | 1, 'first local header date = 2024-05-01');
  });

  it('matches the golden word/document.xml of the SIPAS example (UPDATE_GOLDEN=1 refreshes it)', async () => {
    // On CI the golden file is the judge, never rewritten: refreshing it there would pass anything.
    if (process.env.CI === 'true' && process.env.UPDATE_GOLDEN)
      assert.fail(
        'UPDATE_GOLDEN is refused under CI=true: refresh the golden file locally and commit its reviewed diff',
      );
    const actual = strFromU8(unzipSync(await exportBytes())['word/document.xml']);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
      writeFileSync(GOLDEN, actual);
      if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`golden file was missing and has been written: ${GOLDEN}`);
      return;
    }
    const expected = readFileSync(GOLDEN, 'utf8');
    assert.ok(actual === expected, `word/document.xml differs from ${GOLDEN} ${firstDifference(actual, expected)}`);
  });
});
