import * as assert from 'node:assert/strict';
import { completionsAt, scalar, type CompletionEntry } from '../../../src/core/authoring/completion';
import { collectHints } from '../../../src/core/authoring/hints';
import { cursor } from './cursor';

const TODAY = { year: 2026, month: 11, day: 25 };
const labels = (entries: CompletionEntry[]) => entries.map((e) => e.label);
const at = (marked: string, language: 'vi' | 'en' = 'vi', hints = collectHints([])) => {
  const { text, position } = cursor(marked);
  return completionsAt(text, position, { language, today: TODAY, hints });
};

describe('completion', () => {
  it('offers the missing top-level keys at a blank root line, required first, with Vietnamese details', () => {
    const entries = at('co_quan:\n  ten: UBND HUYỆN A\n  viet_tat: UBND\n|\nnoi_nhan:\n  - "Lưu: VT."\n');
    const names = labels(entries);
    assert.ok(!names.includes('co_quan') && !names.includes('noi_nhan'));
    assert.deepEqual(names.slice(0, 3), ['dia_danh', 'trich_yeu', 'nguoi_ky']);
    const trichYeu = entries.find((e) => e.label === 'trich_yeu');
    assert.match(trichYeu?.detail ?? '', /Trích yếu nội dung cuộc họp.*bắt buộc/);
    assert.match(trichYeu?.documentation ?? '', /Căn cứ:\* NĐ 30\/2020, PL I-P.I-M.II-k.5-b/);
  });

  it('selects the everyday key for a prefix: `ph` gives `phan` before the rare `pham_vi_luu_hanh`', () => {
    // VS Code scores both prefix matches alike and then orders them by sortText (the list is sorted by it).
    const typed = (prefix: string) =>
      labels(at(`co_quan:\n  ten: UBND HUYỆN A\n${prefix}|\n`)).filter((l) => l.startsWith(prefix));
    assert.deepEqual(typed('ph'), ['phan', 'pham_vi_luu_hanh']);
    assert.deepEqual(typed('do_'), ['do_khan', 'do_mat']);
    assert.equal(typed('ng').pop(), 'nguyen_van');
  });

  it('speaks English when asked', () => {
    const [first] = at('|', 'en');
    assert.equal(first.label, 'co_quan');
    assert.match(first.detail, /issuing agency.*required/);
  });

  it('inserts `key: ` for text, an indented block for objects (required children as tab stops) and lists', () => {
    const entries = at('|');
    const insert = (name: string) => entries.find((e) => e.label === name)?.insertText;
    assert.equal(insert('trich_yeu'), 'trich_yeu: $0');
    assert.equal(insert('co_quan'), 'co_quan:\n  ten: $1\n  viet_tat: $2');
    assert.equal(insert('noi_nhan'), 'noi_nhan:\n  - $0');
    assert.equal(insert('do_khan'), 'do_khan: ${1|hoa_toc,thuong_khan,khan|}');
    assert.equal(insert('ten_loai'), 'ten_loai: ${1|giay_moi,thong_bao,cong_dien|}');
  });

  it('completes nested keys from indentation, leaving out those present', () => {
    const names = labels(at('nguoi_ky:\n  chuc_vu: CHỦ TỊCH\n  |\n'));
    // ho_ten is optional since a collective may sign with no person's name (GM051 asks for it otherwise).
    assert.ok(names.includes('ho_ten'), 'the missing name is offered');
    assert.ok(
      names.includes('quyen_han') && names.includes('chuc_vu_thay') && !names.includes('chuc_vu'),
      names.join(', '),
    );
  });

  it('works mid-typing in invalid YAML: a section item being written', () => {
    const text = 'co_quan:\n  ten: [A\nmuc:\n  - tieu_de: Thành phần\n  - tie|\nnguoi_ky: {\n';
    const entries = at(text);
    assert.equal(entries[0].label, 'tieu_de');
    assert.deepEqual(entries[0].range, { start: { line: 4, character: 4 }, end: { line: 4, character: 7 } });
    assert.ok(labels(entries).includes('thoi_gian'));
  });

  it('indents an object inserted in a list item relative to the line', () => {
    const entries = at('muc:\n  - tieu_de: A\n    |');
    assert.equal(entries.find((e) => e.label === 'muc')?.insertText, 'muc:\n  - $0');
  });

  it('offers enum values with their meaning', () => {
    const entries = at('nguoi_ky:\n  quyen_han: |\n');
    assert.deepEqual(labels(entries), ['TM', 'KT', 'TL', 'TUQ', 'Q']);
    assert.equal(entries[2].detail, 'thừa lệnh người đứng đầu');
    assert.deepEqual(labels(at('do_khan: |')), ['hoa_toc', 'thuong_khan', 'khan']);
  });

  it('offers signer titles, replacing what was typed', () => {
    const entries = at('nguoi_ky:\n  chuc_vu: PHÓ|\n');
    assert.ok(labels(entries).includes('PHÓ CHỦ TỊCH') && labels(entries).includes('CHÁNH VĂN PHÒNG'));
    assert.deepEqual(entries[0].range, { start: { line: 1, character: 11 }, end: { line: 1, character: 14 } });
  });

  it('offers a quoted "Lưu: VT." in nơi nhận', () => {
    const entries = at('noi_nhan:\n  - Như thành phần mời;\n  - Lư|');
    const luu = entries.find((e) => e.label === 'Lưu: VT.');
    assert.equal(luu?.insertText, '"Lưu: VT."');
  });

  it('takes over an auto-closed quote', () => {
    const [luu] = at('noi_nhan:\n  - "Lư|"');
    assert.deepEqual(luu.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 8 } });
    assert.equal(luu.filterText, '"Lưu: VT.');
  });

  it('offers agency abbreviations and places from the workspace', () => {
    const hints = collectHints([
      'co_quan:\n  ten: SỞ TÀI CHÍNH\n  viet_tat: STC\ndia_danh: Ninh Bình\n',
      'not: [valid',
    ]);
    assert.deepEqual(labels(at('co_quan:\n  viet_tat: |', 'vi', hints)), ['STC', 'UBND']);
    assert.deepEqual(labels(at('dia_danh: |', 'vi', hints)), ['Ninh Bình']);
    assert.deepEqual(labels(at('co_quan:\n  viet_tat: SNV\nky_hieu: |', 'vi', hints)), ['GM-SNV', 'GM-STC']);
  });

  it('offers the usual section headings', () => {
    assert.deepEqual(labels(at('muc:\n  - tieu_de: |')).slice(0, 3), ['Thành phần', 'Thời gian', 'Địa điểm']);
  });

  it("offers today's date for ngay, and a month-only draft", () => {
    assert.deepEqual(labels(at('ngay: |')), ['2026-11-25', '2026-11']);
  });

  it('completes keys and values inside a flow mapping', () => {
    assert.deepEqual(labels(at('thoi_gian: { bat_dau: 2024-05-17 14:00, |')), ['ket_thuc', 'ghi_chu', 'nguyen_van']);
  });

  it('adds the missing space after a colon', () => {
    assert.equal(at('do_khan:|')[0].insertText, ' hoa_toc');
  });

  it('quotes values YAML would misread', () => {
    assert.equal(scalar('Lưu: VT.'), '"Lưu: VT."');
    assert.equal(scalar('11:30'), '11:30');
    assert.equal(scalar('2024'), '"2024"');
    assert.equal(scalar('CHỦ TỊCH'), 'CHỦ TỊCH');
  });

  it('stays quiet while prose is typed on a continuation line', () => {
    assert.deepEqual(at('mo_dau: Thực hiện kế hoạch\n  của Ủy ban nhân dân |'), []);
  });

  it('offers nothing inside a comment-only line or an unknown place', () => {
    assert.deepEqual(at('khong_co:\n  |'), []);
  });
});
