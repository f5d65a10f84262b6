import * as assert from 'node:assert/strict';
import { parseInvitation } from '../../../src/core/parse/parse';
import { assertFixClears, fixture, problemsOf, single } from './helpers';

describe('nơi nhận (GM020, GM021)', () => {
  it('GM020: a list without "Lưu: VT." gets a quoted item appended', () => {
    const text = fixture('noi-nhan-no-luu');
    const p = single(text, 'GM020', 'warning', 'Phòng Nội vụ;');
    const fixed = assertFixClears(text, p);
    assert.match(fixed, / {2}- Phòng Nội vụ;\n {2}- "Lưu: VT."\n$/);
    assert.deepEqual(parseInvitation(fixed).invitation?.noi_nhan.slice(-1), ['Lưu: VT.']);
  });

  it('GM020: appends inside a flow list too', () => {
    const text = fixture('valid').replace(/noi_nhan:[\s\S]*$/, 'noi_nhan: [Như thành phần mời;, Phòng Nội vụ;]\n');
    const p = single(text, 'GM020', 'warning', 'Phòng Nội vụ;');
    assert.match(assertFixClears(text, p), /\[Như thành phần mời;, Phòng Nội vụ;, "Lưu: VT."\]/);
  });

  it('GM020: the "Lưu" line ends with a full stop', () => {
    const text = fixture('noi-nhan-luu-no-stop');
    const p = single(text, 'GM020', 'warning', 'Lưu: VT, VP');
    assert.match(assertFixClears(text, p), /- "Lưu: VT, VP\."$/m);
  });

  it('GM020: a "Lưu" line without "VT"', () => {
    const text = fixture('valid').replace('"Lưu: VT, CCHC."', '"Lưu: Văn thư, CCHC."');
    const found = problemsOf(text, 'GM020');
    assert.equal(found.length, 1);
    assert.match(found[0].message.vi, /Lưu: VT, <đơn vị soạn thảo>/);
    assert.deepEqual(problemsOf(text, 'GM021'), []);
    const person = fixture('valid').replace('  - Như thành phần mời;\n', '  - Lưu Quang Vinh, chuyên viên;\n');
    assert.deepEqual([...problemsOf(person, 'GM020'), ...problemsOf(person, 'GM021')], []);
  });

  it('GM020: a "Lưu" line that is not the last one', () => {
    const text = fixture('valid')
      .replace('  - Như thành phần mời;\n', '  - "Lưu: VT."\n  - Như thành phần mời;\n')
      .replace('  - "Lưu: VT, CCHC."\n', '');
    const found = problemsOf(text, 'GM020');
    assert.equal(found.length, 1);
    assert.match(found[0].message.en, /move it to the end/);
  });

  it('GM021: other lines end with ";" — a final "." is replaced, a missing one added', () => {
    const text = fixture('noi-nhan-semicolon');
    const found = problemsOf(text, 'GM021');
    assert.equal(found.length, 2);
    const once = assertFixClears(text, found[0]);
    assert.match(once, /- Như thành phần mời;\n/);
    const second = problemsOf(once, 'GM021')[0];
    assert.match(assertFixClears(once, second), /- Phòng Nội vụ;\n/);
  });

  it('GM021 keeps a "./." closing mark and appends; GM020 swaps a final ";" of the Lưu line for "."', () => {
    const closing = fixture('valid').replace('  - Như thành phần mời;\n', '  - Như thành phần mời./.\n');
    assert.match(assertFixClears(closing, problemsOf(closing, 'GM021')[0]), /- Như thành phần mời\.\/\.;\n/);
    const luu = fixture('valid').replace('"Lưu: VT, CCHC."', '"Lưu: VT, CCHC;"');
    assert.match(assertFixClears(luu, problemsOf(luu, 'GM020')[0]), /- "Lưu: VT, CCHC\."\n/);
  });

  it('pass the valid invitation and the seed', () => {
    for (const name of ['valid', 'seed']) {
      assert.deepEqual([...problemsOf(fixture(name), 'GM020'), ...problemsOf(fixture(name), 'GM021')], []);
    }
  });

  it('GM020: a "Lưu" line in the middle is misplaced, not missing; a warning on the whole line', () => {
    const text = fixture('valid')
      .replace('  - Giám đốc Sở (để báo cáo);\n', '  - "Lưu: VT."\n  - Giám đốc Sở (để báo cáo);\n')
      .replace('  - "Lưu: VT, CCHC."\n', '');
    const p = single(text, 'GM020', 'warning', 'Lưu: VT.');
    assert.match(p.message.vi, /chuyển nó xuống cuối/);
  });

  it('GM020: "Lưu" without VT is a warning on the whole line', () => {
    const text = fixture('valid').replace('"Lưu: VT, CCHC."', '"Lưu: Văn thư, CCHC."');
    single(text, 'GM020', 'warning', 'Lưu: Văn thư, CCHC.');
  });

  it('reads each line without the spaces around it; an empty line is no recipient to punctuate', () => {
    const spaced = fixture('valid')
      .replace('  - Như thành phần mời;\n', '  - "Như thành phần mời;  "\n')
      .replace('"Lưu: VT, CCHC."', '" Lưu: VT, CCHC.  "');
    assert.deepEqual([...problemsOf(spaced, 'GM020'), ...problemsOf(spaced, 'GM021')], []);
    const dotted = fixture('valid').replace('  - Như thành phần mời;\n', '  - "Như thành phần mời.  "\n');
    assert.match(
      assertFixClears(dotted, single(dotted, 'GM021', 'warning', 'Như thành phần mời.  ')),
      /- "Như thành phần mời; {2}"\n/,
    );
    const empty = fixture('valid').replace('  - Như thành phần mời;\n', '  - Như thành phần mời;\n  - ""\n');
    assert.deepEqual(problemsOf(empty, 'GM021'), []);
  });

  it('GM020: the fix is titled for the user and appends under a one-letter last item too', () => {
    const text = fixture('noi-nhan-no-luu').replace('  - Phòng Nội vụ;\n', '  - X\n');
    const p = single(text, 'GM020', 'warning', 'X');
    assert.deepEqual(
      p.fixes?.map((f) => f.title),
      [{ vi: 'Thêm dòng "Lưu: VT."', en: 'Add the line "Lưu: VT."' }],
    );
    assert.match(assertFixClears(text, p), /\n {2}- X\n {2}- "Lưu: VT."\n$/);
  });
});
