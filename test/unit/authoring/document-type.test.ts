import * as assert from 'node:assert/strict';
import { completionsAt } from '../../../src/core/authoring/completion';
import { collectHints } from '../../../src/core/authoring/hints';
import { hoverAt } from '../../../src/core/authoring/hover';
import { outlineOf } from '../../../src/core/authoring/outline';
import { parseInvitation } from '../../../src/core/parse/parse';
import { cursor } from './cursor';

const FILE = `co_quan:
  ten: UBND XÃ AN BÌNH
  viet_tat: UBND
dia_danh: An Bình
ten_loai: |
trich_yeu: Họp dân
gach_dau_dong: [Ngày 10/3 rước nước.]
nguoi_ky: { chuc_vu: CHỦ TỊCH, ho_ten: Trần Văn An }
noi_nhan: ["Lưu: VT."]
`;

describe('authoring ten_loai (issue 27)', () => {
  it('completes the three Decree 30 types with what each prints', () => {
    const { text, position } = cursor(FILE);
    const entries = completionsAt(text, position, { language: 'vi', hints: collectHints([]) });
    const types = entries.filter((e) => ['giay_moi', 'thong_bao', 'cong_dien'].includes(e.label));
    assert.deepEqual(
      types.map((e) => e.label),
      ['giay_moi', 'thong_bao', 'cong_dien'],
    );
    assert.match(types[2].detail, /CÔNG ĐIỆN \(Mẫu 1\.6, ký hiệu CĐ-\)/);
  });

  it('hovers the key with its models and the value with what it prints', () => {
    const filled = FILE.replace('ten_loai: |', 'ten_loai: thong_bao');
    const key = cursor(filled.replace('ten_loai:', 'ten_|loai:'));
    assert.match(hoverAt(key.text, key.position, 'vi')?.markdown ?? '', /Mẫu 1\.4[\s\S]*PL III, Mục I/);
    const value = cursor(filled.replace('thong_bao', 'thong_|bao'));
    assert.match(hoverAt(value.text, value.position, 'en')?.markdown ?? '', /THÔNG BÁO \(Mẫu 1\.4/);
  });

  it('outlines the type and a body-level dash list', () => {
    const names = outlineOf(parseInvitation(FILE.replace('ten_loai: |', 'ten_loai: cong_dien')).source, 'vi').map(
      (s) => s.name,
    );
    assert.ok(names.includes('Tên loại') && names.includes('Gạch đầu dòng'), names.join(', '));
  });
});
