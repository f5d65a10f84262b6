/**
 * Every example, exported to DOCX and imported back, gives a source that checks
 * without errors or warnings (it exports without --allow-drafts) and whose
 * export prints every word of the first export again, in order (issue 28).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutInvitation, resolveMeasures } from '../../../src/core/layout';
import { loadDocxRenderer } from '../../../src/export/load-renderer';
import { importDocx, measureFidelity } from '../../../src/import';

const EXAMPLES = join(__dirname, '../../../examples');
/** A mail merge's source needs its list file read by the CLI: test/artifacts/import/round-trip.test.ts exports it. */
const standalone = (file: string) => !/^\s+danh_sach:/m.test(readFileSync(join(EXAMPLES, file), 'utf8'));

describe('import: every example round-trips through its own export', function () {
  this.timeout(60_000);
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.giaymoi.yaml') && standalone(f))) {
    it(file, async () => {
      const checked = checkInvitation(readFileSync(join(EXAMPLES, file), 'utf8'));
      assert.ok(checked.invitation);
      const layout = layoutInvitation(checked.invitation, checked.source);
      const docx = await loadDocxRenderer().renderDocx([layout], { measures: resolveMeasures(), date: new Date(0) });
      const { yaml } = importDocx(docx, { fileName: file });
      const problems = checkInvitation(yaml).problems.filter((p) => p.severity !== 'information');
      assert.deepEqual(
        problems.map((p) => `${p.code} ${p.message.en}`),
        [],
      );
      const f = await measureFidelity(docx, yaml, loadDocxRenderer());
      assert.equal(f.kept, f.total, `lost: ${f.firstLost}`);
    });
  }
});
