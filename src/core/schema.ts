/**
 * The invitation model: one zod schema is the single definition of the format.
 * Types, validation, the JSON Schema under schemas/ and the texts of hover and
 * completion all come from here. Keys are Decree 30's terms in ASCII snake_case.
 */
import * as z from 'zod';
import { allowFieldsInPatterns, listFormSchema } from './merge/list-form';

/** Attaches the bilingual description every field carries (Vietnamese first). */
function doc<T extends z.ZodType>(schema: T, vi: string, en: string, extra: Record<string, unknown> = {}): T {
  return schema.meta({ description: vi, 'x-description-en': en, ...extra });
}

/** Error messages are keys of core/messages.ts, so they can be said in both languages. */
const text = z.string({ error: 'type.text' }).min(1, { error: 'text.empty' });
const lines = z.union([text, z.array(text).min(1, { error: 'list.empty' })], { error: 'type.textOrList' });

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const MONTH_PATTERN = /^\d{4}-\d{2}$/;
export const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}$/;
export const TIME_PATTERN = /^\d{1,2}:\d{2}$/;

const isoDateOrMonth = z.string({ error: 'type.date' }).regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: 'format.dateOrMonth' });
const dateTime = z.string({ error: 'type.datetime' }).regex(DATETIME_PATTERN, { error: 'format.datetime' });
const dateTimeOrTime = z.string({ error: 'type.datetime' }).regex(/^(\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}$/, { error: 'format.datetimeOrTime' });

export const timeSlotSchema = z.strictObject({
  bat_dau: doc(dateTime, 'Thời điểm bắt đầu, dạng `YYYY-MM-DD HH:MM`, ví dụ `2024-05-17 14:00`. Thứ trong tuần được tính tự động.', 'Start, as `YYYY-MM-DD HH:MM`; the weekday is derived.'),
  ket_thuc: doc(dateTimeOrTime.optional(), 'Thời điểm kết thúc: `HH:MM` (cùng ngày) hoặc `YYYY-MM-DD HH:MM`.', 'End: `HH:MM` (same day) or `YYYY-MM-DD HH:MM`.'),
  ghi_chu: doc(text.optional(), 'Ghi chú cho khung giờ này, ví dụ "buổi sáng".', 'A note for this slot, e.g. "buổi sáng" (morning).'),
}).meta({ id: 'timeSlot' });

export const timeSchema = doc(
  z.union([text, timeSlotSchema, z.array(timeSlotSchema).min(1, { error: 'list.empty' })], { error: 'type.time' }),
  'Thời gian họp: một khung giờ `{ bat_dau, ket_thuc }`, danh sách nhiều khung giờ (nhiều ngày), hoặc một câu tự do.',
  'Meeting time: one slot `{ bat_dau, ket_thuc }`, a list of slots (several days), or free text.',
);

/** `{ doan: … }` as an entry of any list of numbered or dashed entries: a paragraph printed in place, taking no number. */
export const paragraphEntrySchema = z.strictObject({
  doan: doc(lines, 'Đoạn văn in ngay tại chỗ này của danh sách, không đánh số (ví dụ một câu giữa hai mục, hoặc sau danh sách).', 'A paragraph printed here in the list, taking no number (between two items, or after the list).'),
}).meta({ id: 'paragraph' });

const paragraphs = doc(lines.optional(), 'Các đoạn văn thường, không đánh số, in ngay dưới dòng này.', 'Plain paragraphs, no number, printed right under this line.');

/** Entries of a numbered or dashed list: the item itself, or a `{ doan }` paragraph. */
const listOf = <T extends z.ZodType>(entry: T, vi: string, en: string) =>
  doc(z.array(entry).min(1, { error: 'list.empty' }).optional(), vi, en);

export const dashSchema = z.union([
  text,
  z.strictObject({
    noi_dung: doc(text, 'Nội dung dòng gạch đầu dòng "- ".', 'Text of the "- " line.'),
    cong: doc(z.array(text).min(1, { error: 'list.empty' }).optional(), 'Các dòng "+ " dưới dòng gạch đầu dòng này.', 'The "+ " lines under this dash line.'),
  }),
  paragraphEntrySchema,
], { error: 'type.dash' }).meta({ id: 'dashLine' });

const bullets = listOf(dashSchema, 'Các dòng gạch đầu dòng "- "; mỗi dòng là một câu, hoặc `{ noi_dung, cong }` khi có các dòng "+ " bên dưới.', 'Dash lines "- "; each is text, or `{ noi_dung, cong }` with "+ " lines under it.');

export const pointSchema = z.union([
  text,
  z.strictObject({
    noi_dung: doc(text, 'Nội dung của điểm.', 'Text of the point.'),
    doan: paragraphs,
    gach_dau_dong: bullets,
  }),
  paragraphEntrySchema,
], { error: 'type.point' }).meta({ id: 'point' });

const points = listOf(pointSchema, 'Các điểm, đánh chữ tự động a), b), c), d), đ), e), …', 'Points, lettered a), b), c), d), đ), e), … automatically.');

export const subItemSchema = z.union([
  text,
  z.strictObject({
    noi_dung: doc(text, 'Nội dung của mục con.', 'Text of the sub-item.'),
    doan: paragraphs,
    diem: points,
    gach_dau_dong: bullets,
  }),
  paragraphEntrySchema,
], { error: 'type.subItem' }).meta({ id: 'subItem' });

/** The keys a part and a section share: a heading and what goes under it, in printing order. */
const headedFields = {
  noi_dung: doc(lines.optional(), 'Một câu: in liền sau tiêu đề ("3. Địa điểm: …"). Một danh sách: mỗi dòng in với "- " dưới tiêu đề.', 'One sentence: printed after the heading. A list: one "- " line each under it.'),
  thoi_gian: timeSchema.optional(),
  doan: paragraphs,
} as const;

export const sectionSchema = z.strictObject({
  tieu_de: doc(text, 'Tiêu đề mục, ví dụ "Thành phần", "Thời gian", "Địa điểm". Số thứ tự (1., 2., …) được đánh tự động.', 'Section heading; its number (1., 2., …) is derived.'),
  ...headedFields,
  muc: listOf(subItemSchema, 'Các mục con, đánh số tự động 4.1., 4.2., …', 'Sub-items, numbered 4.1., 4.2., … automatically.'),
  diem: points,
  gach_dau_dong: bullets,
}).meta({ id: 'section' });

const sectionEntry = z.union([sectionSchema, paragraphEntrySchema], { error: 'type.section' });

export const partSchema = z.strictObject({
  tieu_de: doc(text, 'Tiêu đề phần, ví dụ "MỤC ĐÍCH, YÊU CẦU". Số La Mã (I., II., …) được đánh tự động; tiêu đề in đậm (NĐ 30, PL I-P.I-M.II-k.6).', 'Part heading; its Roman number (I., II., …) is derived; printed bold.'),
  ...headedFields,
  muc: listOf(sectionEntry, 'Các mục của phần, đánh số 1., 2., … lại từ đầu trong mỗi phần.', 'Sections of the part, numbered 1., 2., … afresh in each part.'),
  diem: points,
  gach_dau_dong: bullets,
}).meta({ id: 'part' });

export const agencySchema = z.strictObject({
  ten: doc(lines, 'Tên cơ quan ban hành, CHỮ IN HOA (NĐ 30, PL I-P.I-M.II-k.2-b). Một danh sách nếu muốn tự chọn chỗ xuống dòng.', 'Issuing agency, UPPER CASE; a list to choose the line breaks.'),
  viet_tat: doc(text, 'Chữ viết tắt tên cơ quan, dùng trong ký hiệu (ví dụ UBND → GM-UBND).', 'Agency abbreviation, used in the ký hiệu (UBND → GM-UBND).'),
  ten_goi: doc(text.optional(), 'Tên cơ quan viết trong câu, chữ thường theo Phụ lục II, ví dụ "Sở Tài chính tỉnh Lạng Sơn"; dùng trong dòng "… trân trọng kính mời: …". Mặc định suy ra từ `ten`.', 'The agency name as written in a sentence; used in the invitation line. Derived from `ten` by default.'),
  chu_quan: doc(lines.optional(), 'Tên cơ quan chủ quản trực tiếp (nếu có), CHỮ IN HOA, không đậm; ví dụ "UBND HUYỆN BẮC SƠN" cho một phòng.', 'Parent agency, if any (UPPER CASE, not bold).'),
});

export const signerSchema = z.strictObject({
  thay_mat: doc(text.optional(), 'Tập thể mà người ký thay mặt khi cấp phó ký thay người đứng đầu một tập thể, ví dụ "ỦY BAN NHÂN DÂN" → dòng "TM. ỦY BAN NHÂN DÂN" trên dòng "KT. CHỦ TỊCH" (NĐ 30, PL I-P.I-M.II-k.7-b).', 'The collective signed for, above a KT. line: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH".'),
  quyen_han: doc(z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q'], { error: 'enum.quyenHan' }).optional(), 'Thẩm quyền ký: TM (thay mặt), KT (ký thay), TL (thừa lệnh), TUQ (thừa ủy quyền), Q (quyền); bỏ trống khi người đứng đầu ký (NĐ 30, Điều 13).', 'Signing authority: TM, KT, TL, TUQ, Q; omit when the head signs.'),
  chuc_vu_thay: doc(text.optional(), 'Tập thể hoặc chức vụ được ký thay, ví dụ "CHỦ TỊCH" → "TL. CHỦ TỊCH"; "ỦY BAN NHÂN DÂN" với TM.', 'Whose authority: "CHỦ TỊCH" gives "TL. CHỦ TỊCH".'),
  chuc_vu: doc(text.optional(), 'Chức vụ của người ký, CHỮ IN HOA, ví dụ "CHÁNH VĂN PHÒNG". Bỏ trống khi dòng quyền hạn đã đủ, ví dụ "Q. GIÁM ĐỐC".', "Signer's title, UPPER CASE; omit when the authority line says it all (\"Q. GIÁM ĐỐC\")."),
  ho_ten: doc(text, 'Họ và tên người ký, không kèm học hàm, học vị (NĐ 30, PL I-P.I-M.II-k.7-c).', "Signer's full name, no academic titles."),
});

export const contactSchema = z.union([
  text,
  z.strictObject({
    ho_ten: doc(text, 'Họ tên người đầu mối.', 'Contact person.'),
    chuc_vu: doc(text.optional(), 'Chức vụ, đơn vị của người đầu mối.', 'Their title or unit.'),
    dien_thoai: doc(text.optional(), 'Số điện thoại.', 'Telephone.'),
    email: doc(text.optional(), 'Thư điện tử.', 'E-mail.'),
  }),
], { error: 'type.contact' });

export const addressSchema = z.strictObject({
  dia_chi: doc(text.optional(), 'Địa chỉ cơ quan.', 'Address.'),
  dien_thoai: doc(text.optional(), 'Điện thoại.', 'Telephone.'),
  fax: doc(text.optional(), 'Fax.', 'Fax.'),
  email: doc(text.optional(), 'Thư điện tử.', 'E-mail.'),
  website: doc(text.optional(), 'Trang thông tin điện tử.', 'Website.'),
});

const KINH_MOI = ['Người hoặc cơ quan được mời (Mẫu 1.7: "… trân trọng kính mời: …"). Giấy mời không có dòng "Kính gửi". Một danh sách: xuất được mỗi người một bản.', 'Invitee(s); with a list, export can write one document each.'] as const;

export const invitationSchema = z.strictObject({
  co_quan: doc(agencySchema, 'Cơ quan ban hành giấy mời (ô 2 của NĐ 30).', 'The issuing agency (box 2).'),
  so: doc(z.union([z.int().positive(), z.string().regex(/^\d+$/), z.null()], { error: 'type.so' }).optional(), 'Số văn bản; để trống khi chưa vào sổ (in "Số:      /GM-…"). Số dưới 10 có số 0 phía trước.', 'Document number; empty until registered.'),
  ky_hieu: doc(text.optional(), 'Ký hiệu; mặc định "GM-" + chữ viết tắt của cơ quan (NĐ 30, PL III, Mục I).', 'Ký hiệu; defaults to "GM-" + the abbreviation.'),
  dia_danh: doc(text, 'Địa danh nơi ban hành, ví dụ "Bắc Sơn", "Hà Nội" (NĐ 30, PL I-P.I-M.II-k.4-a).', 'Place name of issue.'),
  ngay: doc(isoDateOrMonth.optional(), 'Ngày ban hành, `YYYY-MM-DD`; `YYYY-MM` khi chưa biết ngày ký (in "ngày      tháng 5 năm 2024").', 'Date of issue, `YYYY-MM-DD`, or `YYYY-MM` while the day is unknown.'),
  do_khan: doc(z.enum(['hoa_toc', 'thuong_khan', 'khan'], { error: 'enum.doKhan' }).optional(), 'Độ khẩn: hoa_toc (HỎA TỐC), thuong_khan (THƯỢNG KHẨN), khan (KHẨN) (NĐ 30, PL I-P.I-M.III-k.2-b).', 'Urgency mark.'),
  do_mat: doc(z.enum(['mat', 'toi_mat', 'tuyet_mat'], { error: 'enum.doMat' }).optional(), 'Độ mật: mat (MẬT), toi_mat (TỐI MẬT), tuyet_mat (TUYỆT MẬT).', 'Secrecy mark.'),
  pham_vi_luu_hanh: doc(z.enum(['xem_xong_tra_lai', 'luu_hanh_noi_bo'], { error: 'enum.phamVi' }).optional(), 'Chỉ dẫn phạm vi lưu hành: xem_xong_tra_lai, luu_hanh_noi_bo (ô 11).', 'Circulation mark.'),
  trich_yeu: doc(lines, 'Trích yếu nội dung cuộc họp, in đậm dưới chữ "GIẤY MỜI". Một danh sách nếu muốn tự chọn chỗ xuống dòng.', 'Subject line under "GIẤY MỜI"; a list to choose the line breaks.'),
  mo_dau: doc(lines.optional(), 'Đoạn mở đầu (căn cứ, lý do), trước lời mời.', 'Opening paragraph(s), before the invitation line.'),
  kinh_moi: doc(lines.optional(), ...KINH_MOI),
  loi_moi: doc(text.optional(), 'Lời mời viết tự do, thay cho dòng "… trân trọng kính mời: …", ví dụ "UBND huyện trân trọng kính mời đại biểu dự Hội nghị, cụ thể như sau:".', 'A free invitation sentence instead of the model line.'),
  toi_du: doc(text.optional(), 'Tên cuộc họp, hội nghị, hội thảo (Mẫu 1.7: "Tới dự …").', 'Meeting name ("Tới dự …").'),
  chu_tri: doc(text.optional(), 'Người chủ trì (QĐ 45/2018 yêu cầu nêu rõ).', 'Who chairs.'),
  thoi_gian: timeSchema.optional(),
  dia_diem: doc(text.optional(), 'Địa điểm họp.', 'Venue.'),
  phan: listOf(z.union([partSchema, paragraphEntrySchema], { error: 'type.part' }), 'Các phần đánh số La Mã I., II., …, mỗi phần có các mục 1., 2., … riêng. Dùng `phan` hoặc `muc`, không dùng cả hai.', 'Parts numbered I., II., …, each with its own sections 1., 2., …; use `phan` or `muc`, not both.'),
  muc: listOf(sectionEntry, 'Các mục đánh số 1., 2., … (thành phần, thời gian, địa điểm, nội dung, …).', 'Numbered sections 1., 2., …'),
  dau_moi_lien_he: doc(contactSchema.optional(), 'Đầu mối liên hệ của cuộc họp (QĐ 45/2018): họ tên, điện thoại.', 'Contact point for the meeting.'),
  loi_ket: doc(lines.optional(), 'Câu kết, ví dụ "… trân trọng kính mời đại biểu tham dự Hội nghị./."', 'Closing sentence(s).'),
  nguyen_van: doc(lines.optional(), 'Đoạn giữ nguyên văn mà lệnh nhập từ Word không xếp được vào trường nào; in ở cuối phần nội dung. Chuyển vào đúng trường rồi xóa khóa này.', 'Text an import from Word kept word for word because it fits no field; printed at the end of the body. Move it where it belongs, then remove this key.'),
  nguoi_ky: doc(signerSchema, 'Người ký (ô 7a, 7b).', 'The signer.'),
  noi_nhan: doc(z.array(text).min(1, { error: 'list.empty' }), 'Nơi nhận, mỗi dòng một nơi, kết thúc bằng "Lưu: VT." (NĐ 30, PL I-P.I-M.II-k.9).', 'Recipients, one per line, ending with "Lưu: VT.".'),
  nguoi_soan_thao: doc(text.optional(), 'Ký hiệu người soạn thảo, CHỮ IN HOA, ví dụ "PL" (ô 12).', "Drafter's initials (box 12)."),
  so_ban: doc(z.int({ error: 'type.int' }).positive().optional(), 'Số lượng bản phát hành, ví dụ 300 → "PL.(300)".', 'Number of copies.'),
  lien_he: doc(addressSchema.optional(), 'Địa chỉ, điện thoại, thư điện tử của cơ quan, in ở chân trang đầu (ô 13).', 'Agency contact block at the foot of page 1.'),
});

export type TimeSlot = z.infer<typeof timeSlotSchema>;
export type MeetingTime = z.infer<typeof timeSchema>;
export type ParagraphEntry = z.infer<typeof paragraphEntrySchema>;
export type Dash = z.infer<typeof dashSchema>;
export type Point = z.infer<typeof pointSchema>;
export type SubItem = z.infer<typeof subItemSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Part = z.infer<typeof partSchema>;
export type Agency = z.infer<typeof agencySchema>;
export type Signer = z.infer<typeof signerSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Invitation = z.infer<typeof invitationSchema>;

/** What an author may write: the model, with `kinh_moi` in its list form too (each row's copy is then checked against the model). */
function authoringSchema() {
  return invitationSchema.extend({ kinh_moi: doc(z.union([lines, listFormSchema]).optional(), ...KINH_MOI) });
}

/** The JSON Schema of the format, from zod's own output (written to schemas/ by `npm run schema`). */
export function invitationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(authoringSchema(), { target: 'draft-7', unrepresentable: 'any', reused: 'ref', override: allowFieldsInPatterns }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://giaymoi.local/schemas/giaymoi.schema.json',
    title: 'Giấy mời (NĐ 30/2020/NĐ-CP)',
    description: 'Một giấy mời viết bằng YAML. An official invitation as YAML.',
  };
}
