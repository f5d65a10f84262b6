import * as assert from 'node:assert/strict';
import { unzipSync, zipSync } from 'fflate';
import { dosDateTime, setZipDates } from '../../../src/export/zip-dates';
import { exportDate, FALLBACK_DATE } from '../../../src/export/export-date';

describe('export: repeatable zip dates', () => {
  it('sets every local and central header to one date without touching the contents', () => {
    const files = { 'a.xml': new TextEncoder().encode('<a/>'), 'b/c.xml': new TextEncoder().encode('<c/>') };
    const one = setZipDates(zipSync(files, { mtime: new Date(2001, 0, 1) }), new Date(Date.UTC(2024, 4, 17, 14, 0, 0)));
    const two = setZipDates(zipSync(files, { mtime: new Date(2011, 6, 9) }), new Date(Date.UTC(2024, 4, 17, 14, 0, 0)));
    assert.deepEqual(Buffer.from(one), Buffer.from(two));
    assert.deepEqual(Object.keys(unzipSync(one)), ['a.xml', 'b/c.xml']);
    const { day, time } = dosDateTime(new Date(Date.UTC(2024, 4, 17, 14, 0, 0)));
    assert.equal(day, (44 << 9) | (5 << 5) | 17);
    assert.equal(time, 14 << 11);
  });

  it('dates an export by the invitation: its day, its month for a draft, else the decree\'s date', () => {
    assert.equal(exportDate({ ngay: '2024-11-18' }).toISOString(), '2024-11-18T00:00:00.000Z');
    assert.equal(exportDate({ ngay: '2024-05' }).toISOString(), '2024-05-01T00:00:00.000Z');
    assert.equal(exportDate({ ngay: undefined }), FALLBACK_DATE);
  });
});
