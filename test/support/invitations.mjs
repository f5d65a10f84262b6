// The one builder of generated invitations, for the unit, artifact and UI tests and the benches
// (plain JavaScript with invitations.d.mts beside it, so tsx tests and .mjs benches both import it).
// Every text is the same on every run: the "random" words come from a fixed-seed generator.

const WORDS =
  'cơ quan đơn vị triển khai thực hiện nhiệm vụ báo cáo kết quả đề xuất giải pháp nâng cao chất lượng hiệu quả công tác chuyển đổi số hành chính'.split(
    ' ',
  );

const HEAD = `co_quan:
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
`;

const FOOT = `nguoi_ky:
  quyen_han: TL
  chuc_vu_thay: CHỦ TỊCH
  chuc_vu: CHÁNH VĂN PHÒNG
  ho_ten: Dương Thị Thanh Thịnh
noi_nhan:
  - Như trên;
  - "Lưu: VT."
`;

const CONTACT = `lien_he:
  dia_chi: Số 1 đường Hoàng Văn Thụ, thị trấn Bắc Sơn, huyện Bắc Sơn, tỉnh Lạng Sơn
  dien_thoai: "0205 3834 567"
  email: ubnd@bacson.langson.gov.vn
`;

/** A linear congruential generator: the same numbers in [0, 1) for the same seed. */
function seeded(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * A valid invitation of `paragraphs` opening paragraphs (mo_dau) of 8 to 8 + `wordSpread` − 1
 * words, cut at `maxChars`; every seventh ends in ":" (kept with what follows), the others in ".".
 * The defaults give the UI tests' ~1,000-line file, whose lines run up to ~276 characters.
 */
export function longInvitation({ paragraphs = 980, seed = 11, wordSpread = 50, maxChars = 270, contact = false } = {}) {
  const random = seeded(seed);
  const sentence = (n) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const lines = Array.from({ length: paragraphs }, (_, i) => {
    const text = sentence(8 + Math.floor(random() * wordSpread)).slice(0, maxChars);
    return `  - "${text}${i % 7 === 3 ? ':' : '.'}"`;
  });
  return `${HEAD}${lines.join('\n')}\n${FOOT}${contact ? CONTACT : ''}`;
}

/** The preview tests' invitation: `paragraphs` paragraphs of 8–97 words and a contact block (page 1's footer). */
export function previewInvitation(paragraphs) {
  return longInvitation({ paragraphs, seed: 7, wordSpread: 90, maxChars: Infinity, contact: true });
}

/** `text` (an invitation with a `kinh_moi` list) with `count` invitees, the n-th (from 1) named `name(n)`. */
export function withInvitees(text, count, name = (n) => `Giám đốc Công ty số ${n}`) {
  const invitees = Array.from({ length: count }, (_, i) => `  - ${name(i + 1)}`);
  return text.replace(/^kinh_moi:.*\n(?: {2}- .*\n)+/m, `kinh_moi:\n${invitees.join('\n')}\n`);
}

/** `text` (the SIPAS example) with its sections replaced by one section of `lines` bullet lines. */
export function withBulletLines(text, lines) {
  // Quoted: "Nội dung thứ 1: …" unquoted would be a YAML mapping (GM049), not a line.
  const bullets = Array.from(
    { length: lines },
    (_, i) =>
      `      - "Nội dung thứ ${i + 1}: các cơ quan, đơn vị chuẩn bị báo cáo, số liệu và ý kiến tham gia theo chức năng, nhiệm vụ được giao."`,
  );
  return text.replace(
    /^muc:[\s\S]*?(?=^loi_ket:)/m,
    `muc:\n  - tieu_de: Nội dung\n    noi_dung:\n${bullets.join('\n')}\n\n`,
  );
}

/** `text` whose opening paragraph (mo_dau) is one paragraph of about `chars` characters. */
export function withLongParagraph(text, chars) {
  const words = 'cơ quan đơn vị triển khai thực hiện nhiệm vụ báo cáo kết quả đề xuất giải pháp'.split(' ');
  const parts = [];
  let length = 0;
  for (let i = 0; length < chars; i += 1) {
    parts.push(words[i % words.length]);
    length += words[i % words.length].length + 1;
  }
  return text.replace(/^mo_dau:.*$/m, `mo_dau: "${parts.join(' ')}."`);
}
