/**
 * Issue 31, item 3: a list invitation is checked copy by copy; the time must
 * grow linearly with the list's rows (a problem every copy shares was collected
 * with a scan of the rows already seen for each copy).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check/check';
import { readCsvList } from '../../../src/lists/read-list';
import { describeGrowth, growthPerDoubling, MAX_PER_DOUBLING } from './doubling';

const SOURCE = readFileSync(join(__dirname, '../../../examples/hoi-nghi-khach-moi-2025.giaymoi.yaml'), 'utf8');
const HEADER = 'STT,Họ và tên,Chức vụ,Đơn vị,Phiên,Giờ,Điện thoại';
const list = (rows: number) =>
  readCsvList(
    'khach-moi.csv',
    new TextEncoder().encode(
      [
        HEADER,
        ...Array.from(
          { length: rows },
          (_, i) => `${i + 1},Người ${i + 1},Chuyên viên,Sở ${i + 1},thứ nhất,08:00,0205 3812000`,
        ),
      ].join('\n'),
    ),
  );

describe('a list invitation is checked in time linear in its rows (issue 31)', () => {
  it('checks 500 → 2,000 copies in linear time', function () {
    this.timeout(300_000);
    const growth = growthPerDoubling(500, list, (rows) => checkInvitation(SOURCE, { list: rows }));
    console.log(`      ${describeGrowth('check, 500 → 2,000 rows', growth)}`);
    assert.ok(growth.perDoubling < MAX_PER_DOUBLING, describeGrowth('checking grows faster than linearly', growth));
  });
});
