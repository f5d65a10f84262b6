/**
 * Issue 31, items 5 and 8: breaking a long agency name was quadratic (an
 * 8,000-character `chu_quan` took 11–15 s to check); it must grow linearly,
 * whether the name is written in the source or comes from a list cell.
 */
import * as assert from 'node:assert/strict';
import { checkInvitation } from '../../../src/core/check/check';
import { nameLines } from '../../../src/core/layout/name-lines';
import { describeGrowth, growthPerDoubling, MAX_PER_DOUBLING } from './doubling';

const SYLLABLES = [
  'SỞ',
  'GIÁO',
  'DỤC',
  'VÀ',
  'ĐÀO',
  'TẠO',
  'HUYỆN',
  'YÊN',
  'DŨNG',
  'XÃ',
  'TÂN',
  'AN',
  'PHÒNG',
  'BAN',
  'NHÂN',
  'DÂN',
  'TỈNH',
  '-',
  'LAO',
  'ĐỘNG',
];

/** A name of about `chars` characters, the same for the same length (a fixed walk through the syllables). */
function longName(chars: number): string {
  const words: string[] = [];
  for (let i = 0, length = 0; length < chars; i += 1) {
    const word = SYLLABLES[(i * 7 + Math.floor(i / 3)) % SYLLABLES.length];
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
}

const source = (parent: string) =>
  [
    'co_quan:',
    `  chu_quan: ${parent}`,
    '  ten: SỞ TÀI CHÍNH',
    '  viet_tat: STC',
    'so: 12',
    'dia_danh: Hà Nội',
    'ngay: 2025-03-12',
    'trich_yeu: Họp bàn dự toán',
    'kinh_moi: [Ông A]',
    'thoi_gian: 2025-03-20 08:00',
    'dia_diem: Phòng họp số 1',
    'nguoi_ky: { chuc_vu: GIÁM ĐỐC, ho_ten: Nguyễn Văn B }',
    'noi_nhan: [Như trên, "Lưu: VT."]',
    '',
  ].join('\n');

let runs = 0;
/** Checks `text` afresh: parseInvitation keeps the last text's result, so each run's text differs by a first comment line. */
const checkAfresh = (text: string) => checkInvitation(`# ${(runs += 1)}\n${text}`);

describe('long agency names are broken in linear time (issue 31)', () => {
  it('breaks a name into lines in time linear in its length', function () {
    this.timeout(120_000);
    const growth = growthPerDoubling(2000, longName, (name) => nameLines(name, 200, { sizePt: 13, bold: false }));
    console.log(`      ${describeGrowth('nameLines, 2,000 → 8,000 characters', growth)}`);
    assert.ok(growth.perDoubling < MAX_PER_DOUBLING, describeGrowth('breaking grows faster than linearly', growth));
  });

  it('checks an invitation with a long parent agency in time linear in the name', function () {
    this.timeout(120_000);
    const growth = growthPerDoubling(2000, (chars) => source(longName(chars)), checkAfresh);
    console.log(`      ${describeGrowth('check, chu_quan of 2,000 → 8,000 characters', growth)}`);
    assert.ok(growth.perDoubling < MAX_PER_DOUBLING, describeGrowth('checking grows faster than linearly', growth));
  });
});
