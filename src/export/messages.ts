/** What export says to the user, in Vietnamese and English (the shell picks by `giaymoi.language`). */
import type { Localized } from '../core/problem';

export const EXPORT_MESSAGES = {
  refusedErrors: (file: string, count: number): Localized => ({
    vi: `Không xuất ${file}: tệp còn ${count} lỗi theo NĐ 30/2020. Sửa các lỗi sau rồi xuất lại:`,
    en: `Not exporting ${file}: it has ${count} error(s). Fix these and export again:`,
  }),
  refusedWarnings: (file: string, count: number): Localized => ({
    vi: `Không xuất ${file}: tệp còn ${count} cảnh báo (cho phép xuất bằng cài đặt giaymoi.export.allowDrafts hoặc --allow-drafts):`,
    en: `Not exporting ${file}: it has ${count} warning(s) (allow with the giaymoi.export.allowDrafts setting or --allow-drafts):`,
  }),
  wroteInstead: (path: string, wanted: string): Localized => ({
    vi: `${wanted} đang được mở (Word?) hoặc bị khóa, nên đã ghi sang ${path}. Đóng tệp cũ nếu muốn ghi đè.`,
    en: `${wanted} is open (in Word?) or locked, so ${path} was written instead. Close it to overwrite it.`,
  }),
  folderNotWritable: (folder: string, code: string): Localized => ({
    vi: `Không ghi được vào thư mục ${folder} (${code}): thư mục chỉ đọc hoặc không có quyền ghi. Chọn thư mục khác (cài đặt giaymoi.export.outputFolder, hoặc -o/--out-dir).`,
    en: `Cannot write in ${folder} (${code}): the folder is read-only or not writable. Choose another folder (setting giaymoi.export.outputFolder, or -o/--out-dir).`,
  }),
  targetBusy: (path: string, code: string): Localized => ({
    vi: `Không ghi được ${path} (${code}): tệp đang được mở trong Word hoặc bị khóa. Đóng tệp rồi xuất lại.`,
    en: `Cannot write ${path} (${code}): the file is open in Word or locked. Close it and export again.`,
  }),
  written: (count: number): Localized => ({
    vi: count === 1 ? 'Đã xuất giấy mời.' : `Đã xuất ${count} tệp.`,
    en: count === 1 ? 'Invitation exported.' : `${count} files exported.`,
  }),
  singleInvitee: (): Localized => ({
    vi: 'kinh_moi chỉ có một người được mời: xuất một giấy mời.',
    en: 'kinh_moi lists a single invitee: exporting one invitation.',
  }),
  unknownPatternFields: (fields: string): Localized => ({
    vi: `Mẫu tên tệp dùng cột mà danh sách không có: ${fields}.`,
    en: `The file-name pattern uses columns the list lacks: ${fields}.`,
  }),
} as const;
