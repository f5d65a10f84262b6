/** The trích yếu's lines when a word processor would wrap it badly (issue 29, item 5; issue 27: a short last line). */
import * as assert from 'node:assert/strict';
import { textAreaWidthPt } from '../../../../src/core/layout/geometry';
import { blockText, type Block } from '../../../../src/core/layout/model';
import { resolveMeasures } from '../../../../src/core/layout/measures';
import { trichYeuWithLines, wrapsBadly } from '../../../../src/core/layout/title-lines';

const M = resolveMeasures();
const FONT = { sizePt: 14, bold: true };
const trichYeu = (text: string): Block => ({ role: 'trich_yeu', runs: [{ text }] });
const lines = (text: string) => blockText(trichYeuWithLines(trichYeu(text), M)).split('\n');

const NUMBER =
  'Tổ chức Hội thảo đánh giá kết quả 1 năm thực hiện Nghị định số 68/2017/NĐ-CP của Chính phủ về quản lý, phát triển cụm công nghiệp';
const YEAR = 'Dự Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Mậu Tuất 2018';

describe('the trích yếu broken by words when its own wrapping would go wrong', () => {
  it('sees the two defects a greedy word processor makes', () => {
    assert.ok(wrapsBadly(NUMBER, textAreaWidthPt(M), FONT), 'a break after "NĐ-"');
    assert.ok(wrapsBadly(YEAR, textAreaWidthPt(M), FONT), '"2018" alone');
    assert.ok(!wrapsBadly('Họp triển khai Chỉ số cải cách hành chính năm 2024', textAreaWidthPt(M), FONT));
  });

  it('keeps a document number whole: its lines are explicit, so no renderer breaks after the hyphen', () => {
    const got = lines(NUMBER);
    assert.equal(got.length, 2);
    assert.ok(
      got.some((line) => line.split(' ').includes('68/2017/NĐ-CP')),
      JSON.stringify(got),
    );
  });

  it('never leaves one word alone on the last line', () => {
    for (const text of [YEAR, 'Họp trao đổi thông tin báo chí sau Hội nghị BCH LĐBĐVN lần thứ nhất khoá VII']) {
      const got = lines(text);
      assert.equal(got.length, 2, JSON.stringify(got));
      assert.ok(got[1].split(' ').length > 2, JSON.stringify(got));
      assert.equal(got.join(' '), text);
    }
  });

  it('leaves a trích yếu that wraps well, or that the author broke, the very same block', () => {
    const fine = trichYeu('Họp triển khai Chỉ số cải cách hành chính năm 2024');
    assert.equal(trichYeuWithLines(fine, M), fine);
    const own = trichYeu('Dự Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ”\nXuân Mậu Tuất 2018');
    assert.equal(trichYeuWithLines(own, M), own);
  });

  it('keeps each run its style when the line breaks fall inside or between runs', () => {
    const block: Block = {
      role: 'trich_yeu',
      runs: [
        { text: 'Dự Lễ phát động ' },
        { text: '“Tết trồng cây đời đời nhớ ơn Bác Hồ”', italic: true },
        { text: ' Xuân Mậu Tuất 2018' },
      ],
    };
    const broken = trichYeuWithLines(block, M);
    assert.deepEqual(
      broken.runs.map((r) => r.italic ?? false),
      [false, true, false],
    );
    assert.equal(blockText(broken).replace('\n', ' '), blockText(block));
  });
});
