import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveMeasures } from '../../../src/core/measures';
import { pageCount, paginate, renderPage } from '../../../src/render/html';
import { estimateBlockPt, estimateLines } from '../../../src/render/html/estimate';
import { layoutOf, SMALL } from './support';

const u = (height: number, trailing = 0) => ({ height, trailing });

describe('pagination', () => {
  it('stacks units until the next would overflow, then starts a sheet', () => {
    assert.deepEqual(paginate([u(40), u(40), u(40)], 100, 100), [0, 0, 1]);
  });

  it('gives page 1 less room when it carries the contact block', () => {
    assert.deepEqual(paginate([u(40), u(40), u(40)], 70, 100), [0, 1, 1]);
  });

  it('lets the last paragraph\'s space after hang below the page', () => {
    assert.deepEqual(paginate([u(60), u(45, 6)], 100, 100), [0, 0]);
    assert.deepEqual(paginate([u(60), u(45, 4)], 100, 100), [0, 1]);
  });

  it('puts a unit taller than a page alone on its sheet, never an empty sheet before it', () => {
    assert.deepEqual(paginate([u(250)], 100, 100), [0]);
    assert.deepEqual(paginate([u(10), u(250), u(10)], 100, 100), [0, 1, 2]);
  });

  it('never goes back a page and never leaves a gap (property)', () => {
    fc.assert(fc.property(fc.array(fc.record({ height: fc.double({ min: 0, max: 300, noNaN: true }), trailing: fc.constant(0) })), fc.double({ min: 50, max: 300, noNaN: true }), (sizes, cap) => {
      const pages = paginate(sizes, cap, cap);
      pages.forEach((p, i) => { if (i > 0) assert.ok(p === pages[i - 1] || p === pages[i - 1] + 1); });
      assert.equal(pageCount(pages), sizes.length ? pages[pages.length - 1] + 1 : 1);
    }));
  });

  it('estimates more lines for longer text and narrower columns', () => {
    const m = resolveMeasures();
    const block = { role: 'paragraph' as const, runs: [{ text: 'chữ '.repeat(60) }] };
    assert.ok(estimateLines(block, m, 200) > estimateLines(block, m, 450));
    assert.ok(estimateBlockPt(block, m, 450) > m.styles.paragraph.sizePt * 2);
  });

  it('estimates a small invitation as one sheet and a long one as several', () => {
    const m = resolveMeasures();
    assert.equal(renderPage(layoutOf(SMALL).layout, m).pages, 1);
    const long = SMALL.replace('dia_diem: Hội trường UBND huyện', `dia_diem: Hội trường UBND huyện\nmo_dau:\n${'  - Một đoạn văn dài để lấp đầy trang giấy theo đúng thể thức văn bản hành chính.\n'.repeat(80)}`);
    assert.ok(renderPage(layoutOf(long).layout, m).pages >= 3);
  });
});
