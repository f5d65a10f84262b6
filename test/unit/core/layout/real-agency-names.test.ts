/**
 * 110 real agency names (test/fixtures/names/real-agency-names.json) in both
 * header columns' styles: no line breaks inside a two-syllable word of the
 * dictionary word list or inside a listed term (issue 29, item 1).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerNameLines } from '../../../../src/core/layout/header-lines';
import { listedTerms } from '../../../../src/core/layout/word-breaks';
import { resolveMeasures } from '../../../../src/core/layout/measures';
import { isTwoSyllableWord } from '../../../../src/core/text/two-syllable-words';
import { termsCut } from '../../../support/name-breaks';

const M = resolveMeasures();
const GROUPS: Record<string, string[]> = JSON.parse(
  readFileSync(join(__dirname, '../../../fixtures/names/real-agency-names.json'), 'utf8'),
).groups;
const NAMES = Object.values(GROUPS).flat();
const ROLES = ['co_quan_chu_quan', 'co_quan'] as const;

const LISTED = listedTerms();
const isWord = (a?: string, b?: string) =>
  a !== undefined && b !== undefined && (isTwoSyllableWord(a, b) || LISTED.has(`${a} ${b}`.toLocaleLowerCase('vi')));

/**
 * The dictionary words a break between two lines falls inside of ("BÓNG / ĐÁ"):
 * the two syllables at the break form a word and neither belongs to a word on
 * its own side ("ĐÀO TẠO / THÀNH PHỐ" is fine though "TẠO THÀNH" is a word).
 */
function wordsSplit(lines: readonly string[]): string[] {
  const split: string[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const [before, after] = [lines[i - 1].split(' '), lines[i].split(' ')];
    const [x, y] = [before.at(-1), after[0]];
    if (isWord(x, y) && !isWord(before.at(-2), x) && !isWord(y, after[1])) split.push(`${x} / ${y}`);
  }
  return split;
}

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
