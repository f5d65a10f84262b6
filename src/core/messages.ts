/**
 * Bilingual texts of the parser's and the schema's problems. Rule messages live
 * beside their rules; every message exists in Vietnamese and English.
 */
import type { Localized } from './problem';

type Params = Record<string, string | number | Localized>;
type Template = (p: Params) => Localized;

const t = (vi: string, en: string): Template => (p) => ({ vi: fill(vi, p, 'vi'), en: fill(en, p, 'en') });

function fill(template: string, params: Params, language: keyof Localized): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name] ?? '';
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/** Messages keyed by the `error` keys given in schema.ts and by the parser's own cases. */
export const MESSAGES = {
  'type.text': t('`{field}` phải là một đoạn chữ.', '`{field}` must be text.'),
  'type.textOrList': t('`{field}` phải là một đoạn chữ hoặc một danh sách các dòng chữ.', '`{field}` must be text or a list of lines.'),
  'type.date': t('`{field}` phải là một ngày dạng YYYY-MM-DD.', '`{field}` must be a date, YYYY-MM-DD.'),
  'type.datetime': t('`{field}` phải là ngày giờ dạng `YYYY-MM-DD HH:MM`, ví dụ `2024-05-17 14:00`.', '`{field}` must be a date and time, `YYYY-MM-DD HH:MM`.'),
  'type.time': t('`{field}` phải là một khung giờ `{ bat_dau: YYYY-MM-DD HH:MM }`, một danh sách khung giờ, hoặc một câu.', '`{field}` must be a slot `{ bat_dau: YYYY-MM-DD HH:MM }`, a list of slots, or text.'),
  'type.subItem': t('Mục con phải là một câu, `{ noi_dung, diem, gach_dau_dong }`, hoặc `{ doan }` cho một đoạn không đánh số.', 'A sub-item must be text, `{ noi_dung, diem, gach_dau_dong }`, or `{ doan }` for an unnumbered paragraph.'),
  'type.point': t('Điểm phải là một câu, `{ noi_dung, gach_dau_dong }`, hoặc `{ doan }` cho một đoạn không đánh chữ.', 'A point must be text, `{ noi_dung, gach_dau_dong }`, or `{ doan }` for an unlettered paragraph.'),
  'type.dash': t('Dòng gạch đầu dòng phải là một câu, `{ noi_dung, cong }` (các dòng "+ "), hoặc `{ doan }`.', 'A dash line must be text, `{ noi_dung, cong }` (the "+ " lines), or `{ doan }`.'),
  'type.section': t('Mỗi mục là `{ tieu_de, … }`, hoặc `{ doan }` cho một đoạn không đánh số.', 'Each section is `{ tieu_de, … }`, or `{ doan }` for an unnumbered paragraph.'),
  'type.part': t('Mỗi phần là `{ tieu_de, … }`, hoặc `{ doan }` cho một đoạn không đánh số.', 'Each part is `{ tieu_de, … }`, or `{ doan }` for an unnumbered paragraph.'),
  'type.contact': t('`{field}` phải là một câu, hoặc `{ ho_ten, chuc_vu, dien_thoai, email }`.', '`{field}` must be text or `{ ho_ten, chuc_vu, dien_thoai, email }`.'),
  'type.so': t('Số văn bản phải là một số nguyên dương, hoặc để trống khi chưa vào sổ.', 'The number must be a positive whole number, or empty until registered.'),
  'type.int': t('`{field}` phải là một số nguyên dương.', '`{field}` must be a positive whole number.'),
  'type.object': t('`{field}` phải gồm các trường con (dạng `khóa: giá trị`).', '`{field}` must be a mapping of fields (`key: value`).'),
  'type.list': t('`{field}` phải là một danh sách (mỗi dòng bắt đầu bằng "- ").', '`{field}` must be a list (lines starting with "- ").'),
  'type.other': t('Giá trị của `{field}` không đúng kiểu.', '`{field}` has the wrong type.'),
  'text.empty': t('`{field}` không được để trống.', '`{field}` must not be empty.'),
  'list.empty': t('Danh sách `{field}` cần ít nhất một dòng.', 'The list `{field}` needs at least one entry.'),
  'format.dateOrMonth': t('Ngày phải viết dạng `YYYY-MM-DD` (ví dụ `2024-05-14`), hoặc `YYYY-MM` khi chưa biết ngày ký.', 'Write the date as `YYYY-MM-DD`, or `YYYY-MM` while the day is unknown.'),
  'format.datetime': t('Ngày giờ phải viết dạng `YYYY-MM-DD HH:MM`, ví dụ `2024-05-17 14:00`.', 'Write date and time as `YYYY-MM-DD HH:MM`, e.g. `2024-05-17 14:00`.'),
  'format.datetimeOrTime': t('Giờ kết thúc viết dạng `HH:MM` (cùng ngày) hoặc `YYYY-MM-DD HH:MM`.', 'Write the end as `HH:MM` (same day) or `YYYY-MM-DD HH:MM`.'),
  'enum.quyenHan': t('`quyen_han` chỉ nhận một trong: {values}.', '`quyen_han` takes one of: {values}.'),
  'enum.doKhan': t('`do_khan` chỉ nhận một trong: {values}.', '`do_khan` takes one of: {values}.'),
  'enum.doMat': t('`do_mat` chỉ nhận một trong: {values}.', '`do_mat` takes one of: {values}.'),
  'enum.phamVi': t('`pham_vi_luu_hanh` chỉ nhận một trong: {values}.', '`pham_vi_luu_hanh` takes one of: {values}.'),
  'field.missing': t('Thiếu trường bắt buộc `{field}`: {description}', 'Required field `{field}` is missing: {description}'),
  'field.unknown': t('Trường `{field}` không có trong định dạng giấy mời.', 'There is no field `{field}` in the invitation format.'),
  'field.unknownMore': t('Còn {count} trường lạ khác trong {field} không được liệt kê; một giấy mời chỉ có vài chục trường: tệp này có đúng là giấy mời?', '{count} more unknown fields in {field} are not listed; an invitation has a few dozen fields: is this file an invitation?'),
  'field.unknownSuggest': t('Trường `{field}` không có trong định dạng giấy mời. Có phải là `{suggestion}`?', 'There is no field `{field}` in the format. Did you mean `{suggestion}`?'),
  'field.rename': t('Đổi thành `{suggestion}`', 'Rename to `{suggestion}`'),
  'yaml.syntax': t('Lỗi cú pháp YAML: {detail}', 'YAML syntax error: {detail}'),
  'yaml.colonInText': t('Câu có dấu hai chấm (": " hoặc ":" ở cuối) bị YAML hiểu thành một khóa: đặt cả câu trong dấu ngoặc kép "…".', 'Text with a colon (": " or a final ":") reads as a YAML key: put the whole text in double quotes "…".'),
  'yaml.quote': t('Đặt trong dấu ngoặc kép', 'Put in double quotes'),
  'yaml.duplicateKey': t('Khóa `{field}` bị lặp lại; giữ một và xóa các khóa còn lại.', 'The key `{field}` appears twice; keep one.'),
  'yaml.aliases': t('Tệp dùng quá nhiều bí danh YAML (alias `*…`); hãy viết thẳng nội dung.', 'Too many YAML aliases (`*…`); write the content out.'),
  'yaml.tooLarge': t('Tệp quá lớn ({size} ký tự, tối đa {max}); một giấy mời chỉ vài trang.', 'The file is too large ({size} characters, at most {max}).'),
  'yaml.notMapping': t('Giấy mời phải là các cặp `khóa: giá trị` ở cấp ngoài cùng, bắt đầu bằng `co_quan:`.', 'An invitation is a mapping of `key: value` pairs, starting with `co_quan:`.'),
  'yaml.empty': t('Tệp đang trống: gõ "giaymoi" rồi chọn đoạn mẫu để có một giấy mời đầy đủ.', 'The file is empty: type "giaymoi" and pick the snippet for a full invitation.'),
} satisfies Record<string, Template>;

/** Builds a localized message; unknown keys fall back to a generic type error. */
export function message(key: string, params: Params = {}): Localized {
  const template = (MESSAGES as Record<string, Template>)[key] ?? MESSAGES['type.other'];
  return template(params);
}
