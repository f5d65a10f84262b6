/** Catalog entries of the meeting information and the text itself (GM026, GM027, GM029–GM032, GM034, GM035). */
import { both, type CatalogEntry } from './entry';

const QD45 = 'QĐ 45/2018/QĐ-TTg (giấy mời họp nêu người chủ trì, đầu mối liên hệ); NĐ 30/2020, PL III Mẫu 1.7';
const UNICODE = 'NĐ 30/2020, PL I-P.I-M.I-k.4 (Unicode, TCVN 6909:2001)';

export const TEXT_ENTRIES: readonly CatalogEntry[] = [
  {
    code: 'GM026', severity: 'information', locator: QD45,
    title: both('Giấy mời họp nêu người chủ trì', 'A meeting invitation names the chair'),
    checks: both('Giấy mời một cuộc họp (có thời gian và địa điểm) có `chu_tri` hoặc một mục, một câu nói ai chủ trì.', 'An invitation to a meeting (time and place given) names who chairs.'),
    why: both('QĐ 45/2018 yêu cầu giấy mời họp nêu người chủ trì.', 'QĐ 45/2018 asks meeting invitations to name the chair.'),
    wrong: 'muc:\n  - { tieu_de: Thời gian, thoi_gian: { bat_dau: 2024-05-17 14:00 } }\n  - { tieu_de: Địa điểm, noi_dung: Hội trường UBND huyện. }', right: 'chu_tri: Đồng chí Lê Văn Bình, Phó Chủ tịch UBND huyện.',
  },
  {
    code: 'GM027', severity: 'information', locator: QD45,
    title: both('Giấy mời họp có đầu mối liên hệ', 'A meeting invitation gives a contact'),
    checks: both('Giấy mời một cuộc họp có `dau_moi_lien_he` hoặc một câu "liên hệ …".', 'An invitation to a meeting gives a contact point.'),
    why: both('QĐ 45/2018: người được mời cần biết hỏi ai khi cần.', 'QĐ 45/2018: invitees need someone to ask.'),
    wrong: '# không có dau_moi_lien_he', right: 'dau_moi_lien_he: { ho_ten: Hoàng Thị Lan, dien_thoai: 0912 000 111 }',
  },
  {
    code: 'GM029', severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.9-b, c; PL III Mẫu 1.7',
    title: both('Giấy mời không có "Kính gửi"', 'No "Kính gửi" in a Giấy mời'),
    checks: both('Không có dòng "Kính gửi:"; người được mời ghi trong `kinh_moi`.', 'No "Kính gửi:" line; invitees go in `kinh_moi`.'),
    why: both('Mẫu 1.7 mời bằng câu "… trân trọng kính mời: …"; "Kính gửi" dành cho công văn. Cơ quan vẫn giữ thói quen này có thể tắt quy tắc trong tệp cấu hình.', 'Mẫu 1.7 invites with "… trân trọng kính mời: …"; offices that keep "Kính gửi" may turn this off.'),
    wrong: 'mo_dau: "Kính gửi: Trưởng các phòng."', right: 'kinh_moi: Trưởng các phòng',
  },
  {
    code: 'GM030', severity: 'warning', locator: UNICODE,
    title: both('Unicode tổ hợp thay vì dựng sẵn', 'Decomposed Unicode'),
    checks: both('Chữ ở dạng Unicode dựng sẵn (NFC).', 'Text is in precomposed Unicode (NFC).'),
    why: both('TCVN 6909:2001; chữ tổ hợp tìm kiếm, sắp xếp, in sai.', 'Decomposed text searches, sorts and prints wrongly.'),
    wrong: 'trich_yeu: "Ho\u0323p giao ban"', right: 'trich_yeu: Họp giao ban',
  },
  {
    code: 'GM031', severity: 'warning', locator: UNICODE,
    title: both('Chữ gõ bằng bảng mã TCVN3', 'Text in the TCVN3 encoding'),
    checks: both('Không còn chữ gõ bằng TCVN3 (ABC, phông .Vn…).', 'No text typed in TCVN3 (.Vn fonts).'),
    why: both('Văn bản điện tử dùng Unicode; TCVN3 hiện thành chữ lạ.', 'Electronic documents use Unicode; TCVN3 shows as garbage.'),
    wrong: 'mo_dau: Uû ban nh©n d©n huyÖn B¾c S¬n', right: 'mo_dau: Ủy ban nhân dân huyện Bắc Sơn',
  },
  {
    code: 'GM032', severity: 'warning', locator: UNICODE,
    title: both('Chữ gõ bằng bảng mã VNI', 'Text in the VNI encoding'),
    checks: both('Không còn chữ gõ bằng VNI (phông VNI-…).', 'No text typed in VNI.'),
    why: both('Văn bản điện tử dùng Unicode; VNI hiện thành chữ lạ.', 'Electronic documents use Unicode; VNI shows as garbage.'),
    wrong: 'mo_dau: Ñoàng chí Nguyeãn Vaên Bình', right: 'mo_dau: Đồng chí Nguyễn Văn Bình',
  },
  {
    code: 'GM034', severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.I-k.4 (Unicode, TCVN 6909:2001); XML 1.0 §2.2 (Char)',
    title: both('Ký tự ẩn hoặc ký tự điều khiển', 'Invisible or control characters'),
    checks: both('Không có U+FFFE/U+FFFF, ký tự điều khiển C0/C1 (trừ tab và xuống dòng), ký tự điều khiển hướng chữ (bidi), ký tự độ rộng 0 ngoài chỗ dùng hợp lệ.', 'No U+FFFE/U+FFFF, C0/C1 controls other than tab and line breaks, bidi controls, or zero-width characters outside their legitimate use.'),
    why: both('Các ký tự này thường dính vào khi dán từ web hay PDF; không thấy trên màn hình nhưng làm hỏng tệp DOCX (XML 1.0 không cho phép), tìm kiếm và sắp xếp. Tệp xuất ra vẫn hợp lệ vì chúng bị bỏ đi; sửa nhanh xóa chúng khỏi nguồn.', 'They come in with text pasted from the web or a PDF; unseen, they break DOCX XML, search and sorting. The export drops them; the quick fix removes them from the source.'),
    wrong: 'trich_yeu: "Họp\u200b giao ban"', right: 'trich_yeu: Họp giao ban',
  },
  {
    code: 'GM035', severity: 'warning', locator: 'NĐ 30/2020, PL II-M.III-k.1-a; PL II-M.IV-k.1-a',
    title: both('Viết hoa tên cơ quan, đơn vị hành chính trong câu', 'Capitals of agencies and administrative units in a sentence'),
    checks: both('Trong câu, tên cơ quan chỉ viết hoa chữ đầu của từ chỉ loại cơ quan và của từng lĩnh vực ("Sở Tài chính", "Sở Kế hoạch và Đầu tư"); danh từ chung chỉ đơn vị hành chính viết thường ("tỉnh Nam Định").', 'In a sentence only the first syllable of the agency type and of each field is capitalised; the administrative-unit noun is lower case.'),
    why: both('Phụ lục II quy định viết hoa trong văn bản hành chính.', 'Appendix II fixes capitalisation in administrative documents.'),
    wrong: 'loi_ket: Đề nghị Sở Tài Chính Tỉnh Nam Định tham dự đúng giờ./.', right: 'loi_ket: Đề nghị Sở Tài chính tỉnh Nam Định tham dự đúng giờ./.',
  },
];
