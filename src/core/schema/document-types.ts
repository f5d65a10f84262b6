/**
 * The types of document an office invites under (NĐ 30/2020, Phụ lục III):
 * Giấy mời (Mẫu 1.7, GM), Thông báo (Mẫu 1.4, TB), Công điện (Mẫu 1.6, CĐ),
 * or a free type word ("THƯ MỜI", "GIẤY TRIỆU TẬP") for a body outside the
 * state administration. The type decides the printed word, the ký hiệu's
 * prefix and how the body opens; this table is the only place it is said.
 */
import type { Localized } from '../model/problem';
import { say, verbatim } from '../messages';
import type { Invitation } from './schema';

/** The Decree 30 types the format lays out, each by its own model. */
export const DECREE_TYPES = {
  giay_moi: { word: 'GIẤY MỜI', abbreviation: 'GM', model: 'Mẫu 1.7' },
  thong_bao: { word: 'THÔNG BÁO', abbreviation: 'TB', model: 'Mẫu 1.4' },
  cong_dien: { word: 'CÔNG ĐIỆN', abbreviation: 'CĐ', model: 'Mẫu 1.6' },
} as const;

export type DecreeTypeKey = keyof typeof DECREE_TYPES;
export const DECREE_TYPE_KEYS = Object.keys(DECREE_TYPES) as DecreeTypeKey[];

/** The type a document is written as: one of the decree's, or a free word (`key` is then 'tu_do'). */
export interface DocumentType {
  readonly key: DecreeTypeKey | 'tu_do';
  /** The word printed above the trích yếu, in capitals. */
  readonly word: string;
  /** Phụ lục III, Mục I's abbreviation; none for a free type word. */
  readonly abbreviation?: string;
}

/** True when `value` names one of the decree's types. */
export function isDecreeType(value: string | undefined): value is DecreeTypeKey {
  return value !== undefined && Object.hasOwn(DECREE_TYPES, value);
}

/** The document's type: `ten_loai` read, Giấy mời when it is absent (every file written before it existed). */
export function documentType(invitation: Pick<Invitation, 'ten_loai'>): DocumentType {
  const value = invitation.ten_loai ?? 'giay_moi';
  if (isDecreeType(value)) return { key: value, ...DECREE_TYPES[value] };
  return { key: 'tu_do', word: value.normalize('NFC').trim().toLocaleUpperCase('vi') };
}

const NAME_KEYS = {
  giay_moi: 'documentType.giay_moi',
  thong_bao: 'documentType.thong_bao',
  cong_dien: 'documentType.cong_dien',
} as const satisfies Record<DecreeTypeKey, string>;

/**
 * The type's name inside a sentence of a message ("Thông báo chưa có số"), so that a
 * reminder on a Thông báo does not call it a Giấy mời; a free type word in sentence case.
 */
export function documentName(invitation: Pick<Invitation, 'ten_loai'> | undefined): Localized {
  const type = documentType(invitation ?? {});
  if (type.key !== 'tu_do') return say(NAME_KEYS[type.key]);
  const word = type.word.toLocaleLowerCase('vi');
  return verbatim(word.charAt(0).toLocaleUpperCase('vi') + word.slice(1));
}
