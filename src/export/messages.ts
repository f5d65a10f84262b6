/** What export says to the user, in Vietnamese and English (the shell picks by `giaymoi.language`). */
import { dirname } from 'node:path';
import { countEn } from '../core/plural';
import type { Localized } from '../core/problem';
import type { WriteFailure } from './atomic-write';

export const EXPORT_MESSAGES = {
  refusedErrors: (file: string, count: number): Localized => ({
    vi: `Không xuất ${file}: tệp còn ${count} lỗi theo NĐ 30/2020. Sửa các lỗi sau rồi xuất lại:`,
    en: `Not exporting ${file}: it has ${countEn(count, 'error')}. Fix these and export again:`,
  }),
  refusedConfig: (file: string): Localized => ({
    vi: `Không xuất ${file}: tệp cấu hình giaymoi.config.yaml của nó có lỗi (in ở trên), nên không biết quy tắc nào áp dụng. Sửa tệp cấu hình, hoặc chỉ tệp khác bằng --config.`,
    en: `Not exporting ${file}: its giaymoi.config.yaml has errors (printed above), so the rules that apply are unknown. Fix the configuration or name another with --config.`,
  }),
  refusedWarnings: (file: string, count: number): Localized => ({
    vi: `Không xuất ${file}: tệp còn ${count} cảnh báo (cho phép xuất bằng cài đặt giaymoi.export.allowDrafts hoặc --allow-drafts):`,
    en: `Not exporting ${file}: it has ${countEn(count, 'warning')} (allow with the giaymoi.export.allowDrafts setting or --allow-drafts):`,
  }),
  wroteInstead: (path: string, wanted: string): Localized => ({
    vi: `${wanted} đang được mở (Word?) hoặc bị khóa, nên đã ghi sang ${path}. Đóng tệp cũ nếu muốn ghi đè.`,
    en: `${wanted} is open (in Word?) or locked, so ${path} was written instead. Close it to overwrite it.`,
  }),
  /** Why a write failed, one plain sentence per cause (see WriteFailure). */
  writeFailed: (failure: WriteFailure, path: string, code: string | undefined): Localized => {
    const folder = dirname(path);
    const c = code ? ` (${code})` : '';
    const other = { vi: 'Chọn thư mục khác (cài đặt giaymoi.export.outputFolder, hoặc -o/--out-dir).', en: 'Choose another folder (setting giaymoi.export.outputFolder, or -o/--out-dir).' };
    const say = (vi: string, en: string): Localized => ({ vi, en });
    switch (failure) {
      case 'noSpace': return say(`Không ghi được ${path}${c}: ổ đĩa đã đầy. Giải phóng chỗ trống hoặc chọn ổ khác rồi xuất lại.`, `Cannot write ${path}${c}: the disk is full. Free some space or choose another drive, then export again.`);
      case 'nameTooLong': return say(`Không ghi được ${path}${c}: tên tệp hoặc đường dẫn quá dài. Đặt tên ngắn hơn hoặc chọn thư mục nông hơn.`, `Cannot write ${path}${c}: the file name or path is too long. Use a shorter name or a shallower folder.`);
      case 'permission': return say(`Không ghi được vào thư mục ${folder}${c}: không có quyền ghi. ${other.vi}`, `Cannot write in ${folder}${c}: permission denied. ${other.en}`);
      case 'readOnlyFileSystem': return say(`Không ghi được vào ${folder}${c}: ổ đĩa chỉ đọc (đĩa CD, thẻ nhớ khóa ghi, ổ mạng chỉ đọc). ${other.vi}`, `Cannot write in ${folder}${c}: the file system is read-only. ${other.en}`);
      case 'busy': return say(`Không ghi được ${path}${c}: tệp đang được mở trong Word hoặc bị khóa. Đóng tệp rồi xuất lại.`, `Cannot write ${path}${c}: the file is open in Word or locked. Close it and export again.`);
      case 'isDirectory': return say(`Không ghi được ${path}: đó là một thư mục, không phải tệp. Chọn tên tệp .docx khác.`, `Cannot write ${path}: it is a folder, not a file. Choose another .docx name.`);
      case 'readOnlyTarget': return say(`Không ghi đè ${path}: tệp chỉ đọc (được bảo vệ). Dùng --force (trong VS Code: xác nhận "Ghi đè") nếu thật sự muốn thay nó.`, `Not replacing ${path}: the file is read-only (protected). Use --force (in VS Code: confirm "Overwrite") to replace it.`);
      case 'isSource': return say(`Không ghi ${path}: đó chính là tệp nguồn của giấy mời. Chọn tên tệp .docx khác.`, `Not writing ${path}: it is the invitation's own source file. Choose another .docx name.`);
      case 'notFolder': return say(`Không ghi được vào ${folder}${c}: thư mục không tồn tại hoặc không phải thư mục. ${other.vi}`, `Cannot write in ${folder}${c}: the folder does not exist or is not a folder. ${other.en}`);
      default: return say(`Không ghi được ${path}${c}. ${other.vi}`, `Cannot write ${path}${c}. ${other.en}`);
    }
  },
  overwriteReadOnly: (path: string): Localized => ({
    vi: `${path} là tệp chỉ đọc. Ghi đè lên nó?`,
    en: `${path} is read-only. Overwrite it?`,
  }),
  progress: (done: number, total: number): Localized => ({
    vi: `Đang xuất ${done}/${total} giấy mời…`,
    en: `Exporting ${done}/${total} invitations…`,
  }),
  mergeCancelled: (): Localized => ({
    vi: 'Đã dừng xuất trộn thư: không tệp mới nào được ghi, bộ tệp trước (nếu có) vẫn nguyên vẹn.',
    en: 'Mail merge stopped: no new file was written; the previous set (if any) is untouched.',
  }),
  mergeRecordIgnored: (path: string): Localized => ({
    vi: `Bỏ qua ${path}: không phải tệp ghi chép trộn thư hợp lệ (có thể không do giaymoi tạo ra). Không tệp nào bị xóa hay thay theo nó.`,
    en: `Ignored ${path}: it is not a valid mail-merge record (perhaps not made by giaymoi). No file was removed or replaced because of it.`,
  }),
  mergeLeftUntouched: (path: string): Localized => ({
    vi: `Giữ nguyên ${path}: tệp đã khác với khi lần trộn thư trước ghi nó (hoặc không do lần đó ghi), nên không bị xóa hay thay.`,
    en: `Left ${path} as it is: it is not the file the previous mail merge wrote (changed since, or never its own), so it was not removed or replaced.`,
  }),
  mergeKeptOthers: (path: string, wanted: string): Localized => ({
    vi: `${wanted} không phải tệp do lần trộn thư này ghi (tệp của bạn hoặc của giấy mời khác) nên được giữ nguyên; bản mới được ghi vào ${path}.`,
    en: `${wanted} was not written by this mail merge (your own file, or another invitation's), so it was kept; the new copy is ${path}.`,
  }),
  mergeBusy: (folder: string, pid?: number, since?: string): Localized => {
    const who = pid === undefined ? { vi: '', en: '' } : { vi: ` (tiến trình ${pid}, từ ${since})`, en: ` (process ${pid}, since ${since})` };
    return {
      vi: `Một lần trộn thư khác đang ghi vào thư mục ${folder}${who.vi}. Chờ lần đó xong rồi xuất lại (nếu chắc không còn lần nào chạy, xóa tệp .giaymoi-merge.lock trong thư mục ấy).`,
      en: `Another mail merge is writing into ${folder}${who.en}. Wait for it to finish, then export again (if you are sure none is running, delete .giaymoi-merge.lock in that folder).`,
    };
  },
  written: (count: number): Localized => ({
    vi: count === 1 ? 'Đã xuất giấy mời.' : `Đã xuất ${count} tệp.`,
    en: count === 1 ? 'Invitation exported.' : `${count} files exported.`,
  }),
  singleInvitee: (): Localized => ({
    vi: 'kinh_moi chỉ có một người được mời: xuất một giấy mời.',
    en: 'kinh_moi lists a single invitee: exporting one invitation.',
  }),
  saveFirst: (): Localized => ({
    vi: 'Chưa có thư mục để ghi tệp xuất: lưu giấy mời vào một thư mục (hoặc mở một thư mục) rồi xuất lại.',
    en: 'There is no folder to export into: save the invitation in a folder (or open a folder), then export again.',
  }),
  unknownPatternFields: (fields: string): Localized => ({
    vi: `Mẫu tên tệp dùng cột mà danh sách không có: ${fields}.`,
    en: `The file-name pattern uses columns the list lacks: ${fields}.`,
  }),
  /** A list over the row limit; `allowMore` says how to raise it (--max-rows, or the setting). */
  mergeTooManyRows: (name: string, rows: number, max: number, allowMore: Localized): Localized => ({
    vi: `Danh sách "${name}" có ${rows.toLocaleString('vi')} khách mời, nhiều hơn giới hạn ${max.toLocaleString('vi')} bản của một lần trộn thư; không ghi gì. Chia nhỏ danh sách, hoặc cho phép nhiều hơn ${allowMore.vi}.`,
    en: `The list "${name}" has ${rows.toLocaleString('en')} invitees, more than the ${max.toLocaleString('en')} copies one mail merge makes; nothing was written. Split the list, or allow more ${allowMore.en}.`,
  }),
  /** How to raise the row limit on the CLI, and in the editor. */
  maxRowsOption: (rows: number): Localized => ({ vi: `bằng --max-rows ${rows}`, en: `with --max-rows ${rows}` }),
  maxRowsSetting: (rows: number): Localized => ({ vi: `bằng cài đặt giaymoi.export.maxMergeRows (${rows})`, en: `with the giaymoi.export.maxMergeRows setting (${rows})` }),
  /** What a big merge will do, from its first copies; `stop` says how to stop it (Ctrl+C, or Cancel). */
  mergeEstimate: (files: number, megabytes: number, seconds: number, stop: Localized): Localized => ({
    vi: `Sẽ ghi ${files.toLocaleString('vi')} tệp, khoảng ${megabytes.toLocaleString('vi')} MB, mất chừng ${durationVi(seconds)} (ước tính từ các bản đầu). ${stop.vi}`,
    en: `Writing ${files.toLocaleString('en')} files, about ${megabytes.toLocaleString('en')} MB, in about ${durationEn(seconds)} (estimated from the first copies). ${stop.en}`,
  }),
  stopWithCtrlC: (): Localized => ({ vi: 'Nhấn Ctrl+C để dừng: không để lại tệp dở.', en: 'Press Ctrl+C to stop: nothing half-written is left.' }),
  stopWithCancel: (): Localized => ({ vi: 'Nhấn Hủy để dừng: không để lại tệp dở.', en: 'Press Cancel to stop: nothing half-written is left.' }),
} as const;

function durationVi(seconds: number): string {
  return seconds < 120 ? `${seconds} giây` : `${Math.round(seconds / 60)} phút`;
}

function durationEn(seconds: number): string {
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}
