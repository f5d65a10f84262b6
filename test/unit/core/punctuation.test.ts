import * as assert from 'node:assert/strict';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { allBlocks } from '../../../src/core/layout/text';
import { closeWith } from '../../../src/core/text/punctuation';
import { fixture } from '../rules/helpers';

describe('derived joins never double the closing punctuation', () => {
  const cases: [string, '.' | ';', string][] = [
    ['Ai sẽ chủ trì?', '.', 'Ai sẽ chủ trì?'],
    ['Ai sẽ chủ trì?', ';', 'Ai sẽ chủ trì?'],
    ['Hoan nghênh!', '.', 'Hoan nghênh!'],
    ['Đúng giờ./.', '.', 'Đúng giờ./.'],
    ['và các đơn vị khác…', '.', 'và các đơn vị khác…'],
    ['Như trên;', '.', 'Như trên.'],
    ['Như trên.', ';', 'Như trên;'],
    ['Phòng Nội vụ', ';', 'Phòng Nội vụ;'],
    ['email: a@b.vn.', '.', 'email: a@b.vn.'],
    ['(xem “Kế hoạch?”)', '.', '(xem “Kế hoạch?”).'],
  ];
  for (const [text, mark, right] of cases)
    it(`"${text}" + "${mark}" → "${right}"`, () => assert.equal(closeWith(text, mark), right));

  it('prints a list item ending in "?" as "?", a heading "Địa điểm:" once, and "PL." once', () => {
    const text = fixture('valid')
      .replace(/^kinh_moi: .*$/m, 'kinh_moi: [Trưởng phòng Nội vụ, "Ai sẽ báo cáo?"]')
      .replace(
        /^dia_diem: .*$/m,
        'muc:\n  - { tieu_de: "Địa điểm:", noi_dung: Phòng họp tầng 2. }\nnguoi_soan_thao: PL.\nso_ban: 30',
      );
    const checked = checkInvitation(text);
    assert.ok(checked.invitation, checked.problems.map((p) => p.message.en).join('; '));
    const lines = allBlocks(layoutInvitation(checked.invitation, checked.source)).map((b) =>
      b.runs.map((r) => r.text).join(''),
    );
    assert.ok(lines.includes('- Ai sẽ báo cáo?'), lines.join('\n'));
    assert.ok(lines.includes('1. Địa điểm: Phòng họp tầng 2.'), lines.join('\n'));
    assert.ok(lines.includes('PL.(30)'), lines.join('\n'));
  });
});
