/**
 * The layout model: what both renderers draw. Every text is final (numbers,
 * dates, weekdays, prefixes derived); every block remembers the source range
 * it came from so the preview can sync with the editor.
 */
import type { Range } from '../model/problem';

/** Decree 30 roles; each has one style in measures.ts. */
export type Role =
  | 'co_quan_chu_quan'
  | 'co_quan'
  | 'so_ky_hieu'
  | 'quoc_hieu'
  | 'tieu_ngu'
  | 'dia_danh_ngay'
  | 'do_mat'
  | 'do_khan'
  | 'pham_vi_luu_hanh'
  | 'ten_loai'
  | 'trich_yeu'
  | 'paragraph'
  | 'part'
  | 'section'
  | 'item'
  | 'bullet'
  | 'quyen_han'
  | 'chuc_vu'
  | 'cho_ky'
  | 'ho_ten'
  | 'noi_nhan_title'
  | 'noi_nhan_item'
  | 'soan_thao'
  | 'lien_he'
  | 'nguyen_van_dau'
  | 'nguyen_van_cuoi';

/** A piece of text with its inline style. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A blank a clerk fills by hand (the number or day of a draft); `text` holds its spaces. */
  readonly blank?: boolean;
}

/** The urgency levels, each with its carved stamp (measures.ts, URGENCY_STAMPS_MM). */
export type UrgencyStamp = 'hoa_toc' | 'thuong_khan' | 'khan';

/** One paragraph of the page. */
export interface Block {
  readonly role: Role;
  readonly runs: readonly Run[];
  /** An urgency mark drawn in its stamp's frame rather than one sized to the text. */
  readonly stamp?: UrgencyStamp;
  /** The YAML node this block was derived from. */
  readonly source?: Range;
}

/** The whole invitation, by region of the page, each region in reading order. */
export interface Layout {
  /** Lines printed as written above the header (`nguyen_van_dau`), outside the decree's model. */
  readonly aboveHeader: readonly Block[];
  /** Two-column header: agency (left) and Quốc hiệu – Tiêu ngữ (right). */
  readonly header: {
    readonly left: readonly Block[];
    readonly right: readonly Block[];
    /** "Số: …/GM-…" and the place-and-date line share a row. */
    readonly numberLine: Block;
    readonly dateLine: Block;
  };
  /** Độ mật, độ khẩn, phạm vi lưu hành: boxed marks under the header's left column. */
  readonly marks: readonly Block[];
  /** The type word ("GIẤY MỜI", "THÔNG BÁO", "CÔNG ĐIỆN") and the trích yếu. */
  readonly title: readonly Block[];
  readonly body: readonly Block[];
  /** Two-column foot: nơi nhận (left) and the signature (right), top-aligned. */
  readonly recipients: readonly Block[];
  readonly signature: readonly Block[];
  /** Drafter's initials and copies, e.g. "PL.(300)", under nơi nhận. */
  readonly drafter: Block | undefined;
  /** Paragraphs printed as written after the foot (`nguyen_van_cuoi`): a "Ghi chú", footnotes, a guest list. */
  readonly afterFoot: readonly Block[];
  /** Agency address block at the foot of page 1 (ô 13). */
  readonly contact: readonly Block[];
  /** What is still to be filled by hand. */
  readonly draft: { readonly number: boolean; readonly day: boolean };
  /** Plain trích yếu, for window titles and file metadata. */
  readonly subject: string;
}

/** Plain text of a block (runs joined). */
export function blockText(block: Block): string {
  return block.runs.map((r) => r.text).join('');
}
