/**
 * 110 real agency names (test/fixtures/names/real-agency-names.json) in both
 * header columns' styles: no line breaks inside a two-syllable word of the
 * dictionary word list or inside a listed term (issue 29, item 1).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerNameLines } from '../../../../src/core/layout/header-lines';
import { resolveMeasures } from '../../../../src/core/layout/measures';
import { termsCut, wordsSplit } from '../../../support/name-breaks';

const M = resolveMeasures();
const GROUPS: Record<string, string[]> = JSON.parse(
  readFileSync(join(__dirname, '../../../fixtures/names/real-agency-names.json'), 'utf8'),
).groups;
const NAMES = Object.values(GROUPS).flat();
const ROLES = ['co_quan_chu_quan', 'co_quan'] as const;

describe('real agency names never break inside a word (issue 29, item 1)', () => {
  it('holds at least 100 names from ministries, provinces, hospitals, schools and associations', () => {
    assert.ok(NAMES.length >= 100, `${NAMES.length} names`);
    assert.equal(new Set(NAMES).size, NAMES.length, 'a name is listed twice');
    assert.equal(Object.keys(GROUPS).length, 5);
  });

  for (const role of ROLES) {
    it(`${role}: every line break falls between words`, () => {
      const bad = NAMES.flatMap((name) => {
        const { lines, cutWord } = headerNameLines(name, M.styles[role], M, 0);
        const cut = [...wordsSplit(lines), ...termsCut(lines)];
        return cutWord || cut.length ? [`${lines.join(' / ')} (${cut.join(', ')})`] : [];
      });
      assert.deepEqual(bad, []);
    });
  }

  it('breaks the names of the issue between words', () => {
    const lines = (name: string) => headerNameLines(name, M.styles.co_quan, M, 0).lines;
    assert.deepEqual(lines('LIÊN ĐOÀN BÓNG ĐÁ VIỆT NAM'), ['LIÊN ĐOÀN', 'BÓNG ĐÁ VIỆT NAM']);
    assert.deepEqual(lines('VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TRUNG ƯƠNG'), [
      'VĂN PHÒNG ĐIỀU PHỐI',
      'NÔNG THÔN MỚI',
      'TRUNG ƯƠNG',
    ]);
  });
});
