/** Completion and hover at every body level: parts, points, dash lines with "+ " lines, `{ doan }` entries. */
import * as assert from 'node:assert/strict';
import { completionsAt } from '../../../src/core/authoring/completion';
import { collectHints } from '../../../src/core/authoring/hints';
import { hoverAt } from '../../../src/core/authoring/hover';
import { cursor } from './cursor';

const TODAY = { year: 2026, month: 11, day: 25 };
const labels = (marked: string) => {
  const { text, position } = cursor(marked);
  return completionsAt(text, position, { language: 'vi', today: TODAY, hints: collectHints([]) }).map((e) => e.label);
};
const hover = (marked: string) => {
  const { text, position } = cursor(marked);
  return hoverAt(text, position, 'vi')?.markdown ?? '';
};

describe('authoring: body structure', () => {
  it('offers phan beside muc at the top level', () => {
    assert.ok(labels('co_quan:\n  ten: A\n|\n').includes('phan'));
  });

  it("offers a part's keys, and its sections' keys, diem included", () => {
    assert.deepEqual(labels('phan:\n  - tieu_de: A\n    |\n').filter((l) => ['muc', 'diem', 'gach_dau_dong', 'doan', 'noi_dung', 'thoi_gian'].includes(l)).sort(), ['diem', 'doan', 'gach_dau_dong', 'muc', 'noi_dung', 'thoi_gian']);
    assert.ok(labels('phan:\n  - tieu_de: A\n    muc:\n      - tieu_de: B\n        |\n').includes('diem'));
  });

  it('offers noi_dung, doan and gach_dau_dong in a point, and cong in a dash line', () => {
    const point = labels('muc:\n  - tieu_de: A\n    diem:\n      - noi_dung: x\n        |\n');
    assert.ok(point.includes('gach_dau_dong') && point.includes('doan'), point.join());
    assert.ok(labels('muc:\n  - tieu_de: A\n    gach_dau_dong:\n      - noi_dung: x\n        |\n').includes('cong'));
  });

  it('offers part headings and section headings inside parts', () => {
    assert.ok(labels('phan:\n  - tieu_de: |\n').includes('TỔ CHỨC THỰC HIỆN'));
    assert.ok(labels('phan:\n  - tieu_de: A\n    muc:\n      - tieu_de: |\n').includes('Thời gian'));
  });

  it('explains phan, diem, cong and a { doan } entry on hover, with the decree locator', () => {
    assert.match(hover('ph|an:\n  - tieu_de: A\n'), /\*\*phan\*\* — Các phần đánh số La Mã I\., II\.[\s\S]*PL I-P\.I-M\.II-k\.6/);
    assert.match(hover('muc:\n  - tieu_de: A\n    di|em: [x]\n'), /\*\*diem\*\* — Các điểm, đánh chữ tự động a\), b\)[\s\S]*PL I-P\.I-M\.II-k\.6/);
    assert.match(hover('muc:\n  - tieu_de: A\n    gach_dau_dong:\n      - noi_dung: x\n        co|ng: [y]\n'), /\*\*cong\*\* — Các dòng "\+ "/);
    assert.match(hover('muc:\n  - do|an: x\n'), /\*\*doan\*\* — /);
  });
});
