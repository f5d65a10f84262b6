/** Issue 32, item 8: completion never offers a key that would make GM042 ("phan" beside "muc"). */
import * as assert from 'node:assert/strict';
import { completionsAt } from '../../../src/core/authoring/completion';
import { collectHints } from '../../../src/core/authoring/hints';
import { cursor } from './cursor';

const names = (marked: string) => {
  const { text, position } = cursor(marked);
  return completionsAt(text, position, {
    language: 'vi',
    today: { year: 2026, month: 11, day: 25 },
    hints: collectHints([]),
  }).map((e) => e.label);
};

describe('completion: keys that rule each other out (issue 32, item 8)', () => {
  it('offers no `phan` where `muc` is, no `muc` where `phan` is, and both where neither is', () => {
    const withMuc = names('trich_yeu: Họp\nmuc:\n  - tieu_de: Thời gian\n|\n');
    assert.ok(!withMuc.includes('phan'), withMuc.join(', '));
    assert.ok(withMuc.includes('pham_vi_luu_hanh'));
    const withPhan = names('trich_yeu: Họp\nphan:\n  - tieu_de: Phần I\n|\n');
    assert.ok(!withPhan.includes('muc'), withPhan.join(', '));
    const neither = names('trich_yeu: Họp\n|\n');
    assert.ok(neither.includes('muc') && neither.includes('phan'));
  });
});
