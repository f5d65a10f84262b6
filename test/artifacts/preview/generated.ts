/** A long invitation, the same on every run: many paragraphs of varied length, some ending in ":" (kept with what follows), a contact block. */
const WORDS = 'cơ quan đơn vị triển khai thực hiện nhiệm vụ báo cáo kết quả đề xuất giải pháp nâng cao chất lượng hiệu quả công tác chuyển đổi số hành chính'.split(' ');

export function longInvitation(paragraphs: number): string {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const body = Array.from({ length: paragraphs }, (_, i) => `  - "${sentence(8 + Math.floor(random() * 90))}${i % 7 === 3 ? ':' : '.'}"`).join('\n');
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
${body}
nguoi_ky:
  quyen_han: TL
  chuc_vu_thay: CHỦ TỊCH
  chuc_vu: CHÁNH VĂN PHÒNG
  ho_ten: Dương Thị Thanh Thịnh
noi_nhan:
  - Như trên;
  - "Lưu: VT."
lien_he:
  dia_chi: Số 1 đường Hoàng Văn Thụ, thị trấn Bắc Sơn, huyện Bắc Sơn, tỉnh Lạng Sơn
  dien_thoai: "0205 3834 567"
  email: ubnd@bacson.langson.gov.vn
`;
}
