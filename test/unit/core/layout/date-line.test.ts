/** The place-and-date line's break, decided once for both renderers (issue 29, items 2 and 4). */
import * as assert from 'node:assert/strict';
import { dateLineFits, dateLineWithBreak } from '../../../../src/core/layout/header-lines';
import { blockText, type Block, type Run } from '../../../../src/core/layout/model';
import { resolveMeasures } from '../../../../src/core/layout/measures';
import { renderBlock } from '../../../../src/render/html/blocks';

const M = resolveMeasures();
const BLANK: Run = { text: '      ', blank: true };
const line = (...runs: Run[]): Block => ({ role: 'dia_danh_ngay', runs });

describe('the place-and-date line (NĐ 30/2020, PL I-P.I-M.II-k.4)', () => {
  it('keeps a line that fits as it is, the very same block', () => {
    const block = line({ text: 'Ninh Bình, ngày 18 tháng 11 năm 2024' });
    assert.equal(dateLineWithBreak(block, M), block);
  });

  it('breaks a long place after its comma, never leaving the year alone', () => {
    const block = line({ text: 'Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025' });
    assert.ok(!dateLineFits(block, M));
    assert.equal(blockText(dateLineWithBreak(block, M)), 'Thành phố Hồ Chí Minh,\nngày 18 tháng 11 năm 2025');
    const twoCommas = line({ text: 'Thị trấn Phước Bửu, huyện Xuyên Mộc, ngày 18 tháng 11 năm 2025' });
    assert.equal(
      blockText(dateLineWithBreak(twoCommas, M)),
      'Thị trấn Phước Bửu, huyện Xuyên Mộc,\nngày 18 tháng 11 năm 2025',
    );
  });

  it("breaks an undated draft's line the same way, its blanks kept", () => {
    const draft = line(
      { text: 'Thành phố Hồ Chí Minh, ngày ' },
      BLANK,
      { text: ' tháng ' },
      BLANK,
      { text: ' năm ' },
      BLANK,
    );
    const broken = dateLineWithBreak(draft, M);
    assert.equal(broken.runs[0].text, 'Thành phố Hồ Chí Minh,\nngày ');
    assert.deepEqual(broken.runs.slice(1), draft.runs.slice(1));
  });

  it("does not count an undated draft's trailing blank, which hangs in a word processor", () => {
    const draft = line({ text: 'Tân An, ngày ' }, BLANK, { text: ' tháng ' }, BLANK, { text: ' năm ' }, BLANK);
    assert.ok(dateLineFits(draft, M));
    const html = renderBlock(draft);
    assert.match(html, /năm<span class="gm-blank gm-blank-end"> {7}<\/span><\/p>$/);
    assert.match(html, /tháng <span class="gm-blank">/, 'a blank inside the line keeps its place');
  });
});
