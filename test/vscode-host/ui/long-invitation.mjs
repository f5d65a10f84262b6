// A generated invitation of about 1,000 lines whose prose lines run up to ~276 characters:
// the kind of file on which the editor jumped when the preview's banner changed height.

const WORDS = 'cơ quan đơn vị triển khai thực hiện nhiệm vụ báo cáo kết quả đề xuất giải pháp nâng cao chất lượng hiệu quả công tác chuyển đổi số hành chính'.split(' ');

/** The same text on every run: `paragraphs` items in mo_dau, ~40–276 characters each. */
export function longInvitation(paragraphs = 980) {
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sentence = (n) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const lines = Array.from({ length: paragraphs }, (_, i) => {
    const text = sentence(8 + Math.floor(random() * 50)).slice(0, 270);
    return `  - "${text}${i % 7 === 3 ? ':' : '.'}"`;
  });
  return `co_quan:
  ten: ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN
  viet_tat: UBND
so: 12
dia_danh: Bắc Sơn
ngay: 2024-05-10
trich_yeu: Dự Hội nghị tổng kết công tác năm 2024
kinh_moi: Trưởng các phòng, ban
toi_du: Hội nghị tổng kết năm 2024
thoi_gian: { bat_dau: 2024-05-17 14:00 }
dia_diem: Hội trường UBND huyện
mo_dau:
${lines.join('\n')}
nguoi_ky:
  quyen_han: TL
  chuc_vu_thay: CHỦ TỊCH
  chuc_vu: CHÁNH VĂN PHÒNG
  ho_ten: Dương Thị Thanh Thịnh
noi_nhan:
  - Như trên;
  - "Lưu: VT."
`;
}
