import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { pageCount, paginate, renderPage, renderStandalone, renderUnits } from '../../../src/render/html';
import { sliceRuns } from '../../../src/render/html/blocks';
import { estimateBlockPt, estimateLines } from '../../../src/render/html/estimate';
import { layoutOf, SMALL } from './support';

const u = (height: number, trailing = 0) => ({ height, trailing });
/** The page each unit starts on. */
const starts = (sizes: Parameters<typeof paginate>[0], first: number, other: number) => {
  const out: number[] = [];
  for (const piece of paginate(sizes, first, other)) if (out[piece.unit] === undefined) out[piece.unit] = piece.page;
  return out;
};

describe('pagination', () => {
  it('stacks units until the next would overflow, then starts a sheet', () => {
    assert.deepEqual(starts([u(40), u(40), u(40)], 100, 100), [0, 0, 1]);
  });

  it('gives page 1 less room when it carries the contact block', () => {
    assert.deepEqual(starts([u(40), u(40), u(40)], 70, 100), [0, 1, 1]);
  });

  it("lets the last paragraph's space after hang below the page", () => {
    assert.deepEqual(starts([u(60), u(45, 6)], 100, 100), [0, 0]);
    assert.deepEqual(starts([u(60), u(45, 4)], 100, 100), [0, 1]);
  });

  it('puts a unit taller than a page alone on its sheet, never an empty sheet before it', () => {
    assert.deepEqual(starts([u(250)], 100, 100), [0]);
    assert.deepEqual(starts([u(10), u(250), u(10)], 100, 100), [0, 1, 2]);
  });

  it('never goes back a page and never leaves a gap (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ height: fc.double({ min: 0, max: 300, noNaN: true }), trailing: fc.constant(0) })),
        fc.double({ min: 50, max: 300, noNaN: true }),
        (sizes, cap) => {
          const pieces = paginate(sizes, cap, cap);
          pieces.forEach((p, i) => {
            if (i > 0) assert.ok(p.page === pieces[i - 1].page || p.page === pieces[i - 1].page + 1);
          });
          assert.deepEqual(
            pieces.map((p) => p.unit),
            sizes.map((_, i) => i),
          );
          assert.equal(pageCount(pieces), sizes.length ? pieces[pieces.length - 1].page + 1 : 1);
        },
      ),
    );
  });

  it('keeps a title or heading with the start of what follows', () => {
    const whole = [u(60), { ...u(20), keepNext: true }, u(30)];
    assert.deepEqual(starts(whole, 100, 100), [0, 1, 1], 'an unsplittable unit takes its heading along');
    const split = [
      u(60),
      { ...u(20), keepNext: true },
      { height: 55, trailing: 5, lineBottoms: () => [10, 20, 30, 40, 50] },
    ];
    assert.deepEqual(starts(split, 95, 100), [0, 1, 1], 'two opening lines do not fit');
    assert.deepEqual(
      paginate(split, 100, 100).map((p) => [p.unit, p.page, p.fromLine]),
      [
        [0, 0, 0],
        [1, 0, 0],
        [2, 0, 0],
        [2, 1, 2],
      ],
    );
  });

  it('gives up keeping a chain taller than a page', () => {
    assert.deepEqual(starts([u(10), { ...u(80), keepNext: true }, u(80)], 100, 100), [0, 0, 1]);
  });

  it('splits a paragraph between lines, two at least on each side, as LibreOffice does', () => {
    const lines = [10, 20, 30, 40, 50, 60];
    const para = { height: 66, trailing: 6, lineBottoms: () => lines };
    assert.deepEqual(paginate([u(55), para], 100, 100), [
      { unit: 0, page: 0, fromLine: 0 },
      { unit: 1, page: 0, fromLine: 0 },
      { unit: 1, page: 1, fromLine: 4 },
    ]);
    assert.deepEqual(
      paginate([u(85), para], 100, 100).slice(1),
      [{ unit: 1, page: 1, fromLine: 0 }],
      'one line would be an orphan',
    );
    assert.deepEqual(
      paginate([u(50), para], 100, 100).slice(1),
      [
        { unit: 1, page: 0, fromLine: 0 },
        { unit: 1, page: 1, fromLine: 4 },
      ],
      'leaves two lines for the next page',
    );
  });

  it('never splits a kept unit', () => {
    const kept = { height: 66, trailing: 6, keepNext: true, lineBottoms: () => [10, 20, 30, 40, 50, 60] };
    assert.deepEqual(starts([u(55), kept, u(10)], 100, 100), [0, 1, 1]);
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
    const long = SMALL.replace(
      'dia_diem: Hội trường UBND huyện',
      `dia_diem: Hội trường UBND huyện\nmo_dau:\n${'  - Một đoạn văn dài để lấp đầy trang giấy theo đúng thể thức văn bản hành chính.\n'.repeat(80)}`,
    );
    assert.ok(renderPage(layoutOf(long).layout, m).pages >= 3);
  });
});

describe('standalone page: paragraphs cut at the estimated break', () => {
  const long = SMALL.replace(
    'dia_diem: Hội trường UBND huyện',
    `dia_diem: Hội trường UBND huyện\nmo_dau:\n${Array.from({ length: 30 }, (_, i) => `  - Đoạn ${i}, ${'một câu dài để lấp đầy trang giấy theo đúng thể thức '.repeat(3 + (i % 4))}kết thúc.\n`).join('')}`,
  );

  it('keeps every word once and in order, with a head and a tail piece', () => {
    const m = resolveMeasures();
    const { layout } = layoutOf(long);
    const html = renderStandalone(layout, m);
    assert.match(html, /class="gm-b r-paragraph gm-split-head"/);
    assert.match(html, /class="gm-b r-paragraph gm-split-tail"/);
    const text = (s: string) =>
      s
        .replace(/<div class="gm-pno">\d+<\/div>/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const units = renderUnits(layout, m);
    const sheets = text(/<main[^>]*>(.*)<\/main>/s.exec(html)![1]);
    assert.equal(sheets, text(units.units.join('') + units.contact));
  });

  it("the preview's units are never cut (the webview measures and cuts them itself)", () => {
    const units = renderUnits(layoutOf(long).layout, resolveMeasures());
    assert.ok(units.units.length > 30);
    assert.doesNotMatch(units.units.join(''), /gm-split/);
  });

  it('slices runs by character offsets, styles kept', () => {
    assert.deepEqual(sliceRuns([{ text: 'ab' }, { text: 'cd', bold: true }, { text: 'ef' }], 1, 5), [
      { text: 'b' },
      { text: 'cd', bold: true },
      { text: 'e' },
    ]);
  });
});
