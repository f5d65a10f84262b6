import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  headerBlocksWithLines,
  headerColumnPt,
  headerLineLimitPt,
  headerNameLines,
} from '../../../src/core/layout/header-lines';
import { nameLines } from '../../../src/core/layout/name-lines';
import { textWidthPt } from '../../../src/core/layout/text-width';
import { nameWords } from '../../../src/core/layout/word-breaks';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { PROVINCES_34, PROVINCES_63 } from '../../../src/core/text/vietnamese-words';
import { termsCut } from '../../support/name-breaks';

const M = resolveMeasures();
const NAMES: string[] = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/names/long-agency-names.json'), 'utf8'),
).names;
const ROLES = ['co_quan_chu_quan', 'co_quan'] as const;
const lines = (name: string, role: (typeof ROLES)[number] = 'co_quan') =>
  headerNameLines(name, M.styles[role], M, 0).lines;

describe('header names broken by words (NĐ 30/2020, PL I-P.I-M.II-k.2-c)', () => {
  it('the column is 40 % of 165 mm less 2 × 2 pt padding, and every line keeps 2 % of it free', () => {
    assert.ok(Math.abs(headerColumnPt(M, 0) - ((165 * 72) / 25.4) * 0.4) < 1e-9);
    assert.ok(Math.abs(headerLineLimitPt(M, 0) - (((165 * 72) / 25.4) * 0.4 - 4) * 0.98) < 1e-9);
  });

  it('breaks the names of the issue between words, before the level or before "VÀ"', () => {
    assert.deepEqual(lines('VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC GIANG'), [
      'VĂN PHÒNG',
      'ỦY BAN NHÂN DÂN',
      'TỈNH BẮC GIANG',
    ]);
    assert.deepEqual(lines('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN DŨNG', 'co_quan_chu_quan'), [
      'PHÒNG GIÁO DỤC',
      'VÀ ĐÀO TẠO',
      'HUYỆN YÊN DŨNG',
    ]);
    assert.deepEqual(lines('SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THỪA THIÊN HUẾ'), [
      'SỞ NÔNG NGHIỆP',
      'VÀ PHÁT TRIỂN',
      'NÔNG THÔN',
      'TỈNH THỪA THIÊN HUẾ',
    ]);
    assert.deepEqual(lines('ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN'), ['ỦY BAN NHÂN DÂN', 'HUYỆN BẮC SƠN']);
  });

  it('does not keep "UBND TỈNH THỪA THIÊN HUẾ" (183.4 pt, Ừ measured as Ư) on one line of a 183.1 pt column', () => {
    assert.ok(Math.abs(textWidthPt('UBND TỈNH THỪA THIÊN HUẾ', 13) - 183.38) < 0.05); // 0.1 measured "Ừ" as "U": 182.7 pt, and kept it on one line
    assert.deepEqual(lines('UBND TỈNH THỪA THIÊN HUẾ', 'co_quan_chu_quan'), ['UBND', 'TỈNH THỪA THIÊN HUẾ']);
  });

  it("the test's own check finds a break inside a listed word or place", () => {
    assert.deepEqual(termsCut(['PHÒNG GIÁO', 'DỤC VÀ ĐÀO TẠO']), ['giáo dục']);
    assert.deepEqual(termsCut(['UBND TỈNH THỪA THIÊN', 'HUẾ']), ['thừa thiên huế']);
    assert.deepEqual(termsCut(['VĂN PHÒNG ỦY BAN NHÂN', 'DÂN TỈNH BẮC GIANG']), ['nhân dân', 'ủy ban nhân dân']);
  });

  it("keeps the author's own line breaks and a short name whole", () => {
    assert.deepEqual(lines('SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG'), ['SỞ THÔNG TIN', 'VÀ TRUYỀN THÔNG']);
    assert.deepEqual(lines('SỞ TÀI CHÍNH'), ['SỞ TÀI CHÍNH']);
  });

  for (const name of NAMES) {
    for (const role of ROLES) {
      it(`${role}: ${name}: fits, never ends a line inside a listed word, after "VÀ" or between a level and its place`, () => {
        const result = lines(name, role);
        const style = M.styles[role];
        assert.equal(result.join(' '), name);
        for (const line of result)
          assert.ok(textWidthPt(line, style.sizePt, style.bold) <= headerLineLimitPt(M, 0), `"${line}" too wide`);
        assert.deepEqual(termsCut(result), [], `${JSON.stringify(result)} cuts a listed word`);
        for (const line of result.slice(0, -1)) assert.doesNotMatch(line, /(^| )VÀ$/, `"${line}" ends in VÀ`);
        const levels = /(TỈNH|HUYỆN|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|THÀNH PHỐ)$/u;
        for (const line of result.slice(0, -1))
          assert.doesNotMatch(line, levels, `"${line}" parts a level from its place`);
      });
    }
  }

  it('lists the 63 provinces of before 2025 and the 34 of after, both read as one word each', () => {
    assert.equal(new Set(PROVINCES_63).size, 63);
    assert.equal(new Set(PROVINCES_34).size, 34);
    for (const province of [...PROVINCES_63, ...PROVINCES_34]) {
      assert.equal(
        nameWords(`SỞ Y TẾ ${province.toLocaleUpperCase('vi')}`).at(-1)?.text,
        province.toLocaleUpperCase('vi'),
      );
    }
  });
});

describe('header names at their edges', () => {
  const BOLD_13 = { sizePt: 13, bold: true };

  it('a listed term wider than the line is cut between syllables, and says so', () => {
    assert.deepEqual(nameLines('ỦY BAN NHÂN DÂN', 60, BOLD_13), { lines: ['ỦY BAN', 'NHÂN', 'DÂN'], cutWord: true });
    assert.deepEqual(nameLines('NGHIÊNG', 20, BOLD_13), { lines: ['NGHIÊNG'], cutWord: true });
  });

  it("an empty name is one empty line; the author's empty line is kept", () => {
    assert.deepEqual(nameLines('', 100, BOLD_13), { lines: [''], cutWord: false });
    assert.deepEqual(nameLines('A\n\nB', 100, BOLD_13), { lines: ['A', '', 'B'], cutWord: false });
  });

  it('a dash stays at the end of its line ("SỞ LAO ĐỘNG -"), never opens the next', () => {
    assert.deepEqual(lines('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'), ['SỞ LAO ĐỘNG -', 'THƯƠNG BINH VÀ XÃ HỘI']);
    assert.deepEqual(
      nameWords('LAO ĐỘNG - THƯƠNG BINH').map((w) => [w.text, w.kind]),
      [
        ['LAO ĐỘNG -', 'dash'],
        ['THƯƠNG BINH', 'word'],
      ],
    );
    assert.deepEqual(
      nameWords('- ĐOÀN').map((w) => w.text),
      ['-', 'ĐOÀN'],
    );
  });

  it('"VÀ" opens the next line when the line is just wide enough to end with it', () => {
    const limit = textWidthPt('PHÒNG VĂN HÓA VÀ', 13, true) + 0.1;
    assert.deepEqual(nameLines('PHÒNG VĂN HÓA VÀ THÔNG TIN', limit, BOLD_13).lines, ['PHÒNG VĂN HÓA', 'VÀ THÔNG TIN']);
  });

  it('the header blocks get their breaks as "\\n"; a block of several runs is left as written', () => {
    const blocks = headerBlocksWithLines(
      [
        { role: 'co_quan', runs: [{ text: 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN' }] },
        { role: 'co_quan', runs: [{ text: 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN ' }, { text: 'NÔNG THÔN', bold: true }] },
      ],
      M,
      0,
    );
    assert.deepEqual(
      blocks.map((b) => b.runs.map((r) => r.text)),
      [['SỞ NÔNG NGHIỆP\nVÀ PHÁT TRIỂN\nNÔNG THÔN'], ['SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN ', 'NÔNG THÔN']],
    );
    assert.ok(
      Math.abs(headerColumnPt(M, 1) - ((165 * 72) / 25.4) * 0.6) < 1e-9,
      'the Quốc hiệu column: the other 60 %',
    );
  });
});
