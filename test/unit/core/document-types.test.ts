import * as assert from 'node:assert/strict';
import { parseInvitation } from '../../../src/core/parse/parse';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { layoutLines } from '../../../src/core/layout/text';
import { layoutPerInvitee } from '../../../src/core/layout/invitation';
import { blockText } from '../../../src/core/layout/model';
import { problemsOf, single, applyFix } from '../rules/helpers';

const BASE = `co_quan:
  ten: ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
  viet_tat: UBND
so: 12
dia_danh: Hà Tĩnh
ngay: 2025-10-01
trich_yeu: Họp bàn công tác phòng, chống thiên tai
kinh_moi: [Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện]
loi_moi: Ủy ban nhân dân tỉnh triệu tập cuộc họp, cụ thể như sau.
thoi_gian: { bat_dau: 2025-10-08 14:00 }
nguoi_ky:
  chuc_vu: CHỦ TỊCH
  ho_ten: Trần Minh Quân
noi_nhan:
  - Như trên;
  - "Lưu: VT."
`;

const withType = (type: string, extra = '') => BASE.replace('trich_yeu:', `ten_loai: ${type}\n${extra}trich_yeu:`);

function linesOf(text: string): string[] {
  const parsed = parseInvitation(text);
  assert.ok(parsed.invitation, JSON.stringify(parsed.problems));
  return layoutLines(layoutInvitation(parsed.invitation, parsed.source));
}

describe('ten_loai: the document type (NĐ 30/2020, PL III)', () => {
  it('no ten_loai is a Giấy mời, as every file written before it: GM- and "GIẤY MỜI"', () => {
    const lines = linesOf(BASE);
    assert.ok(lines.includes('Số: 12/GM-UBND'));
    assert.ok(lines.includes('GIẤY MỜI'));
    assert.deepEqual(linesOf(withType('giay_moi')), lines);
  });

  it('thong_bao: "THÔNG BÁO", TB-, the author\'s sentence then the invitees as dash lines (Mẫu 1.4)', () => {
    const lines = linesOf(withType('thong_bao'));
    assert.ok(lines.includes('Số: 12/TB-UBND'));
    const at = lines.indexOf('THÔNG BÁO');
    assert.equal(lines[at + 1], 'Họp bàn công tác phòng, chống thiên tai');
    const sentence = lines.indexOf('Ủy ban nhân dân tỉnh triệu tập cuộc họp, cụ thể như sau.');
    assert.deepEqual(lines.slice(sentence + 1, sentence + 3), [
      '- Giám đốc các sở;',
      '- Chủ tịch Ủy ban nhân dân các huyện.',
    ]);
    const noSentence = linesOf(withType('thong_bao').replace(/^loi_moi:.*\n/m, ''));
    assert.ok(!noSentence.some((l) => l.includes('trân trọng kính mời')), 'Mẫu 1.4 has no invitation line');
  });

  it('cong_dien: "CÔNG ĐIỆN", CĐ-, "<agency> điện:" over one dash line per addressee, then the body (Mẫu 1.6)', () => {
    const lines = linesOf(withType('cong_dien'));
    assert.ok(lines.includes('Số: 12/CĐ-UBND'));
    assert.ok(lines.includes('CÔNG ĐIỆN'));
    const issuer = lines.indexOf('Ủy ban nhân dân tỉnh Hà Tĩnh điện:');
    assert.ok(issuer > lines.indexOf('CÔNG ĐIỆN'));
    assert.deepEqual(lines.slice(issuer + 1, issuer + 4), [
      '- Giám đốc các sở;',
      '- Chủ tịch Ủy ban nhân dân các huyện.',
      'Ủy ban nhân dân tỉnh triệu tập cuộc họp, cụ thể như sau.',
    ]);
    const named = linesOf(
      withType('cong_dien').replace('  viet_tat: UBND', '  viet_tat: UBND\n  ten_goi: CHỦ TỊCH UBND TỈNH'),
    );
    assert.ok(named.includes('CHỦ TỊCH UBND TỈNH điện:'), 'ten_goi names the issuer');
  });

  it('cong_dien in a mail merge: each copy addresses its one addressee', () => {
    const parsed = parseInvitation(withType('cong_dien'));
    const merge = layoutPerInvitee(parsed.invitation!, parsed.source);
    assert.deepEqual(merge.lineBlocks(1).map(blockText), [
      'Ủy ban nhân dân tỉnh Hà Tĩnh điện:',
      '- Chủ tịch Ủy ban nhân dân các huyện.',
      'Ủy ban nhân dân tỉnh triệu tập cuộc họp, cụ thể như sau.',
    ]);
  });

  it("a free type word prints in capitals; the ký hiệu defaults to the agency's abbreviation alone", () => {
    const lines = linesOf(withType('Giấy triệu tập'));
    assert.ok(lines.includes('GIẤY TRIỆU TẬP'));
    assert.ok(lines.includes('Số: 12/UBND'));
  });

  it('GM010 asks for the type\'s own prefix: "CĐ-" for a Công điện, fixed in place; none for a free word', () => {
    const text = withType('cong_dien', 'ky_hieu: GM-UBND\n');
    const p = single(text, 'GM010', 'error', 'GM-UBND');
    assert.match(p.message.vi, /Ký hiệu công điện phải bắt đầu bằng "CĐ-"/);
    assert.match(p.message.en, /A Công điện's ký hiệu starts with "CĐ-", e\.g\. "CĐ-UBND"/);
    assert.match(applyFix(text, p.fixes![0]), /^ky_hieu: CĐ-UBND$/m);
    assert.deepEqual(problemsOf(withType('thong_bao', 'ky_hieu: TB-UBND\n'), 'GM010'), []);
    assert.equal(problemsOf(withType('thong_bao', 'ky_hieu: GM-UBND\n'), 'GM010').length, 1);
    assert.deepEqual(problemsOf(withType('THƯ MỜI', 'ky_hieu: TM-HND\n'), 'GM010'), []);
  });

  it('GM050: a free type word is information, not a block; a decree type or none says nothing; config turns it off', () => {
    single(withType('THƯ MỜI'), 'GM050', 'information', 'THƯ MỜI');
    assert.deepEqual(problemsOf(withType('thong_bao'), 'GM050'), []);
    assert.deepEqual(problemsOf(BASE, 'GM050'), []);
    const off = problemsOf(withType('THƯ MỜI'), 'GM050', { severities: { GM050: 'off' } });
    assert.deepEqual(off, []);
  });
});
