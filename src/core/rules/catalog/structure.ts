/** Catalog entries of the header names and the body's structure (GM040–GM042). */
import { both, type CatalogEntry } from './entry';

const LEVELS = 'NĐ 30/2020, PL I-P.I-M.II-k.6 (phần, mục, khoản, điểm)';

export const STRUCTURE_ENTRIES: readonly CatalogEntry[] = [
  {
    code: 'GM040', severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.2',
    title: both('Tên cơ quan quá dài cho đầu trang', 'Agency name too long for the header'),
    checks: both('Tên cơ quan chủ quản vừa tối đa 2 dòng, tên cơ quan ban hành tối đa 3 dòng ở cột trái đầu trang, ngắt giữa các từ; không có từ nào rộng hơn cột.', 'The parent agency fits in 2 lines and the issuing agency in 3 in the header column, broken between words, no word wider than the column.'),
    why: both('Ô số 2 là một cột hẹp; tên dài phải viết tắt cụm từ thông dụng (k.2-a: "UBND TỈNH …") hoặc tự chọn chỗ xuống dòng.', 'Box 2 is a narrow column; a long name abbreviates common phrases (k.2-a) or chooses its own breaks.'),
    wrong: 'co_quan:\n  chu_quan: ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ\n  ten: SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THỪA THIÊN HUẾ', right: 'co_quan:\n  chu_quan: UBND TỈNH THỪA THIÊN HUẾ\n  ten: [SỞ NÔNG NGHIỆP, VÀ PHÁT TRIỂN NÔNG THÔN]',
  },
  {
    code: 'GM041', severity: 'warning', locator: LEVELS,
    title: both('Số thứ tự gõ tay trong nội dung', 'A label typed before an item'),
    checks: both('Văn bản của một mục, mục con, điểm hoặc dòng gạch đầu dòng không bắt đầu bằng số, chữ cái hay dấu tự đánh ("I. ", "1.1. ", "a) ", "- ", "+ ").', 'An item\'s text does not start with a label the tool derives ("I. ", "1.1. ", "a) ", "- ", "+ ").'),
    why: both('Số thứ tự do công cụ đánh theo cấp; gõ thêm thì in hai lần ("1.1. 1.1. …").', 'Labels are derived by level; a typed one prints twice.'),
    wrong: 'diem:\n  - "a) Đúng thành phần;"', right: 'diem:\n  - Đúng thành phần;',
  },
  {
    code: 'GM042', severity: 'error', locator: LEVELS,
    title: both('Vừa có `phan` vừa có `muc` ở cấp ngoài cùng', 'Both `phan` and `muc` at the top level'),
    checks: both('Phần nội dung chia thành các phần (`phan`: I., II.) hoặc các mục (`muc`: 1., 2.), không cả hai.', 'The body is divided into parts (`phan`) or sections (`muc`), not both.'),
    why: both('Các mục 1., 2. nằm trong một phần; để ngoài thì số thứ tự không còn đúng thứ bậc phần – mục – khoản – điểm.', 'Sections belong inside a part; outside one the numbering loses the part – section – item – point order.'),
    wrong: 'phan:\n  - tieu_de: MỤC ĐÍCH\nmuc:\n  - tieu_de: Thành phần', right: 'phan:\n  - tieu_de: MỤC ĐÍCH\n    muc:\n      - tieu_de: Thành phần',
  },
];
