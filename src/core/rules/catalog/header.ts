/** Catalog entries of the number, the dates and the meeting times (GM010–GM018). */
import { both, type CatalogEntry } from './entry';

export const HEADER_ENTRIES: readonly CatalogEntry[] = [
  {
    code: 'GM010', severity: 'error', locator: 'NĐ 30/2020, PL III-M.I; PL I-P.I-M.II-k.3-b',
    title: both('Ký hiệu phải bắt đầu bằng "GM-"', 'The ký hiệu starts with "GM-"'),
    checks: both('`ky_hieu` của giấy mời bắt đầu bằng chữ viết tắt tên loại "GM".', "An invitation's `ky_hieu` starts with the type abbreviation \"GM\"."),
    why: both('Phụ lục III quy định chữ viết tắt tên loại văn bản; Giấy mời là "GM".', 'Appendix III fixes the type abbreviations; Giấy mời is "GM".'),
    wrong: 'ky_hieu: CV-UBND', right: 'ky_hieu: GM-UBND',
  },
  {
    code: 'GM011', severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.3-c',
    title: both('Số dưới 10 có số 0 phía trước', 'Numbers below 10 have a leading 0'),
    checks: both('`so` nhỏ hơn 10 được viết với số 0 phía trước, như khi in.', '`so` below 10 is written with its leading 0, as printed.'),
    why: both('Nghị định: số văn bản dưới 10 ghi thêm số 0 phía trước.', 'The decree writes numbers below 10 with a leading 0.'),
    wrong: 'so: 5', right: 'so: 05',
  },
  {
    code: 'GM012', severity: 'information', locator: 'NĐ 30/2020, Điều 15 k.1',
    title: both('Bản dự thảo chưa có số', 'Draft without a number'),
    checks: both('`so` để trống: văn thư điền số khi vào sổ.', 'An empty `so`: the registry fills it in.'),
    why: both('Số được cấp khi đăng ký văn bản đi; bản dự thảo vẫn xuất được.', 'Numbers are given at registration; drafts still export.'),
    wrong: 'so:', right: 'so: 125',
  },
  {
    code: 'GM013', severity: 'information', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.4-b',
    title: both('Bản dự thảo chưa có ngày ký', 'Draft without a day'),
    checks: both('`ngay` chỉ có tháng (`YYYY-MM`): văn thư điền ngày khi ký.', 'A month-only `ngay`: the day is filled in at signing.'),
    why: both('Ngày ban hành là ngày ký; bản dự thảo để trống cho văn thư.', 'The date of issue is the day of signing; a draft leaves it blank.'),
    wrong: 'ngay: 2024-05', right: 'ngay: 2024-05-10',
  },
  {
    code: 'GM014', severity: 'error', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.4-b',
    title: both('Ngày, giờ không có thật', 'Impossible date or time'),
    checks: both('Mọi ngày, giờ (trong khóa và trong câu) là ngày giờ có thật.', 'Every date and time, in keys or in text, exists.'),
    why: both('"31/02" hay "25 giờ" làm người được mời không biết đến lúc nào.', 'An impossible date leaves invitees without a time.'),
    wrong: 'thoi_gian: "8 giờ, ngày 31/02/2025"', right: 'thoi_gian: "8 giờ, ngày 28/02/2025"',
  },
  {
    code: 'GM015', severity: 'error', locator: 'NĐ 30/2020, PL II-M.V-k.8; PL I-P.I-M.II-k.4-b',
    title: both('Thứ trong tuần không khớp với ngày', 'Weekday does not match its date'),
    checks: both('Thứ viết trong câu ("thứ Sáu", "Thứ 6", "CN") đúng là thứ của ngày đi cùng trong cùng câu, kể cả khi có chữ xen giữa ("Thứ Bảy, từ 08 giờ, ngày 29/10/2023").', 'A weekday written in a sentence is the weekday of the date in the same sentence, even with words in between.'),
    why: both('Thứ sai làm người được mời đến nhầm ngày.', 'A wrong weekday sends invitees on the wrong day.'),
    wrong: 'thoi_gian: "Thứ Bảy, từ 08 giờ, ngày 29/10/2023"', right: 'thoi_gian: "Chủ nhật, từ 08 giờ, ngày 29/10/2023"',
  },
  {
    code: 'GM016', severity: 'error', locator: 'QĐ 45/2018/QĐ-TTg (gửi giấy mời trước ít nhất 03 ngày làm việc)',
    title: both('Cuộc họp trước ngày ban hành', 'Meeting before the date of issue'),
    checks: both('Ngày họp không sớm hơn ngày ký giấy mời.', 'The meeting does not start before the invitation is signed.'),
    why: both('Không thể mời đến một cuộc họp đã qua.', 'Nobody can be invited to a meeting that is over.'),
    wrong: 'ngay: 2024-05-20\nthoi_gian: { bat_dau: 2024-05-17 14:00 }', right: 'ngay: 2024-05-10\nthoi_gian: { bat_dau: 2024-05-17 14:00 }',
  },
  {
    code: 'GM017', severity: 'warning', locator: 'QĐ 45/2018/QĐ-TTg (giấy mời gửi trước ít nhất 03 ngày làm việc, trừ họp đột xuất)',
    title: both('Gửi giấy mời chưa đủ ngày làm việc', 'Too little notice'),
    checks: both('Từ ngày ký đến ngày họp có ít nhất 03 ngày làm việc (trừ thứ Bảy, Chủ nhật, ngày lễ, tết và ngày nghỉ thêm của cơ quan); giấy mời có `do_khan` (họp đột xuất) được miễn.', 'At least 3 working days between signing and the meeting (weekends, holidays and office days off skipped); `do_khan` (ad-hoc) is exempt.'),
    why: both('Người được mời cần thời gian chuẩn bị tài liệu; quy chế của nhiều cơ quan đòi dài hơn 03 ngày.', 'Invitees need time to prepare; many offices ask for more than 3 days.'),
    wrong: 'ngay: 2024-05-15\nthoi_gian: { bat_dau: 2024-05-17 14:00 }', right: 'ngay: 2024-05-10\nthoi_gian: { bat_dau: 2024-05-17 14:00 }',
    options: [
      { key: 'so_ngay_lam_viec', doc: both('Số ngày làm việc tối thiểu (3–30, không dưới 3).', 'Minimum working days (3–30, never below 3).') },
      { key: 'ngay_nghi_them', doc: both('Danh sách ngày nghỉ thêm của cơ quan, `YYYY-MM-DD`.', 'Extra days off of the office, `YYYY-MM-DD`.') },
    ],
  },
  {
    code: 'GM018', severity: 'error', locator: 'QĐ 45/2018/QĐ-TTg (nội dung, thời gian, địa điểm họp)',
    title: both('Giờ kết thúc trước giờ bắt đầu', 'End before start'),
    checks: both('`ket_thuc` muộn hơn `bat_dau`.', '`ket_thuc` is later than `bat_dau`.'),
    why: both('Khung giờ ngược không cho biết cuộc họp kéo dài bao lâu.', 'A reversed slot does not say how long the meeting lasts.'),
    wrong: 'thoi_gian: { bat_dau: 2024-05-17 14:00, ket_thuc: "11:00" }', right: 'thoi_gian: { bat_dau: 2024-05-17 14:00, ket_thuc: "16:30" }',
  },
];
