/** The dictionary word list shipped for word-aware line breaking (issue 29, item 1). */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTwoSyllableWord } from '../../../../src/core/text/two-syllable-words';

const ROOT = join(__dirname, '../../../..');
const DATA = join(ROOT, 'src/core/text/data');
const data: { source: string; licence: string; derivation: string; count: number; words: string[] } = JSON.parse(
  readFileSync(join(DATA, 'two-syllable-words.json'), 'utf8'),
);

describe('the two-syllable word list', () => {
  it('states its source and licence, in the file and in a NOTICE shipped in the VSIX', () => {
    assert.match(data.source, /Hồ Ngọc Đức, Viet74K\.txt/);
    assert.match(data.licence, /GPL-2\.0/);
    const notice = readFileSync(join(DATA, 'NOTICE.md'), 'utf8');
    assert.match(notice, /GNU General Public License, version 2/);
    assert.match(notice, /scripts\/derive-word-list\.mjs/);
    assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!src\/core\/text\/data\/NOTICE\.md$/m);
  });

  it('holds tens of thousands of words, lower case, NFC, two letter-only syllables each', () => {
    assert.ok(data.count > 40000, `${data.count} words`);
    const pairs = data.words.flatMap((line) =>
      line
        .split(' ')
        .slice(1)
        .map((s) => `${line.split(' ')[0]} ${s}`),
    );
    assert.equal(pairs.length, data.count);
    for (const pair of pairs) {
      assert.equal(pair, pair.normalize('NFC').toLocaleLowerCase('vi'), pair);
      assert.match(pair, /^\p{L}+ \p{L}+$/u, pair);
    }
  });

  it('finds the words the issue saw split, in any case and any normalization', () => {
    for (const [a, b] of [
      ['BÓNG', 'ĐÁ'],
      ['CHIẾN', 'LƯỢC'],
      ['điều', 'phối'],
      ['Công', 'Trình'],
    ])
      assert.ok(isTwoSyllableWord(a, b), `${a} ${b}`);
    assert.ok(isTwoSyllableWord('BÓNG'.normalize('NFD'), 'ĐÁ'.normalize('NFD')));
    assert.ok(!isTwoSyllableWord('ĐOÀN', 'BÓNG'));
    assert.ok(!isTwoSyllableWord('TẠO', 'PHỐ'));
  });
});
