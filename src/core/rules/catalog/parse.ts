/** The codes of problems found while reading a file, YAML and schema (GM001–GM006), each defined with its reference entry; parse.ts reports them. */
import type { NamesOf } from '../../problem';
import { both, defineCodes } from '../define';

const READING = 'giaymoi: định dạng tệp (src/core/schema.ts) · file format';

const CODES = {
  syntax: 'GM001',
  duplicateKey: 'GM002',
  unknownKey: 'GM003',
  missing: 'GM004',
  type: 'GM005',
  limit: 'GM006',
} as const;
declare module '../../problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

export const PARSE_CODE_GROUP = defineCodes({
  codes: CODES,
  docs: {
    syntax: {
      severity: 'error', structural: true, locator: READING,
      title: both('Lỗi cú pháp YAML', 'YAML syntax error'),
      checks: both('Tệp phải là YAML đọc được: thụt lề đều, dấu ngoặc đóng đủ, câu có ": " đặt trong ngoặc kép.', 'The file must be readable YAML: even indentation, closed brackets, text with ": " quoted.'),
      why: both('Không đọc được tệp thì không thể kiểm tra, xem trước hay xuất giấy mời.', 'A file that cannot be read cannot be checked, previewed or exported.'),
      wrong: 'noi_nhan:\n  - Lưu: VT.', right: 'noi_nhan:\n  - "Lưu: VT."',
    },
    duplicateKey: {
      severity: 'error', structural: true, locator: READING,
      title: both('Khóa bị lặp', 'Duplicate key'),
      checks: both('Mỗi khóa chỉ được viết một lần trong cùng một khối.', 'Each key appears once in its mapping.'),
      why: both('Khóa viết hai lần thì một giá trị bị mất mà người soạn không biết.', 'A key written twice silently loses one of its values.'),
      wrong: 'so: 12\nso: 13', right: 'so: 13',
    },
    unknownKey: {
      severity: 'error', structural: true, locator: READING,
      title: both('Khóa không có trong định dạng', 'Unknown key'),
      checks: both('Mọi khóa phải là khóa của định dạng giấy mời (thường là gõ sai tên khóa).', 'Every key must belong to the format (usually a misspelt key).'),
      why: both('Khóa gõ sai sẽ không được in ra; báo lỗi để nội dung không bị mất.', 'A misspelt key would not be printed; reporting it keeps its content from being lost.'),
      wrong: 'trich_yue: Họp giao ban', right: 'trich_yeu: Họp giao ban',
    },
    missing: {
      severity: 'error', structural: true, locator: READING,
      title: both('Thiếu khóa bắt buộc', 'Required key missing'),
      checks: both('Có đủ `co_quan`, `dia_danh`, `trich_yeu`, `nguoi_ky`, `noi_nhan`.', 'The required keys are present.'),
      why: both('Thiếu các thành phần này thì giấy mời không đúng thể thức (NĐ 30/2020, Điều 8).', 'Without them the invitation lacks required components (Decree 30, Art. 8).'),
      wrong: 'co_quan: { ten: UBND XÃ TÂN AN, viet_tat: UBND }', right: 'co_quan: { ten: UBND XÃ TÂN AN, viet_tat: UBND }\ndia_danh: Tân An\n# … trich_yeu, nguoi_ky, noi_nhan',
    },
    type: {
      severity: 'error', structural: true, locator: READING,
      title: both('Giá trị sai kiểu', 'Wrong kind of value'),
      checks: both('Mỗi giá trị có đúng dạng: chữ, danh sách, ngày `YYYY-MM-DD`, ngày giờ `YYYY-MM-DD HH:MM`.', 'Each value has its kind: text, list, date, date and time.'),
      why: both('Công cụ cần đọc đúng ngày, giờ, số để tự viết các phần Nghị định quy định.', 'The tool reads dates, times and numbers to derive the parts the decree fixes.'),
      wrong: 'ngay: 17/5/2024', right: 'ngay: 2024-05-17',
    },
    limit: {
      severity: 'error', structural: true, locator: READING,
      title: both('Tệp vượt giới hạn', 'File beyond limits'),
      checks: both('Tệp không quá lớn và không dùng bí danh YAML (`&`, `*`).', 'The file is not too large and uses no YAML aliases.'),
      why: both('Giữ trình soạn thảo nhanh và an toàn với tệp lạ.', 'Keeps the editor fast and safe on hostile files.'),
      wrong: 'kinh_moi: *danh_sach', right: 'kinh_moi:\n  - Trưởng thôn',
    },
  },
});

/** The codes by name. */
export const PARSE_CODES = CODES;
