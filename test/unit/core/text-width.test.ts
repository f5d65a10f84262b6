/**
 * Text widths used to size the rules and mark frames: advance widths of
 * Liberation Serif / Times New Roman in 1/1000 em, written here as literals
 * (gaps shown by mutation testing: accented letters, ơ/ư, fallbacks, bold).
 */
import * as assert from 'node:assert/strict';
import { forgetMeasuredWidths, longestLinePt, textWidthPt, wrapLines } from '../../../src/core/layout/text-width';

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

describe('layout: text widths (Times New Roman metrics)', () => {
  beforeEach(forgetMeasuredWidths);

  it('ASCII letters, regular and bold, at the given size', () => {
    close(textWidthPt('C', 10), 6.67, 'C regular');
    close(textWidthPt('C', 10, true), 7.22, 'C bold (asked after the regular one: no shared memo)');
    close(textWidthPt('W', 12, true), 12, 'W bold 1000/1000 em at 12 pt');
    close(textWidthPt('a b', 10), 4.44 + 2.5 + 5, 'a, space, b');
  });

  it("an accented letter takes its base letter's width; ơ, ư, đ their own", () => {
    close(textWidthPt('á', 10), 4.44, 'á = a');
    close(textWidthPt('Ấ', 10, true), 7.22, 'Ấ = A bold');
    close(textWidthPt('ơ', 10), 5.29, 'ơ');
    close(textWidthPt('Ư', 10, true), 7.96, 'Ư bold');
    close(textWidthPt('đ', 10, true), 5.56, 'đ bold');
    close(textWidthPt('–', 10), 5, 'en dash');
  });

  it('a character outside the table measures as "n"', () => {
    close(textWidthPt('ж', 10), 5, 'regular');
    close(textWidthPt('ж', 10, true), 5.56, 'bold');
  });

  it("a toned ơ or ư keeps the horn's width (ờ as ơ, Ừ as Ư, ự as ư); Đ its own", () => {
    close(textWidthPt('ờ', 10), 5.29, 'ờ = ơ');
    close(textWidthPt('Ừ', 10, true), 7.96, 'Ừ = Ư bold');
    close(textWidthPt('ự', 10), 5.42, 'ự = ư');
    close(textWidthPt('Đ', 10), 7.22, 'Đ');
    close(textWidthPt('“…', 10, true), 15, 'curly quote and ellipsis, bold');
    close(textWidthPt('”‘’—', 10), 4.44 + 3.33 + 3.33 + 10, 'closing quote, single quotes, em dash');
  });

  it('the table\'s edges: space (U+0020) and tilde (U+007E) from the table, DEL (U+007F) as "n"', () => {
    close(textWidthPt(' ', 10), 2.5, 'space');
    close(textWidthPt('~', 10), 5.41, 'tilde regular');
    close(textWidthPt('~', 10, true), 5.2, 'tilde bold');
    close(textWidthPt('\u007f', 10), 5, 'DEL');
  });
});

describe('layout: wrapping as a word processor does (greedy at spaces)', () => {
  beforeEach(forgetMeasuredWidths);

  it('a line exactly as wide as the column still fits; a hair narrower breaks it', () => {
    // "aa bb" at 10 pt: 2 × 4.44 + 2.5 + 2 × 5 = 21.38 pt.
    assert.deepEqual(wrapLines('aa bb cc', 21.38, 10), ['aa bb', 'cc']);
    assert.deepEqual(wrapLines('aa bb cc', 21.37, 10), ['aa', 'bb', 'cc']);
    close(longestLinePt('aa bb cc', 21.38, 10), 21.38, 'longest line');
  });

  it("keeps the author's line breaks and a word wider than the column whole", () => {
    assert.deepEqual(wrapLines('aa\nbb cc', 100, 10), ['aa', 'bb cc']);
    assert.deepEqual(wrapLines('aaaaaaaaaaaa b', 5, 10), ['aaaaaaaaaaaa', 'b']);
    assert.deepEqual(wrapLines('', 10, 10), ['']);
  });

  it('bold is wider: the Quốc hiệu at 13 pt bold, letter by letter from the bold table', () => {
    close(textWidthPt('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, true), 271.193, 'Quốc hiệu');
    assert.deepEqual(wrapLines('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 271, 13, true), [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT',
      'NAM',
    ]);
    assert.deepEqual(wrapLines('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 271, 13), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });
});
