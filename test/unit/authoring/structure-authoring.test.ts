/** Completion and hover at every body level: parts, points, dash lines with "+ " lines, `{ doan }` entries. */
import * as assert from 'node:assert/strict';
import { completionsAt } from '../../../src/core/authoring/completion';
import { collectHints } from '../../../src/core/authoring/hints';
import { hoverAt } from '../../../src/core/authoring/hover';
import { readFileSync } from 'node:fs';
import { snippetBody } from '../../../src/core/authoring/snippets';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { blockText } from '../../../src/core/layout/model';
import { cursor } from './cursor';
import { expandSnippet } from './snippet-expand';

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
    assert.deepEqual(
      labels('phan:\n  - tieu_de: A\n    |\n')
        .filter((l) => ['muc', 'diem', 'gach_dau_dong', 'doan', 'noi_dung', 'thoi_gian'].includes(l))
        .sort(),
      ['diem', 'doan', 'gach_dau_dong', 'muc', 'noi_dung', 'thoi_gian'],
    );
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
    assert.match(
      hover('ph|an:\n  - tieu_de: A\n'),
      /\*\*phan\*\* — Các phần đánh số La Mã I\., II\.[\s\S]*PL I-P\.I-M\.II-k\.6/,
    );
    assert.match(
      hover('muc:\n  - tieu_de: A\n    di|em: [x]\n'),
      /\*\*diem\*\* — Các điểm, đánh chữ tự động a\), b\)[\s\S]*PL I-P\.I-M\.II-k\.6/,
    );
    assert.match(
      hover('muc:\n  - tieu_de: A\n    gach_dau_dong:\n      - noi_dung: x\n        co|ng: [y]\n'),
      /\*\*cong\*\* — Các dòng "\+ "/,
    );
    assert.match(hover('muc:\n  - do|an: x\n'), /\*\*doan\*\* — /);
  });

  it('expands the phan, muc-diem, gach_dau_dong-cong and doan-chen snippets into an invitation that checks clean', () => {
    const json = readFileSync('snippets/giaymoi.code-snippets', 'utf8');
    const snippet = (prefix: string, indent: string) =>
      expandSnippet(snippetBody(json, prefix) ?? '')
        .trimEnd()
        .split('\n')
        .map((l) => indent + l)
        .join('\n');
    const text = `co_quan: { ten: ỦY BAN NHÂN DÂN XÃ TÂN AN, viet_tat: UBND }
dia_danh: Tân An
trich_yeu: Họp
nguoi_ky: { chuc_vu: CHỦ TỊCH, ho_ten: Lê Văn Bình }
noi_nhan: [Như trên;, "Lưu: VT."]
${snippet('phan', '')}
  - tieu_de: PHẦN BA
    muc:
${snippet('muc-diem', '      ')}
${snippet('doan-chen', '      ')}
      - tieu_de: Mục hai
        gach_dau_dong:
${snippet('gach_dau_dong-cong', '          ')}
`;
    const result = checkInvitation(text);
    assert.deepEqual(
      result.problems.filter((p) => p.severity !== 'information').map((p) => `${p.code} ${p.message.en}`),
      [],
    );
    assert.ok(result.invitation);
    const starts = layoutInvitation(result.invitation, result.source).body.map((b) => blockText(b).split(' ')[0]);
    assert.deepEqual(starts, ['I.', '1.', 'II.', '1.', 'III.', '1.', 'a)', 'b)', '…', '2.', '-', '+', '+']);
  });
});
