/**
 * The Decree 30 numbers: paper, margins, font, and the size and style of each
 * element. The only place they exist; the HTML preview and the DOCX export both
 * read them from here so the two agree; the units and the distances derived
 * from them (text width, footer distance) are in geometry.ts. Locators:
 * ../shared/design/decree30.md.
 */
import type { Role, UrgencyStamp } from './model';

/** NĐ 30/2020, PL I-P.I-M.I-k.1: A4 portrait. */
export const PAGE = { widthMm: 210, heightMm: 297 } as const;

/** NĐ 30/2020, PL I-P.I-M.I-k.3: allowed margin ranges, in millimetres. */
export const MARGIN_RANGES = {
  top: { min: 20, max: 25 },
  bottom: { min: 20, max: 25 },
  left: { min: 30, max: 35 },
  right: { min: 15, max: 20 },
} as const;

export interface Margins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export const DEFAULT_MARGINS: Margins = { top: 20, bottom: 20, left: 30, right: 15 };

/** NĐ 30/2020, PL I-P.I-M.I-k.4: Times New Roman; the fallbacks share its metrics. */
export const FONT = { family: 'Times New Roman', fallbacks: ['Liberation Serif', 'Tinos', 'serif'] } as const;

/** Body text is 13 or 14 pt (PL I-P.I-M.II-k.6). */
export type BodySize = 13 | 14;

export interface RoleStyle {
  readonly sizePt: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly align: 'left' | 'center' | 'justify';
  /** First-line indent of body paragraphs, cm (PL I-P.I-M.II-k.6: 1 or 1.27 cm). */
  readonly firstLineCm: number;
  readonly spaceBeforePt: number;
  readonly spaceAfterPt: number;
  /** A solid rule under the block, as a fraction of the text's own length (0 = none). */
  readonly ruleFraction: number;
  /** Boxed marks (độ khẩn, phạm vi lưu hành) get a single-line frame. */
  readonly boxed: boolean;
  /** Text (and frame) colour as RGB hex: black, but the urgency and secrecy marks are red. */
  readonly colorHex: string;
}

const base: RoleStyle = {
  sizePt: 13,
  bold: false,
  italic: false,
  align: 'center',
  firstLineCm: 0,
  spaceBeforePt: 0,
  spaceAfterPt: 0,
  ruleFraction: 0,
  boxed: false,
  colorHex: '000000',
};

/** "Đỏ tươi": the urgency stamp's ink (PL I-P.I-M.III-k.2-b); secrecy stamps are red too (PL I-P.I-M.III-k.2-a). */
export const MARK_RED = 'FF0000';
const style = (overrides: Partial<RoleStyle>): RoleStyle => ({ ...base, ...overrides });

/** Style of every layout role, for a body size of 13 or 14 pt. */
export function roleStyles(body: BodySize): Readonly<Record<Role, RoleStyle>> {
  const bodyBlock = style({ sizePt: body, align: 'justify', firstLineCm: 1, spaceAfterPt: 6 });
  return {
    co_quan_chu_quan: style({ sizePt: 13 }), // k.2-b: upper case, 12–13, upright, regular
    co_quan: style({ sizePt: 13, bold: true, ruleFraction: 0.4 }), // k.2-b: bold, rule 1/3–1/2
    so_ky_hieu: style({ sizePt: 13, spaceBeforePt: 6 }), // k.3-c: 13 pt exactly
    quoc_hieu: style({ sizePt: 12, bold: true }), // k.1-a: 12–13, bold (Mục V pairs 12 with 13)
    tieu_ngu: style({ sizePt: 13, bold: true, ruleFraction: 1 }), // k.1-b: 13–14, bold, rule as long as the text
    dia_danh_ngay: style({ sizePt: body, italic: true, spaceBeforePt: 6 }), // k.4-c: 13–14, italic
    do_mat: style({ sizePt: 13, bold: true, boxed: true, colorHex: MARK_RED }), // PL I-P.I-M.III-k.2-a
    do_khan: style({ sizePt: 13, bold: true, boxed: true, colorHex: MARK_RED }), // k.2-b: 13–14, bold, single frame, bright red
    pham_vi_luu_hanh: style({ sizePt: 13, bold: true, boxed: true }), // k.4
    ten_loai: style({ sizePt: 14, bold: true, spaceBeforePt: 12 }), // k.5-b: 13–14, bold
    trich_yeu: style({ sizePt: 14, bold: true, ruleFraction: 0.4, spaceAfterPt: 12 }), // k.5-b: bold, rule 1/3–1/2
    // k.6: justified, indent, ≥ 6 pt between paragraphs. Every level (part I., section 1.,
    // sub-item 1.1., point a), "- ", "+ ") keeps the one first-line indent k.6 gives all
    // paragraphs, as published texts do; a part's heading is bold by its runs, not its role.
    paragraph: bodyBlock,
    part: bodyBlock,
    section: bodyBlock,
    item: bodyBlock,
    bullet: bodyBlock,
    quyen_han: style({ sizePt: body, bold: true, spaceBeforePt: 6 }), // k.7-b: 13–14, bold
    chuc_vu: style({ sizePt: body, bold: true }),
    // A form's "(Chữ ký, dấu)" in the signature space, italic as the decree's forms print it; signature-space.ts
    // takes its height out of the name's space before, so the space stays as tall.
    cho_ky: style({ sizePt: 12, italic: true, spaceBeforePt: 6 }),
    ho_ten: style({ sizePt: body, bold: true, spaceBeforePt: 60 }), // room for signature and seal (ô 7c, 8)
    noi_nhan_title: style({ sizePt: 12, bold: true, italic: true, align: 'left', spaceBeforePt: 6 }), // k.9-d
    noi_nhan_item: style({ sizePt: 11, align: 'left' }), // k.9-d: 11 pt upright
    soan_thao: style({ sizePt: 11, align: 'left', spaceBeforePt: 6 }), // PL I-P.I-M.III-k.3: 11 pt
    lien_he: style({ sizePt: 11, align: 'left' }), // PL I-P.I-M.III-k.4 (ô 13): 11–12, upright
    // Outside the decree's model, printed as written. Above the header: a plain line in the header's
    // size (k.2-b: 13, upright, regular), flush left, so it does not compete with the agency or Quốc hiệu.
    nguyen_van_dau: style({ sizePt: 13, align: 'left', spaceAfterPt: 6 }),
    // After the foot: set as the body (k.6: 13–14, regular, justified, indent, 6 pt after). Not 6 pt
    // before instead: LibreOffice drops a paragraph's space before at the top of a page, and the PDF
    // and preview paginate as the body's space after (which may hang below the page) is laid out.
    nguyen_van_cuoi: bodyBlock,
  };
}

/** Roles set with the body's line spacing (PL I-P.I-M.II-k.6-g): ô 6, and the text printed after the foot as the body. */
export const BODY_ROLES: ReadonlySet<Role> = new Set([
  'paragraph',
  'part',
  'section',
  'item',
  'bullet',
  'nguyen_van_cuoi',
]);

/** Page number: 13–14 pt, centred in the top margin, from page 2 (PL I-P.I-M.I-k.7). */
export const PAGE_NUMBER = { sizePt: 13 } as const;

/** Share of the text width given to the header's left (agency) column; the rest is the Quốc hiệu's. */
export const HEADER_LEFT_FRACTION = 0.4;
/** Share of the text width given to the foot's left (nơi nhận) column. */
export const FOOT_LEFT_FRACTION = 0.5;

/** Body line spacing, in lines (PL I-P.I-M.II-k.6-g: single up to 1.5). */
export const BODY_LINE_SPACING = 1.0;

/**
 * Height of one "single" line, in em: Times New Roman's (and its metric twins
 * Liberation Serif / Tinos) ascent + descent + line gap = 2355/2048 ≈ 1.15.
 * A font metric, not a decree number: Word and LibreOffice use it for single spacing.
 */
export const SINGLE_LINE_EM = 1.15;

/**
 * Where a single-spaced line's baseline sits below its top, in em: Times New
 * Roman's ascent (1825/2048) plus half the leading that SINGLE_LINE_EM adds to
 * ascent + descent ((1825 + 443)/2048). A font metric, like SINGLE_LINE_EM.
 */
export const BASELINE_EM = 1825 / 2048 + (SINGLE_LINE_EM - (1825 + 443) / 2048) / 2;

/** Space above the signer's first line, whatever it is (quyền hạn or, when the head signs, the title). */
export const FOOT_TOP_PT = 6;

/**
 * Space above the first line of each foot column, so that "Nơi nhận:" (12 pt)
 * stands on the baseline of the signer's first line (13–14 pt) in every
 * signer shape (NĐ 30/2020, PL I-P.I-M.II-k.9-d: level with the quyền hạn, chức vụ line).
 */
export function footTopsPt(m: Measures): { readonly recipients: number; readonly signature: number } {
  const signerPt = m.styles.quyen_han.sizePt; // the title (chuc_vu) has the same size
  const lower = BASELINE_EM * (signerPt - m.styles.noi_nhan_title.sizePt);
  return { signature: FOOT_TOP_PT, recipients: FOOT_TOP_PT + lower };
}

/** The solid rules under Tiêu ngữ, agency name and trích yếu (PL I-P.I-M.II-k.1-b, k.2-b, k.5-b): thickness. The decree says only "solid line". */
export const RULE_WIDTH_PT = 0.75;

/**
 * Where those rules sit: `gapPt` below the text's last line, on a line `linePt`
 * high, the block's space after coming below it. Presentation, not decree
 * numbers (the decree says only "under it"); both renderers read them here.
 */
export const RULE_SPACE = { gapPt: 2, linePt: 2 } as const;

/** Room between a header or foot column's edge and its text, so the two columns never touch. */
export const CELL_PADDING_PT = 2;

/**
 * Share of a header column left free on every line the layout breaks: the
 * width table is an estimate ("UBND TỈNH THỪA THIÊN HUẾ" at 182.7 of 183.1 pt was
 * wrapped again by LibreOffice), and a line that is a hair too long is broken
 * a second time by Word or LibreOffice, not where the layout broke it. On 144
 * header lines read back from LibreOffice's PDFs the estimate was within 0.7 %
 * of the drawn width; 2 % keeps "UBND THÀNH PHỐ ĐÀ NẴNG" (177.6 pt) on one line.
 */
export const LINE_SAFETY_FRACTION = 0.02;

/**
 * The frame of độ mật, độ khẩn and phạm vi lưu hành (PL I-P.I-M.III-k.2, k.4: a
 * single-line frame): room inside it, and the space above the first mark and between marks.
 * `stampSpacePt`: room above and below the text in a stamp of fixed height (whole
 * points, as WordprocessingML counts a border's space), the line taking the rest.
 */
export const MARK_FRAME = {
  paddingPt: 4,
  borderSpacePt: 1,
  stampSpacePt: 3,
  firstSpaceBeforePt: 6,
  spaceBetweenPt: 4,
} as const;

/**
 * The urgency stamps, outer size in millimetres (NĐ 30/2020, PL I-P.I-M.III-k.2-b:
 * "30mm x 8mm, 40mm x 8mm và 20mm x 8mm", in the order HỎA TỐC, THƯỢNG KHẨN, KHẨN).
 * The text is centred inside.
 */
export const URGENCY_STAMPS_MM: Readonly<
  Record<UrgencyStamp, { readonly widthMm: number; readonly heightMm: number }>
> = {
  hoa_toc: { widthMm: 30, heightMm: 8 },
  thuong_khan: { widthMm: 40, heightMm: 8 },
  khan: { widthMm: 20, heightMm: 8 },
};

/** The resolved measures one render uses. */
export interface Measures {
  readonly page: typeof PAGE;
  readonly margins: Margins;
  readonly bodySize: BodySize;
  readonly styles: Readonly<Record<Role, RoleStyle>>;
}

/** Measures for the user's settings, each margin clamped into the decree's range. */
export function resolveMeasures(options: { margins?: Partial<Margins>; bodySize?: BodySize } = {}): Measures {
  const margins = { ...DEFAULT_MARGINS, ...options.margins };
  const clamp = (side: keyof Margins) =>
    Math.min(MARGIN_RANGES[side].max, Math.max(MARGIN_RANGES[side].min, margins[side]));
  const bodySize: BodySize = options.bodySize === 13 ? 13 : 14;
  return {
    page: PAGE,
    margins: { top: clamp('top'), bottom: clamp('bottom'), left: clamp('left'), right: clamp('right') },
    bodySize,
    styles: roleStyles(bodySize),
  };
}

/** Width available for text, in millimetres. */
export function textWidthMm(measures: Measures): number {
  return measures.page.widthMm - measures.margins.left - measures.margins.right;
}
