import * as assert from 'node:assert/strict';
import { planMailMerge } from '../../../src/export/mail-merge';

describe('export: mail merge plan', () => {
  it('names one file per invitee and a combined file', () => {
    const plan = planMailMerge(['Giám đốc Sở Y tế', 'Giám đốc Sở Xây dựng'], 'hop-du-toan');
    assert.deepEqual(plan.entries, [
      { invitee: 0, fileName: 'hop-du-toan - Giám đốc Sở Y tế.docx' },
      { invitee: 1, fileName: 'hop-du-toan - Giám đốc Sở Xây dựng.docx' },
    ]);
    assert.equal(plan.combinedFileName, 'hop-du-toan (tất cả).docx');
  });

  it('keeps names unique when invitees fold to the same name', () => {
    const plan = planMailMerge(['Sở Y tế', 'Sở Y tế', 'SỞ Y TẾ', 'Sở Y tế?'], 'gm', { ascii: true });
    const names = plan.entries.map((e) => e.fileName.toLowerCase());
    assert.equal(new Set(names).size, 4);
    assert.equal(plan.entries[1].fileName, 'gm - So Y te (2).docx');
    assert.equal(plan.combinedFileName, 'gm (tat ca).docx');
  });
});
