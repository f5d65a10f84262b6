/** The editor features' own words (completion, hover, outline, status bar, quick fixes), in both languages. */
import type { Language, Localized } from '../problem';

const l = (vi: string, en: string): Localized => ({ vi, en });

/** Every UI text of the authoring features, Vietnamese first. */
export const UI = {
  required: l('bắt buộc', 'required'),
  optional: l('không bắt buộc', 'optional'),
  legalSource: l('Căn cứ', 'Legal source'),
  printsAs: l('In ra', 'Prints as'),
  dateLine: l('Dòng địa danh, ngày tháng', 'Place-and-date line'),
  weekdayInText: l('Thứ trong tuần (viết trong câu)', 'Weekday (as written in text)'),
  notARealDate: l('Ngày này không có thật trên lịch.', 'This date does not exist.'),
  draftDay: l('Bản nháp: chưa có ngày ký, để trống cho văn thư điền.', 'Draft: the day of signing is left blank for the clerk.'),
  commonValue: l('giá trị thường dùng', 'common value'),
  fromWorkspace: l('dùng trong các giấy mời khác', 'used in other invitations'),
  fixAllOfKind: l('Sửa tất cả lỗi {code} trong tệp', 'Fix all {code} problems in the file'),
  fixAllSafe: l('Sửa mọi lỗi sửa được tự động', 'Fix everything that can be fixed automatically'),
  statusErrors: l('Giấy mời: {count} lỗi', 'Invitation: {count} error{s}'),
  statusDraft: l('Giấy mời: bản nháp', 'Invitation: draft'),
  statusReady: l('Giấy mời: sẵn sàng xuất', 'Invitation: ready to export'),
  statusErrorsTip: l('Còn lỗi thể thức: sửa theo các dòng gạch đỏ (Ctrl+Shift+M). Nhấp để xem trước.', 'Formatting errors remain: see the red squiggles (Ctrl+Shift+M). Click to preview.'),
  statusDraftTip: l('Bản nháp: chưa có số hoặc chưa có ngày ký; vẫn xuất được. Nhấp để xem trước.', 'Draft: no number or day of signing yet; it can still be exported. Click to preview.'),
  statusReadyTip: l('Không còn lỗi: sẵn sàng xuất DOCX. Nhấp để xem trước.', 'No errors: ready to export DOCX. Click to preview.'),
  warnings: l('{count} cảnh báo', '{count} warning{s}'),
  outlineAgency: l('Cơ quan', 'Agency'),
  outlineNumberDate: l('Số, ngày', 'Number, date'),
  outlineSubject: l('Trích yếu', 'Subject'),
  outlineOpening: l('Mở đầu', 'Opening'),
  outlineInvitees: l('Kính mời', 'Invitees'),
  outlineInvitation: l('Lời mời', 'Invitation line'),
  outlineMeeting: l('Tới dự', 'Meeting'),
  outlineChair: l('Chủ trì', 'Chair'),
  outlineTime: l('Thời gian', 'Time'),
  outlinePlace: l('Địa điểm', 'Venue'),
  outlineContact: l('Đầu mối liên hệ', 'Contact point'),
  outlineClosing: l('Lời kết', 'Closing'),
  outlineVerbatim: l('Nguyên văn (từ Word)', 'Verbatim (from Word)'),
  outlineSignature: l('Người ký', 'Signature'),
  outlineRecipients: l('Nơi nhận', 'Recipients'),
  outlineSections: l('Các mục', 'Sections'),
  importFailed: l('Không nhập được "{file}": {detail}.', 'Could not import "{file}": {detail}.'),
  importOpenLabel: l('Nhập giấy mời', 'Import invitation'),
  importDocNeedsDesktop: l('tệp .doc cần LibreOffice trên máy; ở đây hãy lưu tệp thành .docx rồi nhập', 'a .doc file needs LibreOffice on the machine; here, save it as .docx and import that'),
  importDone: l('Đã nhập "{file}": {words} từ, {share}% vào đúng trường; {notes} ghi chú cần xem lại.', 'Imported "{file}": {words} words, {share}% in fields; {notes} notes to review.'),
  newInvitationFailed: l('Không mở được mẫu giấy mời: {detail}', 'Could not open the invitation template: {detail}'),
} as const;

/** One UI text in the user's language, with `{name}` filled in; `{s}` is the English plural ending of `{count}`. */
export function ui(text: Localized, language: Language, params: Record<string, string | number> = {}): string {
  const s = params.count === 1 ? '' : 's';
  return text[language].replace(/\{(\w+)\}/g, (_, name: string) => (name === 's' ? s : String(params[name] ?? '')));
}
