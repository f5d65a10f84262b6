/**
 * Line breaking as LibreOffice breaks the DOCX: at spaces, after a hyphen
 * inside a word ("2016-" | "2020", as LibreOffice did in the corpus), at
 * '\n'; each line's natural width and its spaces, for justification.
 */
import * as assert from 'node:assert/strict';
import { breakLines } from '../../../../src/render/pdf/lines';
import type { Measure } from '../../../../src/render/pdf/measure';

/** Every character 1 pt wide at size 1. */
const measure: Measure = (text, _face, sizePt) => [...text].length * sizePt;
const style = { sizePt: 1, bold: false, italic: false };
const texts = (runs: { text: string; bold?: boolean }[], width: number, indent = 0) =>
  breakLines(runs, style, width, indent, measure).map((l) => l.segments.map((s) => s.text).join(''));

describe('PDF line breaking', () => {
  it('breaks at spaces, a word that does not fit starting the next line', () => {
    assert.deepEqual(texts([{ text: 'aaa bbb ccc' }], 7), ['aaa bbb', 'ccc']);
    assert.deepEqual(texts([{ text: 'aaa bbb ccc' }], 6), ['aaa', 'bbb', 'ccc']);
  });

  it('shortens the first line by the indent', () => {
    assert.deepEqual(texts([{ text: 'aaa bbb ccc' }], 8, 2), ['aaa', 'bbb ccc']);
  });

  it('may break after a hyphen inside a word, never after a dash between spaces', () => {
    assert.deepEqual(texts([{ text: 'kỳ 2016-2020 xong' }], 8), ['kỳ 2016-', '2020', 'xong']);
    assert.deepEqual(texts([{ text: '- aa bb' }], 4), ['- aa', 'bb']);
  });

  it("breaks at '\\n', and such a line is not justified", () => {
    const lines = breakLines([{ text: 'aa bb\ncc' }], style, 50, 0, measure);
    assert.deepEqual(
      lines.map((l) => [l.widthPt, l.spaces, l.ends]),
      [
        [5, 1, true],
        [2, 0, true],
      ],
    );
  });

  it('keeps runs in their faces and counts the spaces before each', () => {
    const [line] = breakLines([{ text: 'aa ' }, { text: 'bb', bold: true }], style, 50, 0, measure);
    assert.deepEqual(
      line.segments.map((s) => [s.text, s.face, s.xPt, s.spacesBefore]),
      [
        ['aa ', 'regular', 0, 0],
        ['bb', 'bold', 3, 1],
      ],
    );
  });
});
