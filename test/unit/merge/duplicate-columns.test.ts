/** Issue 31, item 6: a list with two columns of one name is refused, naming both, not read with the first silently. */
import * as assert from 'node:assert/strict';
import { checkInvitation } from '../../../src/core/check/check';
import { MAX_LIST_ROWS, type LoadedList } from '../../../src/core/merge/table';
import { readCsvList } from '../../../src/lists/read-list';
import { fixture } from '../rules/helpers';

const csv = (text: string): LoadedList => readCsvList('khach-moi.csv', new TextEncoder().encode(text));
const source = () =>
  `${fixture('valid').replace(/^kinh_moi:.*\n(?:^ +.*\n)*/m, '')}kinh_moi:\n  danh_sach: khach-moi.csv\n  dong: "Ông/Bà {{Họ và tên}}, {{Đơn vị}}"\n`;

describe('merge: two columns of one name (issue 31)', () => {
  it('is an error naming both header cells, in the invitation and in the list', () => {
    const list = csv('Họ và tên,Đơn vị,Chức vụ,đơn  vị\nNguyễn Văn An,Sở Tài chính,Giám đốc,Sở Y tế\n');
    const checked = checkInvitation(source(), { list });
    const problem = checked.problems.find((p) => p.code === 'GM048');
    assert.ok(problem, JSON.stringify(checked.problems.map((p) => p.code)));
    assert.equal(problem.severity, 'error');
    assert.match(problem.message.vi, /hai cột cùng tên "đơn vị" \(khach-moi\.csv:1:11 và khach-moi\.csv:1:26\)/);
    assert.match(problem.message.en, /two columns named "đơn vị" \(khach-moi\.csv:1:11 and khach-moi\.csv:1:26\)/);
    const finding = checked.merge?.findings.find((f) => f.code === 'GM048');
    assert.deepEqual(finding && [finding.line, finding.character], [0, 25]);
  });

  it('a list whose columns differ is not touched', () => {
    const checked = checkInvitation(source(), { list: csv('Họ và tên,Đơn vị\nNguyễn Văn An,Sở Tài chính\n') });
    assert.equal(checked.problems.filter((p) => p.code === 'GM048').length, 0);
  });
});

describe('merge: a list longer than any invitee list (issue 31)', () => {
  it('is one error saying how long, and no copy is checked', () => {
    const rows = Array.from({ length: MAX_LIST_ROWS + 1 }, (_, i) => `Người ${i + 1},Sở ${i + 1}`).join('\n');
    const checked = checkInvitation(source(), { list: csv(`Họ và tên,Đơn vị\n${rows}\n`) });
    const problem = checked.problems.find((p) => p.code === 'GM048');
    assert.match(problem?.message.en ?? '', /has 20,001 invitees, more than 20,000/);
    assert.equal(checked.merge?.copies.length, 0);
  });
});
