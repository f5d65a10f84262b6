/**
 * The invitation model: one zod schema is the single definition of the format.
 * Types, validation, the JSON Schema under schemas/ and the texts of hover and
 * completion all come from here. Keys are Decree 30's terms in ASCII snake_case.
 */
import * as z from 'zod';
import { allowFieldsInPatterns, listFormSchema } from './list-form';
import { say } from '../messages';
import type { Localized } from '../model/problem';

/** Attaches the bilingual description every field carries (Vietnamese first; the words are in the message tables, `schema.*`). */
function doc<T extends z.ZodType>(schema: T, description: Localized, extra: Record<string, unknown> = {}): T {
  return schema.meta({ description: description.vi, 'x-description-en': description.en, ...extra });
}

/** Error messages are keys of the message tables (core/messages, `parse.*`), so they can be said in both languages. */
const text = z.string({ error: 'type.text' }).min(1, { error: 'text.empty' });
const lines = z.union([text, z.array(text).min(1, { error: 'list.empty' })], { error: 'type.textOrList' });

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const MONTH_PATTERN = /^\d{4}-\d{2}$/;
export const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}$/;
export const TIME_PATTERN = /^\d{1,2}:\d{2}$/;

const isoDateOrMonth = z
  .string({ error: 'type.date' })
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: 'format.dateOrMonth' });
const dateTime = z.string({ error: 'type.datetime' }).regex(DATETIME_PATTERN, { error: 'format.datetime' });
const dateTimeOrTime = z
  .string({ error: 'type.datetime' })
  .regex(/^(\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}$/, { error: 'format.datetimeOrTime' });

export const timeSlotSchema = z
  .strictObject({
    bat_dau: doc(dateTime, say('schema.bat_dau')),
    ket_thuc: doc(dateTimeOrTime.optional(), say('schema.ket_thuc')),
    ghi_chu: doc(text.optional(), say('schema.ghi_chu')),
    nguyen_van: doc(text.optional(), say('schema.slotWording')),
  })
  .meta({ id: 'timeSlot' });

export const timeSchema = doc(
  z.union([text, timeSlotSchema, z.array(timeSlotSchema).min(1, { error: 'list.empty' })], { error: 'type.time' }),
  say('schema.time'),
);

/** `{ doan: … }` as an entry of any list of numbered or dashed entries: a paragraph printed in place, taking no number. */
export const paragraphEntrySchema = z
  .strictObject({
    doan: doc(lines, say('schema.doan')),
  })
  .meta({ id: 'paragraph' });

const paragraphs = doc(lines.optional(), say('schema.paragraphs'));

/** Entries of a numbered or dashed list: the item itself, or a `{ doan }` paragraph. */
const listOf = <T extends z.ZodType>(entry: T, description: Localized) =>
  doc(z.array(entry).min(1, { error: 'list.empty' }).optional(), description);

export const dashSchema = z
  .union(
    [
      text,
      z.strictObject({
        noi_dung: doc(text, say('schema.noi_dung')),
        cong: doc(z.array(text).min(1, { error: 'list.empty' }).optional(), say('schema.cong')),
      }),
      paragraphEntrySchema,
    ],
    { error: 'type.dash' },
  )
  .meta({ id: 'dashLine' });

const bullets = listOf(dashSchema, say('schema.bullets'));

export const pointSchema = z
  .union(
    [
      text,
      z.strictObject({
        noi_dung: doc(text, say('schema.point.noi_dung')),
        doan: paragraphs,
        gach_dau_dong: bullets,
      }),
      paragraphEntrySchema,
    ],
    { error: 'type.point' },
  )
  .meta({ id: 'point' });

const points = listOf(pointSchema, say('schema.points'));

export const subItemSchema = z
  .union(
    [
      text,
      z.strictObject({
        noi_dung: doc(text, say('schema.subItem.noi_dung')),
        doan: paragraphs,
        diem: points,
        gach_dau_dong: bullets,
      }),
      paragraphEntrySchema,
    ],
    { error: 'type.subItem' },
  )
  .meta({ id: 'subItem' });

/** The keys a part and a section share: a heading and what goes under it, in printing order. */
const headedFields = {
  noi_dung: doc(lines.optional(), say('schema.headed.noi_dung')),
  thoi_gian: timeSchema.optional(),
  doan: paragraphs,
} as const;

export const sectionSchema = z
  .strictObject({
    tieu_de: doc(text, say('schema.tieu_de')),
    ...headedFields,
    muc: listOf(subItemSchema, say('schema.muc')),
    diem: points,
    gach_dau_dong: bullets,
  })
  .meta({ id: 'section' });

const sectionEntry = z.union([sectionSchema, paragraphEntrySchema], { error: 'type.section' });

export const partSchema = z
  .strictObject({
    tieu_de: doc(text, say('schema.part.tieu_de')),
    ...headedFields,
    muc: listOf(sectionEntry, say('schema.part.muc')),
    diem: points,
    gach_dau_dong: bullets,
  })
  .meta({ id: 'part' });

export const agencySchema = z.strictObject({
  ten: doc(lines, say('schema.ten')),
  viet_tat: doc(text, say('schema.viet_tat')),
  ten_goi: doc(text.optional(), say('schema.ten_goi')),
  chu_quan: doc(lines.optional(), say('schema.chu_quan')),
});

export const signerSchema = z.strictObject({
  thay_mat: doc(text.optional(), say('schema.thay_mat')),
  quyen_han: doc(
    z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q'], { error: 'enum.quyenHan' }).optional(),
    say('schema.quyen_han'),
  ),
  chuc_vu_thay: doc(text.optional(), say('schema.chuc_vu_thay')),
  chuc_vu: doc(text.optional(), say('schema.chuc_vu')),
  cho_ky: doc(text.optional(), say('schema.cho_ky')),
  ho_ten: doc(text.optional(), say('schema.ho_ten')),
  chu_ky_so: doc(
    z
      .strictObject({
        anh: doc(text.optional(), say('schema.chu_ky_so.anh')),
        dau: doc(text.optional(), say('schema.chu_ky_so.dau')),
      })
      .optional(),
    say('schema.chu_ky_so'),
  ),
});

export const contactSchema = z.union(
  [
    text,
    z.strictObject({
      ho_ten: doc(text, say('schema.contact.ho_ten')),
      chuc_vu: doc(text.optional(), say('schema.contact.chuc_vu')),
      dien_thoai: doc(text.optional(), say('schema.dien_thoai')),
      email: doc(text.optional(), say('schema.email')),
    }),
  ],
  { error: 'type.contact' },
);

export const addressSchema = z.strictObject({
  dia_chi: doc(text.optional(), say('schema.dia_chi')),
  dien_thoai: doc(text.optional(), say('schema.address.dien_thoai')),
  fax: doc(text.optional(), say('schema.fax')),
  email: doc(text.optional(), say('schema.email')),
  website: doc(text.optional(), say('schema.website')),
});

export const invitationSchema = z.strictObject({
  co_quan: doc(agencySchema, say('schema.co_quan')),
  so: doc(
    z.union([z.int().positive(), z.string().regex(/^\d+$/), z.null()], { error: 'type.so' }).optional(),
    say('schema.so'),
  ),
  ky_hieu: doc(text.optional(), say('schema.ky_hieu')),
  dia_danh: doc(text, say('schema.dia_danh')),
  ngay: doc(isoDateOrMonth.optional(), say('schema.ngay')),
  do_khan: doc(z.enum(['hoa_toc', 'thuong_khan', 'khan'], { error: 'enum.doKhan' }).optional(), say('schema.do_khan')),
  do_mat: doc(z.enum(['mat', 'toi_mat', 'tuyet_mat'], { error: 'enum.doMat' }).optional(), say('schema.do_mat')),
  pham_vi_luu_hanh: doc(
    z.enum(['xem_xong_tra_lai', 'luu_hanh_noi_bo'], { error: 'enum.phamVi' }).optional(),
    say('schema.pham_vi_luu_hanh'),
  ),
  ten_loai: doc(
    z.union([z.enum(['giay_moi', 'thong_bao', 'cong_dien']), text], { error: 'type.tenLoai' }).optional(),
    say('schema.ten_loai'),
  ),
  trich_yeu: doc(lines, say('schema.trich_yeu')),
  mo_dau: doc(lines.optional(), say('schema.mo_dau')),
  kinh_moi: doc(lines.optional(), say('schema.kinh_moi')),
  loi_moi: doc(text.optional(), say('schema.loi_moi')),
  toi_du: doc(text.optional(), say('schema.toi_du')),
  chu_tri: doc(text.optional(), say('schema.chu_tri')),
  thoi_gian: timeSchema.optional(),
  dia_diem: doc(text.optional(), say('schema.dia_diem')),
  phan: listOf(z.union([partSchema, paragraphEntrySchema], { error: 'type.part' }), say('schema.phan')),
  muc: listOf(sectionEntry, say('schema.invitation.muc')),
  gach_dau_dong: listOf(dashSchema, say('schema.invitation.gach_dau_dong')),
  dau_moi_lien_he: doc(contactSchema.optional(), say('schema.dau_moi_lien_he')),
  loi_ket: doc(lines.optional(), say('schema.loi_ket')),
  nguyen_van: doc(lines.optional(), say('schema.nguyen_van')),
  // Printed as written above the header and after the foot: outside the decree's model (GM056).
  nguyen_van_dau: doc(lines.optional(), say('schema.nguyen_van_dau')),
  nguyen_van_cuoi: doc(lines.optional(), say('schema.nguyen_van_cuoi')),
  nguoi_ky: doc(signerSchema, say('schema.nguoi_ky')),
  noi_nhan: doc(z.array(text).min(1, { error: 'list.empty' }), say('schema.noi_nhan')),
  nguoi_soan_thao: doc(text.optional(), say('schema.nguoi_soan_thao')),
  so_ban: doc(z.int({ error: 'type.int' }).positive().optional(), say('schema.so_ban')),
  lien_he: doc(addressSchema.optional(), say('schema.lien_he')),
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
  return invitationSchema.extend({
    kinh_moi: doc(z.union([lines, listFormSchema]).optional(), say('schema.kinh_moi')),
  });
}

/** The JSON Schema of the format, from zod's own output (written to schemas/ by `npm run schema`). */
export function invitationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(authoringSchema(), {
    target: 'draft-7',
    unrepresentable: 'any',
    reused: 'ref',
    override: allowFieldsInPatterns,
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://giaymoi.local/schemas/giaymoi.schema.json',
    title: say('schema.title').vi,
    description: `${say('schema.description').vi} ${say('schema.description').en}`,
  };
}
