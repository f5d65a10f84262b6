import * as assert from 'node:assert/strict';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutInvitation, layoutLines } from '../../../src/core';
import { copyNames } from '../../../src/core/merge/file-names';
import type { LoadedList } from '../../../src/core/merge/table';
import { readCsvList } from '../../../src/lists/read-list';
import { fixture } from '../rules/helpers';

const csv = (text: string): LoadedList => readCsvList('khach-moi.csv', new TextEncoder().encode(text));
const LIST =
  'Họ và tên,Chức vụ,Đơn vị,Phiên\nNguyễn Văn An,Giám đốc,Sở Tài chính,sáng\nTrần Thị Bình,Phó Giám đốc,Sở Y tế,chiều\n';

/** The design, as written, on the valid fixture. */
function invitation(
  kinhMoi = 'kinh_moi:\n  danh_sach: khach-moi.csv\n  dong: "Ông/Bà {{Họ và tên}}, {{Chức vụ}} {{Đơn vị}}"\n',
  time = 'thoi_gian: { bat_dau: 2025-03-20 08:00, ghi_chu: "Phiên {{Phiên}}" }\n',
): string {
  const base = fixture('valid')
    .replace(/^kinh_moi:.*\n(?:^ +.*\n)*/m, '')
    .replace(/^thoi_gian:.*\n(?:^ +.*\n)*/m, '');
  return `${base}${kinhMoi}${time}`;
}

const at = (text: string, needle: string, nth = 0) => {
  let index = -1;
  for (let i = 0; i <= nth; i += 1) index = text.indexOf(needle, index + 1);
  const before = text.slice(0, index).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
};
const codes = (problems: { code: string; severity: string }[]) => problems.map((p) => `${p.code} ${p.severity}`);

describe('merge: a list invitation checked row by row', () => {
  it("the issue's example: one copy per row, each with its own line and session, no {{…}} left", () => {
    const checked = checkInvitation(invitation(), { list: csv(LIST) });
    assert.deepEqual(codes(checked.problems.filter((p) => p.severity !== 'information')), []);
    assert.equal(checked.merge?.copies.length, 2);
    assert.deepEqual(
      checked.merge.copies.map((c) => c.label),
      ['Ông/Bà Nguyễn Văn An, Giám đốc Sở Tài chính', 'Ông/Bà Trần Thị Bình, Phó Giám đốc Sở Y tế'],
    );
    for (const [row, session] of [
      [0, 'Phiên sáng'],
      [1, 'Phiên chiều'],
    ] as const) {
      const copy = checkInvitation(invitation(), { list: csv(LIST), row });
      const text = layoutLines(layoutInvitation(copy.invitation!, copy.source)).join('\n');
      assert.ok(text.includes(checked.merge.copies[row].label), text);
      assert.ok(text.includes(session), text);
      assert.ok(!text.includes('{{'), 'a raw field is left in the page');
    }
  });

  it('shows the first copy by default (preview, plain export)', () => {
    const checked = checkInvitation(invitation(), { list: csv(LIST) });
    assert.equal(checked.invitation?.kinh_moi, 'Ông/Bà Nguyễn Văn An, Giám đốc Sở Tài chính');
    assert.equal(checked.merge?.selected, 0);
  });

  it('GM045: {{Phone}} the list lacks is an error on that text, with its columns named', () => {
    const text = invitation(undefined, 'thoi_gian: { bat_dau: 2025-03-20 08:00, ghi_chu: "Gọi {{Phone}}" }\n');
    const problem = checkInvitation(text, { list: csv(LIST) }).problems.find((p) => p.code === 'GM045');
    assert.ok(problem);
    assert.equal(problem.severity, 'error');
    const start = at(text, '{{Phone}}');
    assert.deepEqual(problem.range, {
      start,
      end: { line: start.line, character: start.character + '{{Phone}}'.length },
    });
    assert.match(problem.message.vi, /không có cột "Phone".*Họ và tên, Chức vụ, Đơn vị, Phiên/);
  });

  it('GM045 offers the nearest column name', () => {
    const text = invitation('kinh_moi:\n  danh_sach: khach-moi.csv\n  dong: "Ông/Bà {{Ho va ten}}"\n');
    const problem = checkInvitation(text, { list: csv(LIST) }).problems.find((p) => p.code === 'GM045');
    assert.equal(problem?.fixes?.[0].edits[0].newText, '{{Họ và tên}}');
  });

  it('GM046: an empty cell a used field needs, in the YAML and on the CSV cell', () => {
    const list = 'Họ và tên,Chức vụ,Đơn vị,Phiên\nNguyễn Văn An,,Sở Tài chính,sáng\n';
    const checked = checkInvitation(invitation(), { list: csv(list) });
    const problem = checked.problems.find((p) => p.code === 'GM046');
    assert.equal(problem?.severity, 'warning');
    assert.deepEqual(problem?.range.start, at(invitation(), '{{Chức vụ}}'));
    assert.deepEqual(
      checked.merge?.findings.map((f) => [f.code, f.line, f.character]),
      [['GM046', 1, 14]],
    );
  });

  it('GM047: a repeated row', () => {
    const checked = checkInvitation(invitation(), { list: csv(`${LIST}Nguyễn Văn An,Giám đốc,Sở Tài chính,sáng\n`) });
    assert.deepEqual(codes(checked.problems.filter((p) => p.code === 'GM047')), ['GM047 warning']);
    assert.deepEqual(
      checked.merge?.findings.map((f) => [f.code, f.line]),
      [['GM047', 3]],
    );
  });

  it('a row whose date is not a date: an error on bat_dau naming the row, and on its cell', () => {
    const list = 'Họ và tên,Ngày\nNguyễn Văn An,20/03/2025\nTrần Thị Bình,20/13\n';
    const text = invitation(
      'kinh_moi:\n  danh_sach: khach-moi.csv\n  dong: "Ông/Bà {{Họ và tên}}"\n',
      'thoi_gian: { bat_dau: "{{Ngày}} 08:00" }\n',
    );
    const checked = checkInvitation(text, { list: csv(list) });
    const errors = checked.problems.filter((p) => p.severity === 'error');
    assert.deepEqual(codes(errors), ['GM005 error']);
    assert.match(errors[0].message.vi, /^Bản của khách mời số 2: /);
    assert.deepEqual(errors[0].range.start, at(text, '"{{Ngày}} 08:00"'));
    assert.deepEqual(
      checked.merge?.findings.map((f) => [f.code, f.line, f.character]),
      [['GM005', 2, 14]],
    );
    assert.ok(checked.merge?.copies[0].invitation, 'the first row is a valid copy');
  });

  it('every copy passes the Decree 30 rules: a weekday that fits one row only', () => {
    const list = 'Họ và tên,Thứ\nNguyễn Văn An,thứ Năm\nTrần Thị Bình,thứ Sáu\n';
    const text = invitation(
      'kinh_moi:\n  danh_sach: khach-moi.csv\n  dong: "Ông/Bà {{Họ và tên}}"\n',
      'thoi_gian: "8 giờ 00 phút, ngày 20/3/2025 ({{Thứ}})."\n',
    );
    const problems = checkInvitation(text, { list: csv(list) }).problems.filter((p) => p.code === 'GM015');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message.en, /^The copy for invitee 2: /);
  });

  it('GM049: a value beginning with {{ is a YAML mapping; the fix quotes it', () => {
    const text = invitation('kinh_moi:\n  danh_sach: khach-moi.csv\n  dong: {{Họ và tên}}, {{Chức vụ}}\n');
    const checked = checkInvitation(text, { list: csv(LIST) });
    assert.deepEqual(codes(checked.problems), ['GM049 error']);
    const fix = checked.problems[0].fixes![0].edits[0];
    assert.equal(fix.newText, '"{{Họ và tên}}, {{Chức vụ}}"');
    const lines = text.split('\n');
    lines[fix.range.start.line] = lines[fix.range.start.line].slice(0, fix.range.start.character) + fix.newText;
    assert.deepEqual(
      codes(checkInvitation(lines.join('\n'), { list: csv(LIST) }).problems.filter((p) => p.severity === 'error')),
      [],
    );
  });

  it('GM049 also when YAML parsed {{…}} as a mapping without complaint', () => {
    const checked = checkInvitation(invitation('kinh_moi:\n  danh_sach: khach-moi.csv\n  dong: {{Họ và tên}}\n'), {
      list: csv(LIST),
    });
    assert.deepEqual(codes(checked.problems), ['GM049 error']);
  });

  it('GM048: a missing or empty list is an error on danh_sach', () => {
    const text = invitation();
    for (const list of [
      undefined,
      { ok: false, name: 'khach-moi.csv', reason: 'missing' } as const,
      csv('Họ và tên\n'),
    ]) {
      const problems = checkInvitation(text, { list }).problems;
      assert.deepEqual(codes(problems), ['GM048 error']);
      assert.deepEqual(problems[0].range.start, at(text, 'khach-moi.csv'));
    }
  });

  it("names files by a pattern of the list's fields, or says which fields it lacks", () => {
    const merge = checkInvitation(invitation(), { list: csv(LIST) }).merge!;
    assert.deepEqual(copyNames(merge, '{{Phiên}} - {{Họ và tên}}'), {
      ok: true,
      names: ['sáng - Nguyễn Văn An', 'chiều - Trần Thị Bình'],
    });
    assert.deepEqual(copyNames(merge, '{{STT}}'), { ok: false, unknown: ['STT'] });
  });

  it('leaves invitations without a list exactly as before', () => {
    assert.equal(checkInvitation(fixture('valid')).merge, undefined);
    assert.ok(checkInvitation(fixture('valid')).invitation);
  });
});
