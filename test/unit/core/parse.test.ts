import * as assert from 'node:assert/strict';
import { parseInvitation } from '../../../src/core/parse/parse';

const VALID = `co_quan:
  ten: ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN
  viet_tat: UBND
so:
dia_danh: Bắc Sơn
ngay: 2024-05
trich_yeu: Dự Hội nghị
nguoi_ky:
  chuc_vu: CHỦ TỊCH
  ho_ten: Nguyễn Văn A
noi_nhan:
  - "Lưu: VT."
`;

/** The source text a problem's range covers. */
function covered(
  text: string,
  p: { range: { start: { line: number; character: number }; end: { line: number; character: number } } },
): string {
  const lines = text.split('\n');
  if (p.range.start.line !== p.range.end.line) throw new Error('multi-line range');
  return lines[p.range.start.line].slice(p.range.start.character, p.range.end.character);
}

describe('parseInvitation', () => {
  it('accepts a minimal valid invitation', () => {
    const r = parseInvitation(VALID);
    assert.deepEqual(r.problems, []);
    assert.equal(r.invitation?.co_quan.viet_tat, 'UBND');
  });

  it('puts an unknown key on the key, with a did-you-mean fix', () => {
    const text = VALID.replace('trich_yeu:', 'trich_yue:');
    const [p] = parseInvitation(text).problems.filter((x) => x.code === 'GM003');
    assert.equal(covered(text, p), 'trich_yue');
    assert.match(p.message.vi, /trich_yeu/);
    assert.equal(p.fixes?.[0].edits[0].newText, 'trich_yeu');
  });

  it('puts a wrong type on the value', () => {
    const text = VALID.replace('dia_danh: Bắc Sơn', 'dia_danh: [1, 2]');
    const p = parseInvitation(text).problems.find((x) => x.code === 'GM005');
    assert.ok(p);
    assert.equal(covered(text, p), '[1, 2]');
  });

  it('reports a missing nested field on its parent key', () => {
    const text = VALID.replace('  viet_tat: UBND\n', '');
    const p = parseInvitation(text).problems.find((x) => x.code === 'GM004');
    assert.ok(p);
    assert.equal(covered(text, p), 'co_quan');
    assert.match(p.message.vi, /viet_tat/);
  });

  it('reports duplicate keys and YAML syntax errors with their ranges', () => {
    const dup = parseInvitation(VALID + 'dia_danh: Hà Nội\n').problems;
    assert.equal(dup[0].code, 'GM002');
    assert.equal(dup[0].range.start.line, 12);
    const bad = parseInvitation(VALID + 'x: [1\n').problems;
    assert.equal(bad[0].code, 'GM001');
  });

  it('caps alias expansion (billion laughs) with a problem, not a hang', () => {
    const lol = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i += 1)
      lol.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(', ')}]`,
      );
    const r = parseInvitation(lol.join('\n'));
    assert.equal(r.problems[0].code, 'GM006');
  });

  it('refuses a file of several MB with one problem', () => {
    const r = parseInvitation('a: ' + 'x'.repeat(3_000_000));
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].code, 'GM006');
  });

  it('says what to do with an empty file', () => {
    const r = parseInvitation('');
    assert.equal(r.problems[0].code, 'GM005');
    assert.match(r.problems[0].message.vi, /trống/);
  });
});

describe('text with a colon', () => {
  const apply = (
    text: string,
    edit: {
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      newText: string;
    },
  ) => {
    const lines = text.split('\n');
    const line = lines[edit.range.start.line];
    lines[edit.range.start.line] =
      line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
    return lines.join('\n');
  };

  it('explains a value ending in ":" and quotes it as a fix', () => {
    const text = VALID.replace('trich_yeu: Dự Hội nghị', 'trich_yeu: Dự Hội nghị, cụ thể như sau:');
    const [p] = parseInvitation(text).problems;
    assert.equal(p.code, 'GM001');
    assert.equal(covered(text, p), 'Dự Hội nghị, cụ thể như sau:');
    const fixed = apply(text, p.fixes![0].edits[0]);
    assert.deepEqual(parseInvitation(fixed).problems, []);
    assert.equal(parseInvitation(fixed).invitation?.trich_yeu, 'Dự Hội nghị, cụ thể như sau:');
  });

  it('explains `- Lưu: VT.` read as a mapping and quotes it as a fix', () => {
    const text = VALID.replace('  - "Lưu: VT."', '  - Lưu: VT.');
    const [p] = parseInvitation(text).problems;
    assert.equal(p.code, 'GM005');
    assert.equal(covered(text, p), 'Lưu: VT.');
    assert.match(p.message.vi, /ngoặc kép/);
    const fixed = apply(text, p.fixes![0].edits[0]);
    assert.deepEqual(parseInvitation(fixed).problems, []);
  });
});
