import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { paginate, paginateFrom, type Piece, type UnitSize } from '../../../src/render/html';

/** A unit of `lines` lines of 10 (splittable when `split`), or kept with the next. */
const unit = (lines: number, split = true, keepNext = false): UnitSize => ({
  height: lines * 10,
  trailing: 0,
  keepNext,
  ...(split && !keepNext ? { lineBottoms: () => Array.from({ length: lines }, (_, k) => (k + 1) * 10) } : {}),
});
const arbitraryUnits = fc
  .array(fc.record({ lines: fc.integer({ min: 1, max: 14 }), split: fc.boolean(), keepNext: fc.boolean() }), {
    minLength: 1,
    maxLength: 40,
  })
  .map((list) => list.map((u) => unit(u.lines, u.split, u.keepNext)));

describe("pagination resumed from a page start (the preview's incremental layout)", () => {
  it('lays the units after any page start out exactly as the whole pass does (property)', () => {
    fc.assert(
      fc.property(arbitraryUnits, fc.nat(), (units, pick) => {
        const whole = paginate(units, 45, 60);
        const starts = whole.filter((p, i) => p.fromLine === 0 && (i === 0 || whole[i - 1].page !== p.page));
        const start = starts[pick % starts.length];
        const resumed = paginateFrom((i) => units[i], 45, 60, { unit: start.unit, page: start.page }).pieces;
        assert.deepEqual(
          resumed,
          whole.filter((p) => p.unit >= start.unit),
        );
      }),
    );
  });

  it('asks only for the units it reaches, in order, and stops where the caller says', () => {
    const units = [unit(3), unit(3), unit(3), unit(3), unit(3), unit(3)];
    const asked: number[] = [];
    const seen: [number, number, number, number][] = [];
    const { pieces, stoppedAt } = paginateFrom(
      (i) => {
        asked.push(i);
        return units[i];
      },
      60,
      60,
      {
        unit: 0,
        page: 0,
        stopAt: (u, page, fromLine, before) => {
          seen.push([u, page, fromLine, before.length]);
          return page === 2;
        },
      },
    );
    // 60 per page, 30 a unit: two units a page; the third starts page 1, the fifth page 2 (where the pass stops).
    assert.deepEqual(seen, [
      [2, 1, 0, 2],
      [4, 2, 0, 4],
    ]);
    assert.deepEqual(stoppedAt, { unit: 4, page: 2, fromLine: 0 });
    assert.deepEqual(
      pieces.map((p: Piece) => [p.unit, p.page]),
      [
        [0, 0],
        [1, 0],
        [2, 1],
        [3, 1],
      ],
    );
    assert.deepEqual(asked, [0, 1, 2, 3, 4]);
  });

  it('stops inside a paragraph at the line that starts the page, its first piece given', () => {
    const { pieces, stoppedAt } = paginateFrom((i) => [unit(2), unit(10)][i], 60, 60, {
      unit: 0,
      page: 0,
      stopAt: (_, page) => page === 1,
    });
    assert.deepEqual(stoppedAt, { unit: 1, page: 1, fromLine: 4 });
    assert.deepEqual(pieces, [
      { unit: 0, page: 0, fromLine: 0 },
      { unit: 1, page: 0, fromLine: 0 },
    ]);
  });

  it('starts page 1 with less room only when the pass starts on page 1', () => {
    const units = [unit(4, false), unit(4, false), unit(4, false)];
    assert.deepEqual(
      paginateFrom((i) => units[i], 50, 80, { unit: 0, page: 0 }).pieces.map((p) => p.page),
      [0, 1, 1],
    );
    assert.deepEqual(
      paginateFrom((i) => units[i], 50, 80, { unit: 0, page: 3 }).pieces.map((p) => p.page),
      [3, 3, 4],
    );
  });
});
