/** The codes of the mail merge from an invitee list (GM045–GM049), each defined with its reference entry; core/merge reports them. */
import type { NamesOf } from '../../problem';
import { both, defineCodes } from '../define';

const LIST = 'Trộn thư từ danh sách khách mời (README, "Trộn thư từ danh sách khách mời"); NĐ 30/2020, PL III Mẫu 1.7';

const CODES = {
  unknownColumn: 'GM045',
  emptyCell: 'GM046',
  duplicateRow: 'GM047',
  listUnreadable: 'GM048',
  fieldReadAsMapping: 'GM049',
} as const;
declare module '../../problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

export const MERGE_CODE_GROUP = defineCodes({
  codes: CODES,
  docs: {
    unknownColumn: {
      severity: 'error', locator: LIST,
      title: both('Trường `{{…}}` không có cột nào trong danh sách', 'A `{{…}}` field names no column of the list'),
      checks: both('Mỗi `{{Tên cột}}` trong giấy mời là tên một cột ở hàng tiêu đề của danh sách (không phân biệt hoa thường, khoảng trắng).', 'Each `{{Column}}` names a column of the list\'s header row.'),
      why: both('Một trường không có cột thì mọi bản in ra chữ trống hoặc sai; sửa nhanh đổi sang tên cột gần nhất.', 'A field without a column prints nothing or the wrong thing in every copy.'),
      wrong: 'dong: "Ông/Bà {{Ho va ten}}"', right: 'dong: "Ông/Bà {{Họ và tên}}"',
    },
    emptyCell: {
      severity: 'warning', locator: LIST,
      title: both('Ô trống mà giấy mời cần', 'An empty cell a used field needs'),
      checks: both('Ô của các cột được dùng trong giấy mời có giá trị ở mọi hàng.', 'The cells of the columns the invitation uses are filled in every row.'),
      why: both('Bản của hàng đó sẽ thiếu chữ ("Ông/Bà , Giám đốc").', 'That row\'s copy would miss words.'),
      wrong: 'STT,Họ và tên,Chức vụ\n3,Lê Hữu Cường,', right: 'STT,Họ và tên,Chức vụ\n3,Lê Hữu Cường,Chánh Văn phòng',
    },
    duplicateRow: {
      severity: 'warning', locator: LIST,
      title: both('Hàng trùng nhau trong danh sách', 'Repeated rows in the list'),
      checks: both('Không có hai hàng giống hệt nhau từng ô.', 'No two rows are equal cell for cell.'),
      why: both('Một người được mời nhận hai bản; thường là dán thừa.', 'One invitee would get two copies; usually a paste slip.'),
      wrong: '1,Nguyễn Văn An,Giám đốc\n1,Nguyễn Văn An,Giám đốc', right: '1,Nguyễn Văn An,Giám đốc',
    },
    listUnreadable: {
      severity: 'error', structural: true, locator: LIST,
      title: both('Không đọc được danh sách khách mời', 'The invitee list cannot be read'),
      checks: both('Tệp ghi ở `kinh_moi.danh_sach` có cạnh giấy mời và đọc được (.csv, .xlsx).', 'The file named in `kinh_moi.danh_sach` exists beside the invitation and can be read.'),
      why: both('Không có danh sách thì không có bản nào để xem trước hay xuất.', 'Without the list there is no copy to preview or export.'),
      wrong: 'kinh_moi: { danh_sach: khach-moi.xls, dong: "{{Họ và tên}}" }', right: 'kinh_moi: { danh_sach: khach-moi.xlsx, dong: "{{Họ và tên}}" }',
    },
    fieldReadAsMapping: {
      severity: 'error', structural: true, locator: LIST,
      title: both('Giá trị bắt đầu bằng `{{` phải đặt trong ngoặc kép', 'A value starting with `{{` needs quotes'),
      checks: both('Giá trị YAML bắt đầu bằng `{{` được đặt trong ngoặc kép.', 'A YAML value that starts with `{{` is quoted.'),
      why: both('YAML đọc `{` là mở một ánh xạ, nên trường bị đọc sai; sửa nhanh thêm ngoặc kép.', 'YAML reads `{` as a mapping, so the field is misread.'),
      wrong: 'ghi_chu: {{Phiên}}', right: 'ghi_chu: "{{Phiên}}"',
    },
  },
});

/** The codes by name. */
export const MERGE_CODES = CODES;
