import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { outlineOf, type OutlineSymbol } from '../../../src/core/authoring/outline';
import { parseInvitation } from '../../../src/core/parse/parse';
import type { Range } from '../../../src/core/model/problem';

const SEED = readFileSync('examples/hoi-nghi-sipas-2024.giaymoi.yaml', 'utf8');
const contains = (outer: Range, inner: Range) =>
  (outer.start.line < inner.start.line ||
    (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
  (outer.end.line > inner.end.line ||
    (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));

describe('outline', () => {
  const symbols = outlineOf(parseInvitation(SEED).source, 'vi');

  it('lists the agency, number and date, subject, sections, signature and nơi nhận in source order', () => {
    assert.deepEqual(
      symbols.map((s) => s.name),
      [
        'Cơ quan',
        'Số, ngày',
        'Trích yếu',
        'Mở đầu',
        'Lời mời',
        '1. Thành phần',
        '2. Thời gian',
        '3. Địa điểm',
        '4. Nội dung Hội nghị',
        '5. Tổ chức thực hiện',
        'Lời kết',
        'Người ký',
        'Nơi nhận',
      ],
    );
    assert.equal(symbols[0].detail, 'ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN (UBND)');
    assert.equal(symbols[1].detail, 'Số: …/GM-UBND · Bắc Sơn, 2024-05');
    assert.equal(
      symbols.find((s) => s.name === 'Người ký')?.detail,
      'TL. CHỦ TỊCH · CHÁNH VĂN PHÒNG · Dương Thị Thanh Thịnh',
    );
  });

  it('numbers sub-items under their section', () => {
    const section = symbols.find((s) => s.name.startsWith('4.'));
    assert.deepEqual(
      section?.children.map((c) => c.name.slice(0, 5)),
      ['4.1. ', '4.2. '],
    );
    assert.equal(symbols.find((s) => s.name === 'Nơi nhận')?.children.length, 5);
  });

  it('keeps each selection inside its range and children inside their parent', () => {
    const check = (s: OutlineSymbol) => {
      assert.ok(contains(s.range, s.selection), s.name);
      s.children.forEach((c) => {
        assert.ok(contains(s.range, c.range), c.name);
        check(c);
      });
    };
    symbols.forEach(check);
  });

  it('speaks English when asked, and survives broken YAML', () => {
    assert.equal(outlineOf(parseInvitation(SEED).source, 'en')[0].name, 'Agency');
    const broken = outlineOf(
      parseInvitation('co_quan:\n  ten: A\nmuc:\n  - tieu_de: X\n    noi_dung: [\n').source,
      'vi',
    );
    assert.ok(Array.isArray(broken));
    assert.deepEqual(outlineOf(parseInvitation('').source, 'vi'), []);
  });

  it('lists parts I., II. with their sections, sub-items and points numbered as printed', () => {
    const text = readFileSync('examples/hoi-nghi-tong-ket-nong-thon-moi-2025.giaymoi.yaml', 'utf8');
    const parts = outlineOf(parseInvitation(text).source, 'vi').filter((s) => /^[IVX]+\. /.test(s.name));
    assert.deepEqual(
      parts.map((p) => p.name),
      ['I. THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM', 'II. NỘI DUNG, CHƯƠNG TRÌNH', 'III. TỔ CHỨC THỰC HIỆN'],
    );
    const name = (s: OutlineSymbol) => s.name.split(' ')[0];
    assert.deepEqual(
      parts[0].children.map(name),
      ['1.', '2.', '3.'],
      'the paragraph between 1. and 2. takes no number',
    );
    assert.deepEqual(parts[0].children[0].children.map(name), ['a)', 'b)', 'c)']);
    const content = parts[1].children[0];
    assert.deepEqual(content.children.map(name), ['1.1.', '1.2.', '1.3.']);
    assert.deepEqual(content.children[1].children.map(name), ['a)', 'b)', 'c)', 'd)', 'đ)']);
  });
});

describe('outline: text printed as written above the header and after the foot', () => {
  it('lists nguyen_van_dau first and nguyen_van_cuoi last, where they stand in the file', () => {
    const text = readFileSync('test/fixtures/verbatim-ends/du-thao-ghi-chu.giaymoi.yaml', 'utf8');
    const names = outlineOf(parseInvitation(text).source, 'vi').map((s) => s.name);
    assert.ok(names.includes('Nguyên văn trên phần đầu'), names.join(', '));
    assert.ok(names.includes('Nguyên văn sau phần cuối'), names.join(', '));
    const en = outlineOf(parseInvitation(text).source, 'en').map((s) => s.name);
    assert.ok(en.includes('Verbatim, after the foot'), en.join(', '));
  });
});
