/** The height estimate lets trailing spaces hang, as the DOCX does (issue 29, item 2: the undated draft's date line). */
import * as assert from 'node:assert/strict';
import { resolveMeasures } from '../../../src/core/layout/measures';
import type { Block } from '../../../src/core/layout/model';
import { textWidthPt } from '../../../src/core/layout/text-width';
import { estimateLines } from '../../../src/render/html/estimate';

const M = resolveMeasures();
const BLANK = { text: '      ', blank: true };

describe('height estimate: trailing spaces hang', () => {
  it("counts one line for an undated draft's date line that fits without its last blank", () => {
    const block: Block = {
      role: 'dia_danh_ngay',
      runs: [{ text: 'Tân An, ngày ' }, BLANK, { text: ' tháng ' }, BLANK, { text: ' năm ' }, BLANK],
    };
    const visible = 'Tân An, ngày        tháng        năm';
    const width = textWidthPt(visible, M.styles.dia_danh_ngay.sizePt) + 1;
    assert.equal(estimateLines(block, M, width), 1);
    assert.equal(estimateLines(block, M, width - 10), 2, 'a narrower column still wraps');
  });
});
