import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isDocument, parseDocument, type Document } from 'yaml';
import { checkInvitation } from '../../../src/core/check/check';
import { flattenQuotedValues } from '../../../src/core/source/flat-values';
import { reparseLine, YAML_OPTIONS } from '../../../src/core/source/reparse-line';

const SIPAS = readFileSync(join(__dirname, '../../../examples/hoi-nghi-sipas-2024.giaymoi.yaml'), 'utf8');

/** Lists of every kind the edits land in: quoted, plain and single-quoted items, nested lists, an alias, comments, blank lines, a multi-line item. */
const LISTS = `co_quan:
  ten: ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN
  viet_tat: UBND
dia_danh: Bắc Sơn
ngay: 2024-05-10
trich_yeu: Dự Hội nghị   # ghi chú cuối dòng
toi_du: "Hội nghị tổng kết"
dia_diem: 'Hội trường'
so:
mo_dau:
  - "Đoạn một: căn cứ Kế hoạch số 12/KH-UBND ngày 31/2/2024."
  - Đoạn hai viết trơn, không ngoặc
  - 'Đoạn ba trong ngoặc đơn'
  - &doan "Đoạn bốn có neo"
  # chú thích giữa hai đoạn
  - "Đoạn năm sau chú thích"

  - "Đoạn sáu sau dòng trống"
  - "Đoạn bảy
    viết trên hai dòng"
  - "Đoạn tám (thứ Năm)"
  # chú thích sau đoạn tám
  - 12
      # chú thích thụt sâu
  - "Đoạn chín"
  - "Đoạn cuối"

muc:
  - tieu_de: Thành phần
    ghi_chu: "một dòng" # chú thích
    noi_dung:
      - "Lãnh đạo UBND huyện"
      - Trưởng các phòng
      - "Chủ tịch UBND các xã"
  - tieu_de: Nội dung
    noi_dung: [ "một", "hai" ]
nguoi_ky:
  chuc_vu: CHỦ TỊCH
  ho_ten: Nguyễn Văn A
noi_nhan:
  - Như trên;
  - *doan
  - "Lưu: VT." # cuối
# chú thích cuối tệp
`;

/** Everything yaml put in a document, nodes and their own fields, as plain data. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value === null || typeof value !== 'object') return value;
  if (isDocument(value)) {
    const doc = value as Document.Parsed;
    return {
      contents: shape(doc.contents),
      range: doc.range,
      errors: doc.errors.length,
      warnings: doc.warnings.length,
      comment: doc.comment,
      before: doc.commentBefore,
    };
  }
  const fields = Object.entries(value)
    .filter(([k]) => k !== 'schema')
    .map(([k, v]) => [k, shape(v)]);
  return { kind: value.constructor.name, ...Object.fromEntries(fields) };
}

/** The data, or the error converting it gave (an alias left without its anchor). */
function plain(doc: Document.Parsed): unknown {
  try {
    return doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return String(error);
  }
}

function read(text: string): Document.Parsed {
  const doc = parseDocument(text, YAML_OPTIONS);
  flattenQuotedValues(doc, text);
  return doc;
}

/** One edit inside one line: an insertion or a deletion at a column. */
const piece = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 3 },
  fc.constantFrom(
    '"',
    "'",
    '\\',
    '\\n',
    ': ',
    ' #',
    '#',
    '- ',
    '&a ',
    '*doan',
    '!!str ',
    '[',
    '{',
    '  ',
    '\t',
    'Kính gửi',
    '31/2/2024',
    '\n',
    'a\u0301',
  ),
);
const edit = fc.record({ line: fc.nat(), column: fc.nat(), remove: fc.nat({ max: 4 }), insert: piece });

function applied(text: string, e: { line: number; column: number; remove: number; insert: string }): string {
  const lines = text.split('\n');
  const i = e.line % lines.length;
  const at = e.column % (lines[i].length + 1);
  lines[i] = lines[i].slice(0, at) + e.insert + lines[i].slice(at + e.remove);
  return lines.join('\n');
}

describe('reparseLine: one edited line read again on its own', () => {
  it('gives exactly the document a full read gives, and leaves the previous one as it was', () => {
    let reused = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = LISTS;
        let doc = read(text);
        for (const e of edits) {
          const next = applied(text, e);
          const before = shape(doc);
          const spliced = reparseLine(text, doc, next);
          runs += 1;
          assert.deepEqual(shape(doc), before);
          if (spliced) {
            reused += 1;
            assert.deepEqual(shape(spliced), shape(read(next)));
            assert.deepEqual(plain(spliced), plain(read(next)));
          }
          text = next;
          doc = spliced ?? read(next);
        }
      }),
      { numRuns: 200 },
    );
    // The fast path must be taken often enough for the comparison above to mean something.
    assert.ok(reused > runs / 20, `${reused} of ${runs} edits read one line`);
  });

  it('reads one line for a keystroke in a paragraph, and the whole text for edits it cannot place', () => {
    const doc = read(LISTS);
    const typed = LISTS.replace('Đoạn hai viết', 'Đoạn hai đã viết');
    assert.ok(reparseLine(LISTS, doc, typed), 'a plain item');
    assert.ok(reparseLine(LISTS, doc, LISTS.replace('"Đoạn một:', '"Đoạn thứ một:')), 'a quoted item');
    assert.ok(reparseLine(LISTS, doc, LISTS.replace('"Lãnh đạo', '"Các lãnh đạo')), 'a nested list');
    assert.ok(
      reparseLine(LISTS, doc, LISTS.replace('Dự Hội nghị', 'Dự Hội nghị sơ kết')),
      'a top-level entry with a comment',
    );
    assert.ok(reparseLine(LISTS, doc, LISTS.replace('"một dòng"', '"một dòng mới"')), 'a nested entry');
    assert.ok(reparseLine(LISTS, doc, LISTS.replace('Đoạn hai viết', 'Đoạn hai # viết')), 'a comment after the value');
    assert.ok(reparseLine(LISTS, doc, LISTS.replace('"Đoạn cuối"', '"Đoạn cuối cùng"')), "a list's last item");
    assert.ok(reparseLine(LISTS, doc, LISTS.replace('Nguyễn Văn A', 'Nguyễn Văn An')), "a mapping's last entry");
    assert.ok(reparseLine(LISTS, doc, LISTS.replace('"Lưu: VT."', '"Lưu: VT, TH."')), 'the last line');
    const whole = [
      LISTS.replace('"Đoạn năm', '"Đoạn thứ năm'), // after a comment line
      LISTS.replace('"Đoạn sáu', '"Đoạn thứ sáu'), // after a blank line
      LISTS.replace('Đoạn hai viết', 'Đoạn hai: viết'), // no longer one text
      LISTS.replace('"Đoạn một:', '"Đoạn\nmột:'), // a new line
      LISTS.replace('&doan "Đoạn bốn', '&doan "Đoạn thứ bốn'), // an anchor
      LISTS.replace('  - Như trên;', '  -  Như trên;'), // before the value
      LISTS.replace('trich_yeu: Dự', 'trich_yeu:  Dự'), // before the value
    ];
    for (const text of whole) assert.equal(reparseLine(LISTS, doc, text), undefined, text.slice(0, 0));
  });
});

describe('checkInvitation reusing the previous document', () => {
  /** A check with nothing to reuse: the last text read is another one. */
  function fresh(text: string) {
    checkInvitation('khác: 1\n');
    return checkInvitation(text);
  }

  it('finds the same problems at the same places as a fresh check, edit after edit, as later text moves', () => {
    let text = SIPAS.replace(
      /^mo_dau: .*$/m,
      'mo_dau:\n  - "Căn cứ Kế hoạch ngày 31/2/2024 (thứ Hai)."\n  - "Đoạn hai."\n  - "Đoạn ba, Sở Tài Chính."',
    );
    const steps = [
      (t: string) => t.replace('Căn cứ', 'Căn cứ theo'), // longer: what follows moves right
      (t: string) => t.replace('Đoạn hai.', 'Đoạn hai 30/2/2025 kính\u200Bmời.'), // new problems in the edited line
      (t: string) => t.replace('Căn cứ theo Kế hoạch', 'Kế hoạch'), // shorter: what follows moves left
      (t: string) => t.replace('30/2/2025', '28/2/2025'), // a problem fixed
      (t: string) => t.replace('  - "Đoạn hai', '  - "Đoạn mới."\n  - "Đoạn hai'), // a paragraph moved down a line
    ];
    checkInvitation(text);
    for (const step of steps) {
      text = step(text);
      const reused = checkInvitation(text);
      const again = fresh(text);
      assert.deepEqual(reused.problems, again.problems);
      assert.deepEqual(reused.invitation, again.invitation);
    }
    assert.ok(
      fresh(text).problems.some((p) => p.code === 'GM014' && p.range.start.line > 0),
      'the file still has a problem whose place is checked',
    );
  });
});
