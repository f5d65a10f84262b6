/**
 * Values officers type again and again, offered by completion: signer titles,
 * the closing "Lưu: VT." of nơi nhận, agency abbreviations and place names
 * seen in the workspace's other invitations, and today's date.
 */
import { isoDate, pad2, type CivilDate } from '../calendar/dates';
import type { Localized } from '../model/problem';
import type { YamlPath } from '../source/source-map';
import { say } from '../messages';

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
  'CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'CHÁNH VĂN PHÒNG',
  'PHÓ CHÁNH VĂN PHÒNG',
  'TRƯỞNG PHÒNG',
  'PHÓ TRƯỞNG PHÒNG',
  'HIỆU TRƯỞNG',
  'PHÓ HIỆU TRƯỞNG',
  'BỘ TRƯỞNG',
  'THỨ TRƯỞNG',
  'CỤC TRƯỞNG',
  'VỤ TRƯỞNG',
  'TRƯỞNG BAN',
  'BÍ THƯ',
] as const;

/** Section headings real invitations use (format.md; the seed and Mẫu 1.7). */
export const SECTION_TITLES = [
  'Thành phần',
  'Thời gian',
  'Địa điểm',
  'Nội dung',
  'Chương trình',
  'Tổ chức thực hiện',
] as const;

/** Part headings of invitations in parts I., II. (upper case, as the decree sets a mục's title: PL I-P.I-M.II-k.6). */
export const PART_TITLES = [
  'THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM',
  'MỤC ĐÍCH, YÊU CẦU',
  'NỘI DUNG, CHƯƠNG TRÌNH',
  'TỔ CHỨC THỰC HIỆN',
] as const;

/** Collective bodies a TM. signature speaks for (NĐ 30, Điều 13 k.2). */
export const COLLECTIVES = [
  'ỦY BAN NHÂN DÂN',
  'HỘI ĐỒNG NHÂN DÂN',
  'THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN',
  'BAN CHỈ ĐẠO',
] as const;

const ENUM_NOTES: Record<string, Localized> = {
  TM: say('authoring.value.TM'),
  KT: say('authoring.value.KT'),
  TL: say('authoring.value.TL'),
  TUQ: say('authoring.value.TUQ'),
  Q: say('authoring.value.Q'),
  hoa_toc: say('authoring.value.hoa_toc'),
  thuong_khan: say('authoring.value.thuong_khan'),
  khan: say('authoring.value.khan'),
  mat: say('authoring.value.mat'),
  toi_mat: say('authoring.value.toi_mat'),
  tuyet_mat: say('authoring.value.tuyet_mat'),
  xem_xong_tra_lai: say('authoring.value.xem_xong_tra_lai'),
  luu_hanh_noi_bo: say('authoring.value.luu_hanh_noi_bo'),
  giay_moi: say('authoring.value.giay_moi'),
  thong_bao: say('authoring.value.thong_bao'),
  cong_dien: say('authoring.value.cong_dien'),
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
export function commonValues(
  path: YamlPath,
  hints: WorkspaceHints,
  today: CivilDate | undefined,
  text = '',
): ValueSuggestion[] {
  switch (pathPattern(path)) {
    case 'nguoi_ky.chuc_vu':
      return plain(SIGNER_TITLES);
    case 'nguoi_ky.chuc_vu_thay':
      return plain([...SIGNER_TITLES.filter((t) => !t.startsWith('PHÓ')), ...COLLECTIVES]);
    case 'noi_nhan.*':
      return [
        { value: 'Lưu: VT.', note: say('authoring.value.luuVt') },
        { value: 'Như thành phần mời;' },
        { value: 'Như trên;' },
      ];
    case 'muc.*.tieu_de':
    case 'phan.*.muc.*.tieu_de':
      return plain(SECTION_TITLES);
    case 'phan.*.tieu_de':
      return plain(PART_TITLES);
    case 'co_quan.viet_tat':
      return plain(unique([...hints.abbreviations, 'UBND']));
    case 'ky_hieu':
      return plain(unique([...abbreviationsIn(text), ...hints.abbreviations]).map((a) => `GM-${a}`));
    case 'co_quan.ten':
    case 'co_quan.chu_quan':
      return plain(hints.agencies);
    case 'dia_danh':
      return plain(hints.places);
    case 'ngay':
      return today
        ? [
            { value: isoDate(today), note: say('authoring.value.today') },
            { value: `${today.year}-${pad2(today.month)}`, note: say('authoring.value.draftMonth') },
          ]
        : [];
    case 'thoi_gian':
    case 'muc.*.thoi_gian':
    case 'phan.*.thoi_gian':
    case 'phan.*.muc.*.thoi_gian':
      return today
        ? [{ value: `{ bat_dau: ${isoDate(today)} 08:00, ket_thuc: "11:30" }`, note: say('authoring.value.halfDay') }]
        : [];
    default:
      return [];
  }
}

function abbreviationsIn(text: string): string[] {
  const found = /^[ \t]+viet_tat:[ \t]*["']?([^"'#\n]+?)["']?[ \t]*(#.*)?$/mu.exec(text);
  return found ? [found[1]] : [];
}

const unique = (values: readonly string[]): string[] => [...new Set(values.filter((v) => v.trim() !== ''))];
