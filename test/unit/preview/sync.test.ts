import * as assert from 'node:assert/strict';
import { boxAtOffset, lineInSpan, progressInSpan, spanForLine } from '../../../src/webview/source-lines';

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
});
