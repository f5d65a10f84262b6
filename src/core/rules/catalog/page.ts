/** Catalog entries of the recipients, the signature and the names in capitals (GM020–GM025, GM028, GM033). */
import { both, type CatalogEntry } from './entry';

export const PAGE_ENTRIES: readonly CatalogEntry[] = [
  {
    code: 'GM020', severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.9-d',
    title: both('Dòng "Lưu: VT…" của nơi nhận', 'The "Lưu: VT…" line'),
    checks: both('Nơi nhận kết thúc bằng một dòng "Lưu: VT, <đơn vị soạn thảo>." có dấu chấm.', 'Recipients end with one "Lưu: VT, <unit>." line with its full stop.'),
    why: both('Bản lưu tại văn thư và đơn vị soạn thảo là bắt buộc.', 'Copies kept by the registry and the drafting unit are required.'),
    wrong: 'noi_nhan:\n  - Như trên;', right: 'noi_nhan:\n  - Như trên;\n  - "Lưu: VT."',
  },
  {
    code: 'GM021', severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.9-d',
    title: both('Nơi nhận kết thúc bằng ";"', 'Recipient lines end with ";"'),
    checks: both('Mỗi dòng nơi nhận (trừ dòng "Lưu") kết thúc bằng dấu chấm phẩy.', 'Each recipient line but "Lưu" ends with ";".'),
    why: both('Thể thức nơi nhận theo Phụ lục I.', 'The recipients format of Appendix I.'),
    wrong: '  - Như thành phần mời', right: '  - Như thành phần mời;',
  },
  {
    code: 'GM022', severity: 'error', locator: 'NĐ 30/2020, Điều 13; PL I-P.I-M.II-k.7-b',
    title: both('Quyền hạn ký thiếu chức vụ được ký thay', 'Signing authority without whom it signs for'),
    checks: both('`quyen_han` TM, KT, TL, TUQ có `chuc_vu_thay`.', 'TM, KT, TL, TUQ come with `chuc_vu_thay`.'),
    why: both('"KT." phải nói ký thay ai: "KT. CHỦ TỊCH".', '"KT." must say for whom: "KT. CHỦ TỊCH".'),
    wrong: 'nguoi_ky: { quyen_han: KT, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Lê Văn Bình }', right: 'nguoi_ky: { quyen_han: KT, chuc_vu_thay: CHỦ TỊCH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Lê Văn Bình }',
  },
  {
    code: 'GM023', severity: 'warning', locator: 'NĐ 30/2020, Điều 13 k.1',
    title: both('"KT." do cấp phó ký', '"KT." is signed by a deputy'),
    checks: both('Ký thay (KT.) thì chức vụ người ký là "PHÓ …".', 'Under "KT." the signer is a deputy ("PHÓ …").'),
    why: both('Cấp phó ký thay người đứng đầu; người đứng đầu thì ký trực tiếp.', 'Deputies sign for the head; the head signs directly.'),
    wrong: 'quyen_han: KT\nchuc_vu_thay: CHỦ TỊCH\nchuc_vu: CHỦ TỊCH', right: 'quyen_han: KT\nchuc_vu_thay: CHỦ TỊCH\nchuc_vu: PHÓ CHỦ TỊCH',
  },
  {
    code: 'GM024', severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.2-b',
    title: both('Tên cơ quan viết in hoa', 'Agency name in capitals'),
    checks: both('`co_quan.ten` và `co_quan.chu_quan` viết bằng chữ in hoa.', 'The agency and parent agency are upper case.'),
    why: both('Tên cơ quan ở đầu trang in hoa theo Phụ lục I.', 'Appendix I prints the header names in capitals.'),
    wrong: 'ten: Sở Tài chính', right: 'ten: SỞ TÀI CHÍNH',
  },
  {
    code: 'GM025', severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.7-b',
    title: both('Chức vụ người ký viết in hoa', "Signer's title in capitals"),
    checks: both('`chuc_vu`, `chuc_vu_thay`, `thay_mat` viết bằng chữ in hoa.', 'Titles in the signature block are upper case.'),
    why: both('Phụ lục I: chức vụ người ký in hoa, đậm.', "Appendix I prints the signer's title in bold capitals."),
    wrong: 'chuc_vu: Phó Chủ tịch', right: 'chuc_vu: PHÓ CHỦ TỊCH',
  },
  {
    code: 'GM028', severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.7-c',
    title: both('Không ghi học hàm, học vị trước tên người ký', 'No academic titles before the signer'),
    checks: both('`ho_ten` không có "TS.", "ThS.", "GS." …', '`ho_ten` has no "TS.", "ThS.", "GS." …'),
    why: both('Văn bản hành chính chỉ ghi họ và tên người ký.', 'Administrative documents give the full name only.'),
    wrong: 'ho_ten: TS. Nguyễn Văn An', right: 'ho_ten: Nguyễn Văn An',
  },
  {
    code: 'GM033', severity: 'warning', locator: 'NĐ 30/2020, Điều 13; PL I-P.I-M.II-k.7-b',
    title: both('Thiếu chức vụ người ký', "Signer's title missing"),
    checks: both('`nguoi_ky.chuc_vu` có mặt, trừ khi ký "Q." (quyền).', '`nguoi_ky.chuc_vu` is present except under "Q.".'),
    why: both('Chức vụ người ký là thành phần bắt buộc của chữ ký.', "The signer's title is part of the signature."),
    wrong: 'nguoi_ky: { ho_ten: Lê Văn Bình }', right: 'nguoi_ky: { chuc_vu: CHỦ TỊCH, ho_ten: Lê Văn Bình }',
  },
];
