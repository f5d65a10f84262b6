/**
 * The legal source behind each field, shown on hover next to the schema's
 * description: which box of the decree's layout or which meeting rule it is.
 * Locators follow docs/decree30.md ("PL I-P.I-M.II-k.3" = Phụ lục I, Phần I, Mục II, khoản 3).
 */
import { pathPattern } from './common-values';
import type { YamlPath } from '../source/source-map';

const ND = 'NĐ 30/2020';
const QD45 = 'QĐ 45/2018/QĐ-TTg';

const LOCATORS: Record<string, string> = {
  co_quan: `${ND}, PL I-P.I-M.II-k.2 (ô 2)`,
  'co_quan.ten': `${ND}, PL I-P.I-M.II-k.2-b`,
  'co_quan.chu_quan': `${ND}, PL I-P.I-M.II-k.2-a, b`,
  'co_quan.viet_tat': `${ND}, PL I-P.I-M.II-k.3-b`,
  'co_quan.ten_goi': `${ND}, PL II-M.IV-k.1-a`,
  so: `${ND}, PL I-P.I-M.II-k.3; Điều 15 k.1`,
  ky_hieu: `${ND}, PL I-P.I-M.II-k.3-b; PL III, Mục I (GM = Giấy mời, TB = Thông báo, CĐ = Công điện)`,
  ten_loai: `${ND}, PL III, Mục I; Mẫu 1.4 (Thông báo), 1.6 (Công điện), 1.7 (Giấy mời)`,
  gach_dau_dong: `${ND}, PL I-P.I-M.II-k.6`,
  dia_danh: `${ND}, PL I-P.I-M.II-k.4-a`,
  ngay: `${ND}, PL I-P.I-M.II-k.4-b`,
  do_khan: `${ND}, PL I-P.I-M.III-k.2-b`,
  do_mat: `${ND}, PL I-P.I-M.III-k.2-a`,
  pham_vi_luu_hanh: `${ND}, PL I-P.I-M.III-k.2-c`,
  trich_yeu: `${ND}, PL I-P.I-M.II-k.5-b`,
  mo_dau: `${ND}, PL I-P.I-M.II-k.6`,
  kinh_moi: `${ND}, PL III, Mẫu 1.7; PL I-P.I-M.II-k.9-c (giấy mời không có "Kính gửi")`,
  loi_moi: `${ND}, PL III, Mẫu 1.7`,
  toi_du: `${ND}, PL III, Mẫu 1.7`,
  chu_tri: `${QD45} (nội dung giấy mời họp); ${ND}, PL III, Mẫu 1.7`,
  thoi_gian: `${QD45}; ${ND}, PL III, Mẫu 1.7`,
  dia_diem: `${QD45}; ${ND}, PL III, Mẫu 1.7`,
  muc: `${ND}, PL I-P.I-M.II-k.6`,
  phan: `${ND}, PL I-P.I-M.II-k.6 (phần, mục, khoản, điểm)`,
  dau_moi_lien_he: `${QD45} (đầu mối liên hệ)`,
  loi_ket: `${ND}, PL III, Mẫu 1.7`,
  nguyen_van: `${ND}, PL I-P.I-M.II-k.6 (nội dung, giữ nguyên văn khi nhập)`,
  nguoi_ky: `${ND}, Điều 13; PL I-P.I-M.II-k.7`,
  'nguoi_ky.quyen_han': `${ND}, Điều 13; PL I-P.I-M.II-k.7-b`,
  'nguoi_ky.chuc_vu_thay': `${ND}, Điều 13; PL I-P.I-M.II-k.7-b`,
  'nguoi_ky.chuc_vu': `${ND}, PL I-P.I-M.II-k.7-b`,
  'nguoi_ky.ho_ten': `${ND}, PL I-P.I-M.II-k.7-b, c`,
  noi_nhan: `${ND}, PL I-P.I-M.II-k.9-d (ô 9b)`,
  nguoi_soan_thao: `${ND}, PL I-P.I-M.III-k.3 (ô 12)`,
  so_ban: `${ND}, PL I-P.I-M.III-k.3 (ô 12)`,
  lien_he: `${ND}, PL I-P.I-M.III-k.4 (ô 13)`,
};

/** The locator of the rule behind the field at `path` (list items inherit their list's). */
export function fieldLocator(path: YamlPath): string | undefined {
  const pattern = pathPattern(path);
  if (LOCATORS[pattern]) return LOCATORS[pattern];
  if (path.includes('thoi_gian')) return LOCATORS.thoi_gian;
  if (pattern.startsWith('muc.')) return LOCATORS.muc;
  if (pattern.startsWith('phan.')) return LOCATORS.phan;
  const top = String(path[0] ?? '');
  return typeof path[path.length - 1] === 'number' || path.length > 1 ? LOCATORS[top] : undefined;
}
