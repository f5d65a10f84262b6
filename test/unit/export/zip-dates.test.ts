import * as assert from 'node:assert/strict';
import { dosDateTime } from '../../../src/render/docx/zip-package';
import { exportDate, FALLBACK_DATE } from '../../../src/export/export-date';

describe('export: repeatable zip dates', () => {
  it('writes a date as MS-DOS date and time words of its UTC fields', () => {
    const { day, time } = dosDateTime(new Date(Date.UTC(2024, 4, 17, 14, 0, 0)));
    assert.equal(day, (44 << 9) | (5 << 5) | 17);
    assert.equal(time, 14 << 11);
    assert.equal(
      dosDateTime(new Date(Date.UTC(1970, 0, 1))).day,
      (0 << 9) | (1 << 5) | 1,
      'before 1980: the zip epoch',
    );
  });

  it("dates an export by the invitation: its day, its month for a draft, else the decree's date", () => {
    assert.equal(exportDate({ ngay: '2024-11-18' }).toISOString(), '2024-11-18T00:00:00.000Z');
    assert.equal(exportDate({ ngay: '2024-05' }).toISOString(), '2024-05-01T00:00:00.000Z');
    assert.equal(exportDate({ ngay: undefined }), FALLBACK_DATE);
  });
});
