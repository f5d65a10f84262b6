/**
 * The preview prints nguyen_van_dau above the header and nguyen_van_cuoi after
 * the foot, and its page estimate counts them (issue 28).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { renderPage, renderUnits } from '../../../src/render/html';
import { layoutOf } from './support';

const M = resolveMeasures();
const FIXTURE = readFileSync(join(__dirname, '../../fixtures/verbatim-ends/du-thao-ghi-chu.giaymoi.yaml'), 'utf8');
const plainText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** The fixture with a guest list of `n` lines after the foot. */
const withGuests = (n: number) =>
  FIXTURE.replace(/^nguyen_van_cuoi:\n( {2}- .*\n)+/m, '') +
  `nguyen_van_cuoi:\n${Array.from({ length: n }, (_, i) => `  - ${i + 1}. Ông Nguyễn Văn Khách ${i + 1}, Giám đốc đơn vị.\n`).join('')}`;

describe('HTML renderer: text above the header and after the foot', () => {
  it('prints the line above the header first and the paragraphs after the signer, in order', () => {
    const text = plainText(renderPage(layoutOf(FIXTURE).layout, M).body);
    const at = (s: string) => {
      const i = text.indexOf(s);
      assert.ok(i >= 0, `"${s}" printed`);
      return i;
    };
    const order = ['Dự thảo lần 2', 'UBND TỈNH NINH BÌNH', 'GIẤY MỜI', 'Nơi nhận', 'PHÓ GIÁM ĐỐC', 'Ghi chú:'];
    order.reduce((last, s) => {
      assert.ok(at(s) > last, `"${s}" after what comes before it`);
      return at(s);
    }, -1);
    assert.ok(text.lastIndexOf('Nguyễn Thị Minh Hằng') < at('Ghi chú:'), "after the signer's name");
    assert.ok(at('3. Giám đốc Sở Văn hóa') > at('Danh sách đại biểu kèm theo:'));
  });

  it('gives the preview a unit before the header and one per paragraph after the foot, with their roles', () => {
    const { units } = renderUnits(layoutOf(FIXTURE).layout, M);
    assert.match(units[0], /class="gm-unit gm-u-head" data-keep-next=""><p class="gm-b r-nguyen_van_dau"/);
    assert.match(units[1], /<div class="gm-head">/);
    const foot = units.findIndex((u) => u.includes('class="gm-foot"'));
    assert.equal(units.length - foot - 1, 5, 'five paragraphs after the foot');
    assert.ok(units.slice(foot + 1).every((u) => /gm-u-body.*r-nguyen_van_cuoi/.test(u)));
  });

  it('counts the text after the foot in the page estimate: a long guest list runs onto the next sheets', () => {
    const short = renderPage(layoutOf(withGuests(3)).layout, M);
    const long = renderPage(layoutOf(withGuests(60)).layout, M);
    assert.equal(short.pages, 1);
    assert.ok(long.pages >= 2, `60 guests: ${long.pages} page(s)`);
    const sheets = long.body.split('<section class="gm-sheet"').slice(1);
    assert.match(plainText(sheets.at(-1)!), /60\. Ông Nguyễn Văn Khách 60/);
    assert.doesNotMatch(plainText(sheets[0]), /60\. Ông Nguyễn Văn Khách 60/);
  });

  it('counts the lines above the header in the page estimate', () => {
    const filler = (n: number) =>
      FIXTURE.replace(
        /^nguyen_van_dau: .*$/m,
        `nguyen_van_dau:\n${Array.from({ length: n }, (_, i) => `  - Dòng ${i + 1} in trên phần đầu`).join('\n')}`,
      );
    const pagesOf = (n: number) => renderPage(layoutOf(filler(n)).layout, M).pages;
    assert.equal(pagesOf(1), 1);
    assert.ok(pagesOf(25) > 1, 'twenty-five lines above the header push the foot onto a second sheet');
  });
});
