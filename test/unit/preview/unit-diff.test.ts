import * as assert from 'node:assert/strict';
import { diffUnits, sameBesidesSource } from '../../../src/webview/unit-diff';

const p = (text: string, line = 5) =>
  `<div class="gm-unit gm-u-body"><p class="gm-b r-paragraph" data-line="${line}" data-line-end="${line}" data-range="${line}:4-${line}:${text.length + 4}">${text}</p></div>`;

describe('preview: what an update changed, unit by unit', () => {
  it('finds the one changed unit between unchanged ones', () => {
    assert.deepEqual(diffUnits([p('a'), p('b'), p('c')], [p('a'), p('B'), p('c')]), { start: 1, oldEnd: 2, newEnd: 2 });
  });

  it('gives an insertion and a deletion as an empty old or new run', () => {
    assert.deepEqual(diffUnits([p('a'), p('c')], [p('a'), p('b'), p('c')]), { start: 1, oldEnd: 1, newEnd: 2 });
    assert.deepEqual(diffUnits([p('a'), p('b'), p('c')], [p('a'), p('c')]), { start: 1, oldEnd: 2, newEnd: 1 });
    assert.deepEqual(diffUnits([], [p('a'), p('b')]), { start: 0, oldEnd: 0, newEnd: 2 });
  });

  it('finds nothing when nothing changed', () => {
    assert.deepEqual(diffUnits([p('a'), p('b')], [p('a'), p('b')]), { start: 2, oldEnd: 2, newEnd: 2 });
  });

  it('counts a unit that only moved in the source (a line added above) as unchanged', () => {
    assert.ok(sameBesidesSource(p('a', 5), p('a', 6)));
    assert.ok(!sameBesidesSource(p('a', 5), p('b', 6)));
    assert.deepEqual(diffUnits([p('x', 1), p('a', 5), p('b', 6)], [p('x', 1), p('y', 2), p('a', 6), p('b', 7)]), {
      start: 1,
      oldEnd: 1,
      newEnd: 2,
    });
  });

  it('keeps the unchanged runs apart when the same unit repeats around the change', () => {
    const change = diffUnits([p('a'), p('a'), p('a')], [p('a'), p('a')]);
    assert.equal(change.oldEnd - change.start, 1);
    assert.equal(change.newEnd - change.start, 0);
  });
});
