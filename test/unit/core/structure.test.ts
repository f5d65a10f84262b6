/**
 * Body structure: parts I., II.; sections 1. restarting in each part; sub-items
 * 1.1.; points a) … đ); "- " and "+ " lines; `{ doan }` paragraphs taking no
 * number — laid out with the labels of NĐ 30/2020 PL I-P.I-M.II-k.6 and practice.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseInvitation } from '../../../src/core/parse/parse';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { blockText, type Block } from '../../../src/core/layout/model';
import { pointLetter, romanNumeral } from '../../../src/core/layout/numbering';

const HEAD = `co_quan: { ten: ỦY BAN NHÂN DÂN XÃ TÂN AN, viet_tat: UBND }
dia_danh: Tân An
ngay: 2025-09-08
trich_yeu: Họp bàn kế hoạch
nguoi_ky: { chuc_vu: CHỦ TỊCH, ho_ten: Lê Văn Bình }
noi_nhan: [Như trên;, "Lưu: VT."]
`;

function body(yaml: string): Block[] {
  const parsed = parseInvitation(HEAD + yaml);
  assert.deepEqual(
    parsed.problems.map((p) => `${p.code} ${p.message.en}`),
    [],
  );
  assert.ok(parsed.invitation);
  return [...layoutInvitation(parsed.invitation, parsed.source).body];
}

const lines = (blocks: readonly Block[]) => blocks.map((b) => `${b.role}|${blockText(b)}`);

describe('numbering', () => {
  it('writes parts in Roman numerals', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 9, 10, 14, 40, 90].map(romanNumeral), [
      'I',
      'II',
      'III',
      'IV',
      'V',
      'IX',
      'X',
      'XIV',
      'XL',
      'XC',
    ]);
  });

  it('letters points a, b, c, d, đ, e, g, h, i, k — no f, j, w, z', () => {
    const letters = Array.from({ length: 23 }, (_, i) => pointLetter(i + 1)).join('');
    assert.equal(letters, 'abcdđeghiklmnopqrstuvxy');
    assert.equal(pointLetter(24), 'aa');
  });
});

describe('body structure', () => {
  it('numbers parts I., II. and restarts sections at 1. in each part', () => {
    const blocks = body(`phan:
  - tieu_de: MỤC ĐÍCH
    muc:
      - tieu_de: Một
      - tieu_de: Hai
  - tieu_de: TỔ CHỨC
    muc:
      - tieu_de: Ba
        muc: [Con một, Con hai]
`);
    assert.deepEqual(lines(blocks), [
      'part|I. MỤC ĐÍCH',
      'section|1. Một',
      'section|2. Hai',
      'part|II. TỔ CHỨC',
      'section|1. Ba',
      'item|1.1. Con một',
      'item|1.2. Con hai',
    ]);
    assert.ok(
      blocks[0].runs.every((r) => r.bold),
      'a part heading is bold (PL I-P.I-M.II-k.6)',
    );
    assert.ok(
      blocks[1].runs.every((r) => !r.bold),
      'a section heading is not',
    );
  });

  it('letters points under a section, a sub-item and a part, with đ after d', () => {
    const blocks = body(`phan:
  - tieu_de: PHẦN
    diem: [Một, Hai]
    muc:
      - tieu_de: Mục
        diem: [a1, b1, c1, d1, đ1, e1, g1]
        muc:
          - noi_dung: Con
            diem: [x, y]
`);
    assert.deepEqual(
      lines(blocks).map((l) => l.split('|')[1]),
      [
        'I. PHẦN',
        '1. Mục',
        '1.1. Con',
        'a) x',
        'b) y',
        'a) a1',
        'b) b1',
        'c) c1',
        'd) d1',
        'đ) đ1',
        'e) e1',
        'g) g1',
        'a) Một',
        'b) Hai',
      ],
    );
  });

  it('prints "- " lines with their "+ " lines', () => {
    const blocks = body(`muc:
  - tieu_de: Thành phần
    gach_dau_dong:
      - noi_dung: "Cấp huyện:"
        cong: [Lãnh đạo UBND;, Văn phòng.]
      - Cấp xã.
`);
    assert.deepEqual(lines(blocks), [
      'section|1. Thành phần',
      'bullet|- Cấp huyện:',
      'bullet|+ Lãnh đạo UBND;',
      'bullet|+ Văn phòng.',
      'bullet|- Cấp xã.',
    ]);
  });

  it('prints a { doan } entry in place, unnumbered, and the count goes on after it', () => {
    const blocks = body(`muc:
  - tieu_de: Một
    muc:
      - Con một
      - doan: Đoạn giữa.
      - Con hai
    diem:
      - Điểm một
      - doan: [Đoạn A, Đoạn B]
      - Điểm hai
    gach_dau_dong:
      - Gạch
      - doan: Câu sau danh sách.
  - doan: Đoạn giữa hai mục.
  - tieu_de: Hai
`);
    assert.deepEqual(lines(blocks), [
      'section|1. Một',
      'item|1.1. Con một',
      'paragraph|Đoạn giữa.',
      'item|1.2. Con hai',
      'item|a) Điểm một',
      'paragraph|Đoạn A',
      'paragraph|Đoạn B',
      'item|b) Điểm hai',
      'bullet|- Gạch',
      'paragraph|Câu sau danh sách.',
      'paragraph|Đoạn giữa hai mục.',
      'section|2. Hai',
    ]);
  });

  it('ties every block to its own YAML node, for preview sync', () => {
    const yaml = `phan:
  - tieu_de: PHẦN
    muc:
      - tieu_de: Mục
        diem:
          - noi_dung: Điểm
            gach_dau_dong:
              - noi_dung: Gạch
                cong: [Cộng]
      - doan: Đoạn
`;
    const firstLine = HEAD.split('\n').length - 1;
    const blocks = body(yaml);
    assert.deepEqual(
      blocks.map((b) => (b.source ? b.source.start.line - firstLine : -1)),
      [1, 3, 5, 7, 8, 9],
    );
  });

  it('puts a part time or sentence after a colon, as a section does', () => {
    const blocks = body(`phan:
  - tieu_de: THỜI GIAN
    thoi_gian: { bat_dau: 2025-09-15 08:00 }
  - tieu_de: ĐỊA ĐIỂM
    noi_dung: Hội trường xã.
`);
    assert.deepEqual(lines(blocks), [
      'part|I. THỜI GIAN: Từ 8 giờ 00 phút, ngày 15/9/2025 (thứ Hai).',
      'part|II. ĐỊA ĐIỂM: Hội trường xã.',
    ]);
  });
});

describe('body structure: schema', () => {
  const problems = (yaml: string) =>
    parseInvitation(HEAD + yaml).problems.map(
      (p) => `${p.code} ${p.range.start.line - (HEAD.split('\n').length - 1)} ${p.message.en}`,
    );

  it('accepts the shapes valid before (doan as a list, sub-items as text or { noi_dung, gach_dau_dong })', () => {
    assert.deepEqual(
      problems(`muc:
  - tieu_de: A
    doan: [Một, Hai]
    muc: [Con, { noi_dung: Con hai, gach_dau_dong: [x] }]
    gach_dau_dong: [y]
`),
      [],
    );
  });

  it('reports an unknown key inside a point at the key', () => {
    assert.deepEqual(
      problems(`muc:
  - tieu_de: A
    diem:
      - noi_dung: Điểm
        cong: [x]
`),
      ['GM003 4 There is no field `cong` in the invitation format.'],
    );
  });

  it('reports a section entry without tieu_de as a missing tieu_de', () => {
    const found = problems(`muc:
  - noi_dung: Không có tiêu đề
`);
    assert.equal(found.length, 1);
    assert.match(found[0], /^GM004 .*`tieu_de`/);
  });
});

describe('body structure: the README examples', () => {
  const section = readFileSync('README.md', 'utf8').split('### Phần, điểm')[1]?.split('\n### ')[0] ?? '';
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

  it('has an example per level, and one of dash lines directly in the body', () => assert.equal(blocks.length, 5));

  blocks.forEach((yaml, i) => {
    it(`example ${i + 1} prints what its comments say`, () => {
      const printed = body(yaml).map(blockText);
      const promised = [...yaml.matchAll(/# ((?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[-+]) [^#…\n]*)/gu)].map((m) =>
        m[1].trim(),
      );
      assert.ok(promised.length >= 3);
      let at = 0;
      for (const line of promised) {
        const found = printed.findIndex((text, j) => j >= at && text.startsWith(line));
        assert.ok(found >= 0, `"${line}" not printed in order: ${printed.join(' | ')}`);
        at = found + 1;
      }
    });
  });
});
