import * as assert from 'node:assert/strict';
import {
  boxAtOffset,
  lineAtView,
  lineInSpan,
  offsetBeforeFirst,
  progressInSpan,
  spanForLine,
} from '../../../src/webview/source-lines';

// Page order differs from source order: nơi nhận (lines 40–45) is drawn before the signature (30–35).
const spans = [
  { line: 5, endLine: 6 }, // agency name
  { line: 12, endLine: 12 }, // trích yếu
  { line: 14, endLine: 20 }, // a section ...
  { line: 16, endLine: 16 }, // ... and an item inside it
  { line: 40, endLine: 45 }, // nơi nhận
  { line: 30, endLine: 35 }, // signature
];

describe('sync maths: by YAML node, not line ratio', () => {
  it('finds the narrowest block whose node holds the line', () => {
    assert.equal(spanForLine(spans, 12), 1);
    assert.equal(spanForLine(spans, 16), 3);
    assert.equal(spanForLine(spans, 18), 2);
    assert.equal(spanForLine(spans, 32), 5);
    assert.equal(spanForLine(spans, 41), 4);
  });

  it('falls back to the node starting nearest before the line (comments, blank lines), else the first after', () => {
    assert.equal(spanForLine(spans, 25), 2);
    assert.equal(spanForLine(spans, 38), 5);
    assert.equal(spanForLine(spans, 0), 0);
    assert.equal(spanForLine([], 3), undefined);
  });

  it('maps a position inside a multi-line block to a line and back', () => {
    const s = { line: 10, endLine: 13 };
    assert.equal(lineInSpan(s, 0), 10);
    assert.equal(lineInSpan(s, 0.5), 12);
    assert.equal(progressInSpan(s, 12), 0.5);
    assert.equal(progressInSpan(s, 99), 1);
    assert.equal(lineInSpan(s, -1), 10);
  });

  it('finds the block at the top of the view by its box', () => {
    const boxes = [
      { top: -50, bottom: -10 },
      { top: -10, bottom: 30 },
      { top: 30, bottom: 80 },
    ];
    assert.equal(boxAtOffset(boxes, 0), 1);
    assert.equal(boxAtOffset(boxes, 40), 2);
    assert.equal(boxAtOffset(boxes, 500), 2);
    assert.equal(boxAtOffset([], 0), undefined);
  });

  // The first block on the page is the agency's name, from source line 5 (lines 0–4 are comments
  // and `co_quan:`); the toolbar's bottom (the reading line) is at y = 40, the page's margin above the block.
  const placed = [
    { span: { line: 5, endLine: 6 }, top: 140, bottom: 180 },
    { span: { line: 12, endLine: 12 }, top: 200, bottom: 220 },
    { span: { line: 40, endLine: 45 }, top: 900, bottom: 1000 },
  ];

  it("maps the page at its top to line 0, not to the first block's line", () => {
    assert.equal(lineAtView(placed, { scrollY: 0, maxScrollY: 2000, y: 40 }), 0);
  });

  it('spreads the gap above the first block over the lines before it, continuously', () => {
    // Scrolled by 50 of the 100 px between the page's top and the first block: half of lines 0–5.
    const shifted = placed.map((b) => ({ ...b, top: b.top - 50, bottom: b.bottom - 50 }));
    assert.equal(lineAtView(shifted, { scrollY: 50, maxScrollY: 2000, y: 40 }), 2.5);
    const atBlock = placed.map((b) => ({ ...b, top: b.top - 100, bottom: b.bottom - 100 }));
    assert.equal(lineAtView(atBlock, { scrollY: 100, maxScrollY: 2000, y: 40 }), 5);
  });

  it('maps the page at its end to the end of the source, and the middle by its block', () => {
    assert.equal(lineAtView(placed, { scrollY: 2000, maxScrollY: 2000, y: 40 }), 'end');
    const mid = placed.map((b) => ({ ...b, top: b.top - 910, bottom: b.bottom - 910 }));
    assert.equal(lineAtView(mid, { scrollY: 910, maxScrollY: 2000, y: 40 }), 43);
    assert.equal(lineAtView([], { scrollY: 10, maxScrollY: 2000, y: 40 }), undefined);
  });

  it("reveals line 0 at the page's top and the lines before the first block in the gap above it", () => {
    const first = { line: 5, pageOffset: 100 };
    assert.equal(offsetBeforeFirst(0, first), 0);
    assert.equal(offsetBeforeFirst(2.5, first), 50);
    assert.equal(offsetBeforeFirst(5, first), undefined);
    assert.equal(offsetBeforeFirst(9, first), undefined);
  });
});
