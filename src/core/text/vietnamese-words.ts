/**
 * Multi-syllable Vietnamese words and fixed phrases that occur in agency
 * names, administrative units and place names, so a name is broken between
 * words ("PHÒNG GIÁO DỤC / VÀ ĐÀO TẠO") and never inside one ("PHÒNG GIÁO /
 * DỤC"). Data only: lower case, NFC, syllables separated by one space.
 */

/** The 63 provinces and centrally run cities before the 2025 reform (Nghị quyết 1211/2016/UBTVQH13, as amended). */
export const PROVINCES_63 = [
  'hà nội', 'hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ',
  'an giang', 'bà rịa - vũng tàu', 'bắc giang', 'bắc kạn', 'bạc liêu', 'bắc ninh', 'bến tre',
  'bình định', 'bình dương', 'bình phước', 'bình thuận', 'cà mau', 'cao bằng', 'đắk lắk', 'đắk nông',
  'điện biên', 'đồng nai', 'đồng tháp', 'gia lai', 'hà giang', 'hà nam', 'hà tĩnh', 'hải dương',
  'hậu giang', 'hòa bình', 'hưng yên', 'khánh hòa', 'kiên giang', 'kon tum', 'lai châu', 'lâm đồng',
  'lạng sơn', 'lào cai', 'long an', 'nam định', 'nghệ an', 'ninh bình', 'ninh thuận', 'phú thọ',
  'phú yên', 'quảng bình', 'quảng nam', 'quảng ngãi', 'quảng ninh', 'quảng trị', 'sóc trăng', 'sơn la',
  'tây ninh', 'thái bình', 'thái nguyên', 'thanh hóa', 'thừa thiên huế', 'tiền giang', 'trà vinh',
  'tuyên quang', 'vĩnh long', 'vĩnh phúc', 'yên bái',
] as const;

/**
 * The 34 provincial units from 12 June 2025 (Nghị quyết 202/2025/QH15): 11
 * kept, 23 formed by merging, each named after one of the old ones; Huế has
 * been a centrally run city since 1 January 2025 (Nghị quyết 1314/NQ-UBTVQH15).
 */
export const PROVINCES_34 = [
  'hà nội', 'huế', 'lai châu', 'điện biên', 'sơn la', 'lạng sơn', 'quảng ninh', 'thanh hóa', 'nghệ an',
  'hà tĩnh', 'cao bằng', 'tuyên quang', 'lào cai', 'thái nguyên', 'phú thọ', 'bắc ninh', 'hưng yên',
  'hải phòng', 'ninh bình', 'quảng trị', 'đà nẵng', 'quảng ngãi', 'gia lai', 'khánh hòa', 'lâm đồng',
  'đắk lắk', 'hồ chí minh', 'đồng nai', 'tây ninh', 'cần thơ', 'vĩnh long', 'đồng tháp', 'cà mau', 'an giang',
] as const;

/** The level words of administrative units; a clerk breaks before them (PL I-P.I-M.II-k.2-a). */
export const UNIT_LEVELS = [
  'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu',
] as const;

/** Phrases kept whole on one line even though they hold several words. */
export const FIXED_PHRASES = [
  'ủy ban nhân dân', 'hội đồng nhân dân', 'mặt trận tổ quốc', 'ban chấp hành', 'ban thường vụ',
  'ban quản lý', 'ban chỉ huy', 'bộ chỉ huy', 'ban chỉ đạo', 'ban đại diện', 'hợp tác xã',
  'cựu chiến binh', 'chữ thập đỏ', 'hội liên hiệp', 'kho bạc nhà nước', 'bảo hiểm xã hội',
  'người có công', 'trung học cơ sở', 'trung học phổ thông', 'thi hành án',
  'dân số - kế hoạch hóa gia đình', 'chuyển đổi số', 'đoàn thanh niên', 'cộng sản hồ chí minh',
] as const;

/** Common two- and three-syllable words of agency names. */
export const AGENCY_WORDS = [
  'giáo dục', 'đào tạo', 'nông nghiệp', 'phát triển', 'nông thôn', 'tài chính', 'kế hoạch', 'đầu tư',
  'tài nguyên', 'môi trường', 'văn hóa', 'thể thao', 'du lịch', 'thông tin', 'truyền thông', 'lao động',
  'thương binh', 'xã hội', 'khoa học', 'công nghệ', 'công thương', 'xây dựng', 'giao thông', 'vận tải',
  'nội vụ', 'tư pháp', 'y tế', 'ngoại vụ', 'thanh tra', 'văn phòng', 'quản lý', 'dự án', 'kinh tế',
  'hạ tầng', 'đô thị', 'công an', 'quân sự', 'biên phòng', 'kho bạc', 'nhà nước', 'ngân hàng', 'bảo hiểm',
  'hải quan', 'thống kê', 'dân tộc', 'tôn giáo', 'trung tâm', 'dịch vụ', 'hành chính', 'phục vụ',
  'bệnh viện', 'đa khoa', 'trường học', 'trung học', 'cơ sở', 'phổ thông', 'tiểu học', 'mầm non',
  'mẫu giáo', 'cao đẳng', 'đại học', 'học viện', 'dạy nghề', 'nghề nghiệp', 'thường xuyên', 'chính trị',
  'bồi dưỡng', 'cán bộ', 'công chức', 'viên chức', 'đảng ủy', 'huyện ủy', 'tỉnh ủy', 'thành ủy', 'quận ủy',
  'liên đoàn', 'thanh niên', 'cộng sản', 'liên hiệp', 'phụ nữ', 'nông dân', 'chiến binh', 'doanh nghiệp',
  'kiểm lâm', 'thú y', 'bảo vệ', 'thực vật', 'thủy lợi', 'thủy sản', 'lâm nghiệp', 'chăn nuôi',
  'khuyến nông', 'đất đai', 'đăng ký', 'kiểm soát', 'bệnh tật', 'phòng chống', 'thiên tai', 'tìm kiếm',
  'cứu nạn', 'cứu hộ', 'phòng cháy', 'chữa cháy', 'an toàn', 'thực phẩm', 'vệ sinh', 'dân số',
  'gia đình', 'trẻ em', 'bình đẳng', 'chuyển đổi', 'kỹ thuật', 'tiêu chuẩn', 'đo lường', 'chất lượng',
  'ứng dụng', 'sở hữu', 'trí tuệ', 'năng lượng', 'điện lực', 'quy hoạch', 'kiến trúc', 'tài sản',
  'ngân sách', 'đối ngoại', 'hợp tác', 'quốc tế', 'xuất bản', 'phát hành', 'báo chí', 'phát thanh',
  'truyền hình', 'nghệ thuật', 'bảo tàng', 'thư viện', 'di tích', 'di sản', 'tuyên giáo', 'tổ chức',
  'kiểm tra', 'dân vận', 'dân sự', 'hộ tịch', 'trợ giúp', 'pháp lý', 'công chứng', 'đấu giá', 'giám định',
  'việc làm', 'an sinh', 'bảo trợ', 'nhân dân', 'sự nghiệp', 'đơn vị', 'thiếu nhi', 'học sinh',
  'sinh viên', 'phụ huynh', 'cha mẹ', 'tổng hợp', 'thường trực', 'chủ tịch', 'giám đốc', 'hiệu trưởng',
  'cơ quan', 'quốc phòng', 'an ninh', 'biên giới', 'hải đảo', 'khí tượng', 'thủy văn', 'địa chất',
  'khoáng sản', 'lưu trữ', 'văn thư', 'thi đua', 'khen thưởng', 'tổng cục', 'cục thuế', 'chi cục',
  'văn nghệ', 'tiếp công dân', 'công dân', 'ủy ban', 'hội đồng', 'mặt trận', 'tổ quốc', 'chỉ huy',
  'chỉ đạo', 'đại diện', 'chấp hành', 'thường vụ', 'kiểm sát', 'tòa án', 'viện kiểm sát', 'thi hành',
  'điều tra', 'cảnh sát', 'quân đội', 'quân khu', 'hậu cần', 'xúc tiến', 'thương mại', 'khu công nghiệp',
  'công nghiệp', 'khu kinh tế', 'cửa khẩu', 'miền núi', 'đồng bằng', 'ven biển', 'lâm sản', 'tin học',
  'ngoại ngữ', 'nội trú', 'bán trú', 'liên cấp', 'giáo dục thường xuyên', 'hướng nghiệp', 'kiểm định',
  'khảo thí', 'nhà văn hóa', 'thể dục', 'thông tấn', 'bưu chính', 'viễn thông', 'quảng cáo', 'chứng khoán',
  'tín dụng', 'chính sách', 'xã hội chủ nghĩa', 'việt nam', 'cộng hòa',
] as const;
