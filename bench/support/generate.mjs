// Generated sources for the benches: a long invitation and a many-invitee mail merge.
import { readFileSync } from 'node:fs';

/** The SIPAS example with its sections replaced by one section of `lines` bullet lines. */
export function longInvitation(example, lines) {
  // Quoted: "Nội dung thứ 1: …" unquoted would be a YAML mapping (GM049), not a line.
  const bullets = Array.from({ length: lines }, (_, i) => `      - "Nội dung thứ ${i + 1}: các cơ quan, đơn vị chuẩn bị báo cáo, số liệu và ý kiến tham gia theo chức năng, nhiệm vụ được giao."`);
  return readFileSync(example, 'utf8').replace(/^muc:[\s\S]*?(?=^loi_ket:)/m, `muc:\n  - tieu_de: Nội dung\n    noi_dung:\n${bullets.join('\n')}\n\n`);
}

/** The Sở Tài chính example with `count` invitees in kinh_moi. */
export function manyInvitees(example, count) {
  const invitees = Array.from({ length: count }, (_, i) => `  - Giám đốc Công ty TNHH Thành viên số ${i + 1}`);
  return readFileSync(example, 'utf8').replace(/^kinh_moi:.*\n(?:  - .*\n)+/m, `kinh_moi:\n${invitees.join('\n')}\n`);
}

/** The SIPAS example whose opening paragraph (mo_dau) is one paragraph of about `chars` characters. */
export function longParagraph(example, chars) {
  const words = 'cơ quan đơn vị triển khai thực hiện nhiệm vụ báo cáo kết quả đề xuất giải pháp'.split(' ');
  const parts = [];
  let length = 0;
  for (let i = 0; length < chars; i += 1) {
    parts.push(words[i % words.length]);
    length += words[i % words.length].length + 1;
  }
  return readFileSync(example, 'utf8').replace(/^mo_dau:.*$/m, `mo_dau: "${parts.join(' ')}."`);
}
