/**
 * Text widths used to size the rules and mark frames: advance widths of
 * Liberation Serif / Times New Roman in 1/1000 em, written here as literals
 * (gaps shown by mutation testing: accented letters, ơ/ư, fallbacks, bold).
 */
import * as assert from 'node:assert/strict';
import { textWidthPt } from '../../../src/core/layout/text-width';

const close = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

describe('layout: text widths (Times New Roman metrics)', () => {
  it('ASCII letters, regular and bold, at the given size', () => {
    close(textWidthPt('C', 10), 6.67, 'C regular');
    close(textWidthPt('C', 10, true), 7.22, 'C bold (asked after the regular one: no shared memo)');
    close(textWidthPt('W', 12, true), 12, 'W bold 1000/1000 em at 12 pt');
    close(textWidthPt('a b', 10), 4.44 + 2.5 + 5, 'a, space, b');
  });

  it('an accented letter takes its base letter\'s width; ơ, ư, đ their own', () => {
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
});
