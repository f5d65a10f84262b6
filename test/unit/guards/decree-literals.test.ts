/**
 * The law's numbers, written here as literals (never read from measures.ts):
 * for every role, the size and style the layout must use, checked to lie in
 * Decree 30's range, then found in what the DOCX and the preview actually
 * contain — the run properties of the paragraph holding that role's text in
 * word/document.xml (or a header/footer part), and the preview's CSS rule for
 * the class its DOM element carries. A wrong number in measures.ts fails here.
 * Sources: /work/shared/design/decree30.md (NĐ 30/2020, Phụ lục I).
 */
import * as assert from 'node:assert/strict';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { blockText, type Block, type Layout, type Role } from '../../../src/core/layout/model';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { renderPage } from '../../../src/render/html';
import { render, type Rendered } from '../render-docx/docx-xml';

interface Law {
  readonly role: Role;
  /** The size the layout must use (default settings: 14 pt body), pt. */
  readonly pt: number;
  /** The decree's allowed range for the element, pt. */
  readonly range: readonly [number, number];
  readonly bold: boolean;
  readonly italic: boolean;
  /** Printed in a single-line frame (độ khẩn, độ mật, phạm vi lưu hành). */
  readonly framed?: boolean;
  /** Text colour other than black. */
  readonly red?: boolean;
  readonly locator: string;
}

const LAW: readonly Law[] = [
  { role: 'quoc_hieu', pt: 12, range: [12, 13], bold: true, italic: false, locator: 'PL I-P.I-M.II-k.1-a' },
  { role: 'tieu_ngu', pt: 13, range: [13, 14], bold: true, italic: false, locator: 'PL I-P.I-M.II-k.1-b' },
  { role: 'co_quan_chu_quan', pt: 13, range: [12, 13], bold: false, italic: false, locator: 'PL I-P.I-M.II-k.2-b' },
  { role: 'co_quan', pt: 13, range: [12, 13], bold: true, italic: false, locator: 'PL I-P.I-M.II-k.2-b' },
  { role: 'so_ky_hieu', pt: 13, range: [13, 13], bold: false, italic: false, locator: 'PL I-P.I-M.II-k.3-c' },
  { role: 'dia_danh_ngay', pt: 14, range: [13, 14], bold: false, italic: true, locator: 'PL I-P.I-M.II-k.4-c' },
  {
    role: 'do_khan',
    pt: 13,
    range: [13, 14],
    bold: true,
    italic: false,
    framed: true,
    red: true,
    locator: 'PL I-P.I-M.III-k.2-b',
  },
  {
    role: 'do_mat',
    pt: 13,
    range: [13, 14],
    bold: true,
    italic: false,
    framed: true,
    red: true,
    locator: 'PL I-P.I-M.III-k.2-a',
  },
  {
    role: 'pham_vi_luu_hanh',
    pt: 13,
    range: [13, 14],
    bold: true,
    italic: false,
    framed: true,
    locator: 'PL I-P.I-M.III-k.4',
  },
  { role: 'ten_loai', pt: 14, range: [13, 14], bold: true, italic: false, locator: 'PL I-P.I-M.II-k.5-b' },
  { role: 'trich_yeu', pt: 14, range: [13, 14], bold: true, italic: false, locator: 'PL I-P.I-M.II-k.5-b' },
  { role: 'paragraph', pt: 14, range: [13, 14], bold: false, italic: false, locator: 'PL I-P.I-M.II-k.6-e' },
  { role: 'quyen_han', pt: 14, range: [13, 14], bold: true, italic: false, locator: 'PL I-P.I-M.II-k.7-b' },
  { role: 'chuc_vu', pt: 14, range: [13, 14], bold: true, italic: false, locator: 'PL I-P.I-M.II-k.7-b' },
  { role: 'ho_ten', pt: 14, range: [13, 14], bold: true, italic: false, locator: 'PL I-P.I-M.II-k.7-b' },
  { role: 'noi_nhan_title', pt: 12, range: [12, 12], bold: true, italic: true, locator: 'PL I-P.I-M.II-k.9-d' },
  { role: 'noi_nhan_item', pt: 11, range: [11, 11], bold: false, italic: false, locator: 'PL I-P.I-M.II-k.9-d' },
  { role: 'soan_thao', pt: 11, range: [11, 11], bold: false, italic: false, locator: 'PL I-P.I-M.III-k.3' },
  { role: 'lien_he', pt: 11, range: [11, 12], bold: false, italic: false, locator: 'PL I-P.I-M.III-k.4' },
];

/** Lines under text, as a fraction of the text's length (PL I-P.I-M.II-k.1-b, k.2-b, k.5-b). */
const RULES: readonly { role: Role; fraction: number; range: readonly [number, number]; locator: string }[] = [
  { role: 'tieu_ngu', fraction: 1, range: [1, 1], locator: 'PL I-P.I-M.II-k.1-b' },
  { role: 'co_quan', fraction: 0.4, range: [1 / 3, 1 / 2], locator: 'PL I-P.I-M.II-k.2-b' },
  { role: 'trich_yeu', fraction: 0.4, range: [1 / 3, 1 / 2], locator: 'PL I-P.I-M.II-k.5-b' },
];

/** Body paragraphs: first-line indent 1 or 1.27 cm, ≥ 6 pt between paragraphs, justified (PL I-P.I-M.II-k.6). */
const BODY = { indentCm: 1, indentsAllowed: [1, 1.27], spaceAfterPt: 6, minSpaceAfterPt: 6 } as const;
/** Page numbers 13–14 pt (PL I-P.I-M.I-k.7); margins (k.3); A4 (k.1); Times New Roman (k.4). */
const PAGE = {
  numberPt: 13,
  numberRange: [13, 14],
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  widthMm: 210,
  heightMm: 297,
  font: 'Times New Roman',
} as const;
const MARGIN_RANGES = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;

/** An invitation that uses every role. */
const SOURCE = `co_quan:
  chu_quan: UBND TỈNH LẠNG SƠN
  ten: SỞ NỘI VỤ
  viet_tat: SNV
so: 12
dia_danh: Lạng Sơn
ngay: 2024-05-10
do_khan: thuong_khan
do_mat: mat
pham_vi_luu_hanh: luu_hanh_noi_bo
trich_yeu: Họp triển khai Chỉ số cải cách hành chính năm 2024
mo_dau: Thực hiện Kế hoạch số 45/KH-UBND ngày 02/5/2024 của UBND tỉnh.
kinh_moi: Trưởng phòng Nội vụ các huyện, thành phố
toi_du: cuộc họp triển khai Chỉ số cải cách hành chính năm 2024.
chu_tri: Đồng chí Giám đốc Sở Nội vụ.
thoi_gian: { bat_dau: 2024-05-17 14:00 }
dia_diem: Phòng họp tầng 2, Sở Nội vụ.
dau_moi_lien_he: { ho_ten: Nguyễn Văn Bình, dien_thoai: 0205 3812 345 }
nguoi_ky:
  quyen_han: KT
  chuc_vu_thay: GIÁM ĐỐC
  chuc_vu: PHÓ GIÁM ĐỐC
  ho_ten: Hoàng Thị Lan
noi_nhan:
  - Như thành phần mời;
  - "Lưu: VT, CCHC."
nguoi_soan_thao: PL
so_ban: 30
lien_he: { dia_chi: Số 1 đường Hùng Vương, dien_thoai: 0205 3812 000 }
`;

const within = (value: number, [min, max]: readonly [number, number]) => value >= min - 1e-9 && value <= max + 1e-9;

function allBlocks(layout: Layout): Block[] {
  const { header } = layout;
  return [
    ...header.left,
    ...header.right,
    header.numberLine,
    header.dateLine,
    ...layout.marks,
    ...layout.title,
    ...layout.body,
    ...layout.recipients,
    ...layout.signature,
    ...(layout.drafter ? [layout.drafter] : []),
    ...layout.contact,
  ];
}

/** The first block of a role with some text. */
function blockOf(layout: Layout, role: Role): Block {
  const block = allBlocks(layout).find((b) => b.role === role && blockText(b).trim());
  assert.ok(block, `the test invitation has no ${role} block`);
  return block;
}

const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<w:p>` of any part whose first text run starts the block's text. */
function docxParagraph(docx: Rendered, block: Block): string {
  const first = escapeXml(block.runs.find((r) => r.text.trim())!.text);
  for (const [name, xml] of Object.entries(docx.parts).filter(([n]) =>
    /^word\/(document|header\d*|footer\d*)\.xml$/.test(n),
  )) {
    for (const p of xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>/g) ?? []) {
      if (p.includes(`>${first}`)) return p;
    }
    void name;
  }
  assert.fail(`no DOCX paragraph holds "${first}"`);
}

/** Size (pt), bold, italic and colour of the first run of a DOCX paragraph. */
function docxRun(p: string): { pt: number; bold: boolean; italic: boolean; color: string } {
  const rPr = /<w:r>\s*<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(p)?.[1] ?? '';
  return {
    pt: Number(/<w:sz w:val="(\d+)"/.exec(rPr)?.[1]) / 2,
    bold: /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(rPr),
    italic: /<w:i\/>|<w:i w:val="(true|1|on)"\/>/.test(rPr),
    color: /<w:color w:val="([0-9A-Fa-f]{6}|auto)"/.exec(rPr)?.[1]?.toUpperCase() ?? 'AUTO',
  };
}

/** The declarations of the preview's rule for `selector`. */
function cssRule(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector}{`);
  assert.ok(start >= 0, `no CSS rule ${selector}`);
  const body = css.slice(start + selector.length + 1, css.indexOf('}', start));
  return Object.fromEntries(
    body
      .split(';')
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')), d.slice(d.indexOf(':') + 1)]),
  );
}

/** The classes of the preview element that shows the block's text. */
function previewClasses(html: string, block: Block): string[] {
  const first = escapeXml(block.runs.find((r) => r.text.trim())!.text).slice(0, 20);
  const at = html.indexOf(first);
  assert.ok(at >= 0, `the preview does not show "${first}"`);
  const open = html.lastIndexOf('<p class="', at);
  return html.slice(open + 10, html.indexOf('"', open + 10)).split(' ');
}

describe('Decree 30 numbers, as literals, in the DOCX and the preview', () => {
  let layout: Layout;
  let docx: Rendered;
  let preview: { body: string; css: string };

  before(async () => {
    const checked = checkInvitation(SOURCE);
    assert.ok(
      checked.invitation,
      JSON.stringify(checked.problems.filter((p) => p.severity === 'error').map((p) => p.message.en)),
    );
    layout = layoutInvitation(checked.invitation, checked.source);
    docx = await render([layout]);
    preview = renderPage(layout, resolveMeasures());
  });

  it("each literal lies in the decree's range", () => {
    for (const law of LAW)
      assert.ok(within(law.pt, law.range), `${law.role}: ${law.pt} pt outside ${law.range.join('–')} (${law.locator})`);
    for (const rule of RULES) assert.ok(within(rule.fraction, rule.range), `${rule.role} rule ${rule.fraction}`);
    assert.ok(
      (BODY.indentsAllowed as readonly number[]).includes(BODY.indentCm) && BODY.spaceAfterPt >= BODY.minSpaceAfterPt,
    );
    assert.ok(within(PAGE.numberPt, PAGE.numberRange));
    for (const side of ['top', 'bottom', 'left', 'right'] as const)
      assert.ok(within(PAGE.marginsMm[side], MARGIN_RANGES[side]), side);
  });

  for (const law of LAW) {
    it(`${law.role}: ${law.pt} pt${law.bold ? ', bold' : ''}${law.italic ? ', italic' : ''}${law.framed ? ', framed' : ''}${law.red ? ', red' : ''} (${law.locator})`, () => {
      const block = blockOf(layout, law.role);
      const p = docxParagraph(docx, block);
      const run = docxRun(p);
      assert.deepEqual(
        { pt: run.pt, bold: run.bold, italic: run.italic },
        { pt: law.pt, bold: law.bold, italic: law.italic },
        `DOCX ${law.role}`,
      );
      assert.equal(run.color === 'FF0000', Boolean(law.red), `DOCX ${law.role} colour ${run.color}`);
      if (law.framed)
        for (const side of ['top', 'left', 'bottom', 'right'])
          assert.match(p, new RegExp(`<w:${side} w:val="single"`), `DOCX ${law.role} frame ${side}`);

      const classes = previewClasses(preview.body, block);
      assert.ok(classes.includes(`r-${law.role}`), `preview element of ${law.role}: ${classes.join(' ')}`);
      const css = cssRule(preview.css, `.r-${law.role}`);
      assert.deepEqual(
        [css['font-size'], css['font-weight'], css['font-style']],
        [`${law.pt}pt`, law.bold ? '700' : '400', law.italic ? 'italic' : 'normal'],
        `preview ${law.role}`,
      );
      assert.equal(css.color, law.red ? '#FF0000' : '#000000', `preview ${law.role} colour`);
      assert.equal(classes.includes('gm-box'), Boolean(law.framed), `preview ${law.role} frame`);
    });
  }

  it('body paragraphs: justified, 1 cm first-line indent, 6 pt after (PL I-P.I-M.II-k.6)', () => {
    const p = docxParagraph(docx, blockOf(layout, 'paragraph'));
    assert.match(p, /<w:jc w:val="both"\/>/);
    assert.match(p, new RegExp(`<w:ind w:firstLine="${Math.round((BODY.indentCm / 2.54) * 1440)}"/>`));
    assert.match(p, new RegExp(`w:after="${BODY.spaceAfterPt * 20}"`));
    const css = cssRule(preview.css, '.r-paragraph');
    assert.deepEqual([css['text-align'], css['text-indent']], ['justify', `${BODY.indentCm}cm`]);
  });

  it('rules under Tiêu ngữ, agency and trích yếu: their fraction of the text (PL I-P.I-M.II-k.1-b, k.2-b, k.5-b)', () => {
    for (const rule of RULES) {
      const css = preview.css.slice(preview.css.indexOf(`.r-${rule.role} .gm-t::after{`));
      assert.match(
        css,
        new RegExp(`^[^}]*width:${+(rule.fraction * 100).toFixed(4)}%`),
        `preview rule of ${rule.role}`,
      );
    }
  });

  it('A4 portrait, margins 20/20/30/15 mm, Times New Roman, page numbers 13 pt (PL I-P.I-M.I-k.1, 3, 4, 7)', () => {
    const twip = (mm: number) => Math.round((mm / 25.4) * 1440);
    const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(docx.document)?.[0] ?? '';
    assert.match(sect, new RegExp(`<w:pgSz w:w="${twip(PAGE.widthMm)}" w:h="${twip(PAGE.heightMm)}"`));
    const m = PAGE.marginsMm;
    for (const [side, mm] of Object.entries(m)) assert.match(sect, new RegExp(`w:${side}="${twip(mm)}"`), side);
    assert.match(docx.document, new RegExp(`w:ascii="${PAGE.font}"`));
    const numbers = Object.entries(docx.parts)
      .filter(([n]) => /^word\/header\d*\.xml$/.test(n))
      .map(([, xml]) => xml)
      .find((xml) => /PAGE/.test(xml));
    assert.ok(numbers, 'a header with the page number');
    assert.match(numbers, new RegExp(`<w:sz w:val="${PAGE.numberPt * 2}"/>`));
    const sheet = cssRule(preview.css, '.gm-sheet');
    assert.deepEqual(
      [sheet.width, sheet.height, sheet.padding],
      [`${PAGE.widthMm}mm`, `${PAGE.heightMm}mm`, `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`],
    );
    assert.match(sheet['font-family'], new RegExp(`^"${PAGE.font}"`));
    assert.equal(cssRule(preview.css, '.gm-pno')['font-size'], `${PAGE.numberPt}pt`);
  });
});
