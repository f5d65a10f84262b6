/** Bilingual texts of the mail-merge problems (GM045–GM049). */
import type { Localized } from '../problem';

const say = (vi: string, en: string): Localized => ({ vi, en });

export const MERGE_MESSAGES = {
  listNameMissing: () => say('`kinh_moi.danh_sach` cần tên tệp danh sách khách mời (.csv, .xlsx) cạnh giấy mời.', '`kinh_moi.danh_sach` needs the name of the invitee list (.csv, .xlsx) beside the invitation.'),
  lineMissing: () => say('`kinh_moi.dong` cần dòng người được mời viết bằng các cột của danh sách, ví dụ "Ông/Bà {{Họ và tên}}, {{Chức vụ}} {{Đơn vị}}".', '`kinh_moi.dong` needs the invitee line written with the list\'s columns, e.g. "Ông/Bà {{Họ và tên}}, {{Chức vụ}} {{Đơn vị}}".'),
  unknownListKey: (key: string) => say(`\`kinh_moi\` dạng danh sách chỉ có \`danh_sach\` và \`dong\`, không có \`${key}\`.`, `The list form of \`kinh_moi\` has only \`danh_sach\` and \`dong\`, not \`${key}\`.`),
  unknownColumn: (name: string, list: string, columns: string) => say(`Danh sách ${list} không có cột "${name}". Các cột: ${columns}.`, `The list ${list} has no column "${name}". Its columns: ${columns}.`),
  renameColumn: (name: string) => say(`Đổi thành {{${name}}}`, `Change to {{${name}}}`),
  emptyCell: (name: string, rows: Localized) => say(`Cột "${name}" để trống ở ${rows.vi}: bản giấy mời của những người này sẽ thiếu chữ ở đây.`, `Column "${name}" is empty for ${rows.en}: those copies will miss this text.`),
  emptyCellHere: (name: string) => say(`Ô trống nhưng giấy mời dùng cột "${name}".`, `Empty cell, but the invitation uses column "${name}".`),
  duplicateRows: (rows: string) => say(`Danh sách có hàng trùng nhau (${rows}): người đó sẽ nhận hai bản giống hệt.`, `The list repeats rows (${rows}): that invitee would get two identical copies.`),
  duplicateHere: (first: number) => say(`Hàng này trùng với khách mời số ${first}.`, `This row repeats invitee ${first}.`),
  duplicateColumn: (list: string, name: string, first: string, second: string) => say(`Danh sách "${list}" có hai cột cùng tên "${name}" (${first} và ${second}): không biết lấy cột nào. Hãy đổi tên một trong hai cột.`, `The list "${list}" has two columns named "${name}" (${first} and ${second}): which one to use is unclear. Rename one of them.`),
  duplicateColumnHere: (first: string) => say(`Cột này trùng tên với cột ở ${first}.`, `This column has the same name as the one at ${first}.`),
  tooManyRows: (name: string, rows: number, max: number) => say(`Danh sách "${name}" có ${rows.toLocaleString('vi')} khách mời, nhiều hơn ${max.toLocaleString('vi')}: một danh sách khách mời không dài như vậy, nên không kiểm tra từng bản. Hãy chia nhỏ danh sách.`, `The list "${name}" has ${rows.toLocaleString('en')} invitees, more than ${max.toLocaleString('en')}: no invitee list is that long, so its copies are not checked. Split the list.`),
  listMissing: (name: string) => say(`Không tìm thấy tệp danh sách "${name}" cạnh giấy mời.`, `The list file "${name}" was not found beside the invitation.`),
  listUnreadable: (name: string, detail: string) => say(`Không đọc được tệp danh sách "${name}": ${detail}`, `Cannot read the list file "${name}": ${detail}`),
  listFormat: (name: string) => say(`"${name}" không phải danh sách .csv hoặc .xlsx.`, `"${name}" is not a .csv or .xlsx list.`),
  listEmpty: (name: string) => say(`Danh sách "${name}" không có hàng tiêu đề (tên các cột) hoặc không có khách mời nào dưới đó.`, `The list "${name}" has no header row (the column names) or no invitee under it.`),
  listLegacy: (name: string, encoding: string) => say(`Danh sách "${name}" được gõ bằng bảng mã cũ ${encoding}; giaymoi đã đọc và chuyển sang Unicode. Hãy lưu lại danh sách dạng CSV UTF-8 (Unicode) để mọi chương trình đọc đúng.`, `The list "${name}" is in the legacy ${encoding} encoding; giaymoi read it converted to Unicode. Save it again as CSV UTF-8 (Unicode) so every program reads it right.`),
  rowProblem: (rows: Localized, text: Localized) => say(`Bản của ${rows.vi}: ${text.vi}`, `The copy for ${rows.en}: ${text.en}`),
  rowsLabel: (ordinals: readonly number[]) => {
    const shown = ordinals.slice(0, 5).join(', ') + (ordinals.length > 5 ? ', …' : '');
    return say(`khách mời số ${shown}`, `${ordinals.length > 1 ? 'invitees' : 'invitee'} ${shown}`);
  },
  rowHere: (text: Localized) => say(`Bản giấy mời của hàng này: ${text.vi}`, `This row's copy: ${text.en}`),
  flowMapping: () => say('Giá trị bắt đầu bằng "{{" bị YAML hiểu thành một ánh xạ: đặt cả câu trong dấu ngoặc kép "…".', 'A value starting with "{{" reads as a YAML mapping: put the whole text in double quotes "…".'),
};
