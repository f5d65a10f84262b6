// The benches' sources: an example read from disk, reshaped by the one builder of generated
// invitations that the tests share (test/support/invitations.mjs).
import { readFileSync } from 'node:fs';
import { withBulletLines, withInvitees, withLongParagraph } from '../../test/support/invitations.mjs';

/** The SIPAS example with its sections replaced by one section of `lines` bullet lines. */
export function longInvitation(example, lines) {
  return withBulletLines(readFileSync(example, 'utf8'), lines);
}

/** The Sở Tài chính example with `count` invitees in kinh_moi. */
export function manyInvitees(example, count) {
  return withInvitees(readFileSync(example, 'utf8'), count, (n) => `Giám đốc Công ty TNHH Thành viên số ${n}`);
}

/** The SIPAS example whose opening paragraph (mo_dau) is one paragraph of about `chars` characters. */
export function longParagraph(example, chars) {
  return withLongParagraph(readFileSync(example, 'utf8'), chars);
}

/** The example list (khach-moi.csv) grown to `count` rows, each with its own STT and name (so every file name differs). */
export function manyListRows(exampleCsv, count) {
  const [header, ...rows] = readFileSync(exampleCsv, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const grown = Array.from({ length: count }, (_, i) => {
    const cells = rows[i % rows.length].split(',');
    return [String(i + 1), `${cells[1]} ${i + 1}`, ...cells.slice(2)].join(',');
  });
  return `${[header, ...grown].join('\n')}\n`;
}
