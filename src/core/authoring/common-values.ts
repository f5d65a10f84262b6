/**
 * Values officers type again and again, offered by completion: signer titles,
 * the closing "Lưu: VT." of nơi nhận, agency abbreviations and place names
 * seen in the workspace's other invitations, and today's date.
 */
import { isoDate, pad2, type CivilDate } from '../dates';
import type { Localized } from '../problem';
import type { YamlPath } from '../source';

/** What the shell learned from the workspace's other giaymoi files. */
export interface WorkspaceHints {
  readonly abbreviations: readonly string[];
  readonly agencies: readonly string[];
  readonly places: readonly string[];
}

/** No workspace hints (tests, or before the workspace has been read). */
export const NO_HINTS: WorkspaceHints = { abbreviations: [], agencies: [], places: [] };

/** A suggested value with an optional note in both languages. */
export interface ValueSuggestion {
  readonly value: string;
  readonly note?: Localized;
}

/** Titles as printed in the signature block (upper case, NĐ 30, PL I-P.I-M.II-k.7-b). */
export const SIGNER_TITLES = [
  'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG',
  'TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', 'HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG',
  'CỤC TRƯỞNG', 'VỤ TRƯỞNG', 'TRƯỞNG BAN', 'BÍ THƯ',
] as const;

/** Section headings real invitations use (format.md; the seed and Mẫu 1.7). */
export const SECTION_TITLES = ['Thành phần', 'Thời gian', 'Địa điểm', 'Nội dung', 'Chương trình', 'Tổ chức thực hiện'] as const;

/** Part headings of invitations in parts I., II. (upper case, as the decree sets a mục's title: PL I-P.I-M.II-k.6). */
export const PART_TITLES = ['THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM', 'MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG, CHƯƠNG TRÌNH', 'TỔ CHỨC THỰC HIỆN'] as const;

/** Collective bodies a TM. signature speaks for (NĐ 30, Điều 13 k.2). */
export const COLLECTIVES = ['ỦY BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN', 'THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN', 'BAN CHỈ ĐẠO'] as const;

const note = (vi: string, en: string): Localized => ({ vi, en });

const ENUM_NOTES: Record<string, Localized> = {
  TM: note('thay mặt tập thể', 'on behalf of a collective'),
  KT: note('ký thay người đứng đầu', 'signing for the head'),
  TL: note('thừa lệnh người đứng đầu', 'by order of the head'),
  TUQ: note('thừa ủy quyền', 'by delegated authority'),
  Q: note('quyền (người được giao quyền)', 'acting head'),
  hoa_toc: note('HỎA TỐC', 'most urgent'),
  thuong_khan: note('THƯỢNG KHẨN', 'very urgent'),
  khan: note('KHẨN', 'urgent'),
  mat: note('MẬT', 'confidential'),
  toi_mat: note('TỐI MẬT', 'secret'),
  tuyet_mat: note('TUYỆT MẬT', 'top secret'),
  xem_xong_tra_lai: note('XEM XONG TRẢ LẠI', 'return after reading'),
  luu_hanh_noi_bo: note('LƯU HÀNH NỘI BỘ', 'internal circulation'),
};

/** The meaning of an enum value, for completion details. */
export function enumNote(value: string): Localized | undefined {
  return ENUM_NOTES[value];
}

/** "nguoi_ky.chuc_vu", "noi_nhan.*": a path with list indices folded. */
export function pathPattern(path: YamlPath): string {
  return path.map((step) => (typeof step === 'number' ? '*' : step)).join('.');
}

const plain = (values: readonly string[]): ValueSuggestion[] => values.map((value) => ({ value }));

/** Common values for the field at `path`, given the workspace hints and today's date. */
export function commonValues(path: YamlPath, hints: WorkspaceHints, today: CivilDate | undefined, text = ''): ValueSuggestion[] {
  switch (pathPattern(path)) {
    case 'nguoi_ky.chuc_vu': return plain(SIGNER_TITLES);
    case 'nguoi_ky.chuc_vu_thay': return plain([...SIGNER_TITLES.filter((t) => !t.startsWith('PHÓ')), ...COLLECTIVES]);
    case 'noi_nhan.*': return [
      { value: 'Lưu: VT.', note: note('dòng cuối của nơi nhận (NĐ 30, PL I-P.I-M.II-k.9)', 'last line of nơi nhận') },
      { value: 'Như thành phần mời;' },
      { value: 'Như trên;' },
    ];
    case 'muc.*.tieu_de': case 'phan.*.muc.*.tieu_de': return plain(SECTION_TITLES);
    case 'phan.*.tieu_de': return plain(PART_TITLES);
    case 'co_quan.viet_tat': return plain(unique([...hints.abbreviations, 'UBND']));
    case 'ky_hieu': return plain(unique([...abbreviationsIn(text), ...hints.abbreviations]).map((a) => `GM-${a}`));
    case 'co_quan.ten': case 'co_quan.chu_quan': return plain(hints.agencies);
    case 'dia_danh': return plain(hints.places);
    case 'ngay': return today ? [{ value: isoDate(today), note: note('hôm nay', 'today') }, { value: `${today.year}-${pad2(today.month)}`, note: note('bản nháp: chưa biết ngày ký', 'draft: day not known yet') }] : [];
    case 'thoi_gian': case 'muc.*.thoi_gian': case 'phan.*.thoi_gian': case 'phan.*.muc.*.thoi_gian': return today ? [{ value: `{ bat_dau: ${isoDate(today)} 08:00, ket_thuc: "11:30" }`, note: note('một buổi', 'one half-day slot') }] : [];
    default: return [];
  }
}

function abbreviationsIn(text: string): string[] {
  const found = /^[ \t]+viet_tat:[ \t]*["']?([^"'#\n]+?)["']?[ \t]*(#.*)?$/mu.exec(text);
  return found ? [found[1]] : [];
}

const unique = (values: readonly string[]): string[] => [...new Set(values.filter((v) => v.trim() !== ''))];
