/**
 * Issue 28, defect 9: a slot's `nguyen_van` is printed instead of the derived
 * "Từ … giờ …" wording, as written (its own punctuation, no "." or ";"
 * added), after the slot's `ghi_chu`; the layout decides it once, so the
 * preview's HTML and the DOCX print the same words.
 */
import * as assert from 'node:assert/strict';
import { closedSlotLine, slotLine } from '../../../../src/core/layout/derive';
import { resolveMeasures } from '../../../../src/core/layout/measures';
import { renderPage } from '../../../../src/render/html';
import { fixture } from '../../rules/helpers';
import { layoutOf, render, textOf, paragraphsOf } from '../../render-docx/docx-xml';

const WORDING = '8 giờ 00 phút, ngày 25/11/2024 (thứ Hai).';
const SLOT = { bat_dau: '2024-11-25 08:00', nguyen_van: WORDING };
const source = fixture('valid').replace(
  'thoi_gian: { bat_dau: 2024-05-17 14:00, ket_thuc: "16:30" }',
  [
    'thoi_gian:',
    `  - { bat_dau: 2024-05-17 08:00, ghi_chu: Buổi sáng, nguyen_van: "8h00, thứ Sáu, 17/5/2024;" }`,
    '  - { bat_dau: 2024-05-17 14:00 }',
  ].join('\n'),
);

describe('layout: a time slot printed as written (nguyen_van)', () => {
  it('prints the wording in place of the derived one, with nothing added', () => {
    assert.equal(slotLine(SLOT), WORDING);
    assert.equal(closedSlotLine(SLOT, '.'), WORDING);
    assert.equal(closedSlotLine({ bat_dau: '2024-11-25 08:00' }, '.'), 'Từ 8 giờ 00 phút, ngày 25/11/2024 (thứ Hai).');
  });

  it('keeps the note before it and the wording’s own case', () => {
    assert.equal(slotLine({ ...SLOT, ghi_chu: 'Buổi sáng', nguyen_van: 'Từ 8h00' }), 'Buổi sáng: Từ 8h00');
  });

  it('reaches the HTML preview and the DOCX as the same line, beside a derived slot', async () => {
    const layout = layoutOf(source);
    const html = renderPage(layout, resolveMeasures()).body;
    assert.ok(html.includes('- Buổi sáng: 8h00, thứ Sáu, 17/5/2024;<'), 'HTML');
    assert.ok(html.includes('- Từ 14 giờ 00 phút, ngày 17/5/2024 (thứ Sáu).<'), 'HTML, the derived slot');
    const texts = paragraphsOf((await render([layout])).document).map(textOf);
    assert.ok(texts.includes('- Buổi sáng: 8h00, thứ Sáu, 17/5/2024;'), 'DOCX');
    assert.ok(texts.includes('- Từ 14 giờ 00 phút, ngày 17/5/2024 (thứ Sáu).'), 'DOCX, the derived slot');
  });
});
