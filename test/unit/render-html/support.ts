/** Shared helpers: an example or a small source laid out, ready to render. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import type { Layout } from '../../../src/core/layout/model';

export const SIPAS = 'examples/hoi-nghi-sipas-2024.giaymoi.yaml';

export const SMALL = `co_quan:
  ten: ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN
  viet_tat: UBND
so: 5
dia_danh: Bắc Sơn
ngay: 2024-05-10
trich_yeu: Dự Hội nghị tổng kết
kinh_moi: Trưởng các phòng, ban
toi_du: Hội nghị tổng kết năm 2024
thoi_gian: { bat_dau: 2024-05-17 14:00 }
dia_diem: Hội trường UBND huyện
nguoi_ky:
  quyen_han: TL
  chuc_vu_thay: CHỦ TỊCH
  chuc_vu: CHÁNH VĂN PHÒNG
  ho_ten: Dương Thị Thanh Thịnh
noi_nhan:
  - Như trên;
  - "Lưu: VT."
`;

/** The layout of a source that must be valid. */
export function layoutOf(text: string): { layout: Layout; text: string } {
  const result = checkInvitation(text);
  assert.ok(result.invitation, JSON.stringify(result.problems.map((p) => p.message.en)));
  return { layout: layoutInvitation(result.invitation, result.source), text };
}

export function readExample(path = SIPAS): string {
  return readFileSync(path, 'utf8');
}

/** SMALL with one top-level key replaced. */
export function withKey(key: string, value: string): string {
  return SMALL.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`);
}
