/**
 * Every body level in the preview HTML: the derived labels, a part heading in
 * bold, the part heading kept with what follows, and each block carrying the
 * source line of its own YAML node (editor sync).
 */
import * as assert from 'node:assert/strict';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { renderPage } from '../../../src/render/html';
import { layoutOf, readExample } from './support';

const PATH = 'examples/hoi-nghi-tong-ket-nong-thon-moi-2025.giaymoi.yaml';
const M = resolveMeasures();

/** Body paragraphs as { role, text, line } in page order. */
function bodyBlocks(): { role: string; html: string; text: string; line: number }[] {
  const { body } = renderPage(layoutOf(readExample(PATH)).layout, M);
  const blocks = [
    ...body.matchAll(/<p class="gm-b r-(paragraph|part|section|item|bullet)"[^>]*?data-line="(\d+)"[^>]*>(.*?)<\/p>/g),
  ];
  return blocks.map((m) => ({
    role: m[1],
    html: m[3],
    text: m[3].replace(/<[^>]+>/g, '').replace(/&quot;/g, '"'),
    line: Number(m[2]),
  }));
}

/** Zero-based line of the first source line containing `needle`. */
const lineOf = (needle: string) =>
  readExample(PATH)
    .split('\n')
    .findIndex((l) => l.includes(needle));

describe('HTML renderer: body structure', () => {
  it('prints the derived labels of every level', () => {
    const starts = bodyBlocks().map((b) => /^(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[-+]) /u.exec(b.text)?.[0] ?? '¶');
    assert.deepEqual(
      starts.join(''),
      '¶¶I. 1. a) - - b) - + + - c) ¶2. 3. II. 1. 1.1. 1.2. a) b) c) d) đ) ¶1.3. 2. - - - III. 1. 2. ¶',
    );
  });

  it('sets part headings in bold, with their own role', () => {
    const parts = bodyBlocks().filter((b) => b.role === 'part');
    assert.deepEqual(
      parts.map((b) => b.html),
      [
        '<b>I. THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM</b>',
        '<b>II. NỘI DUNG, CHƯƠNG TRÌNH</b>',
        '<b>III. TỔ CHỨC THỰC HIỆN</b>',
      ],
    );
  });

  it('keeps a part heading on the page of what follows', () => {
    const { body } = renderPage(layoutOf(readExample(PATH)).layout, M);
    const units = [...body.matchAll(/<div class="gm-unit gm-u-body"( data-keep-next="")?><p class="gm-b r-part"/g)];
    assert.equal(units.length, 3);
    assert.ok(
      units.every((u) => u[1]),
      'each part unit keeps with the next',
    );
  });

  it('ties each block to the line of its own YAML node', () => {
    const blocks = bodyBlocks();
    const at = (text: string) => blocks.find((b) => b.text.startsWith(text))?.line;
    assert.equal(at('I. THÀNH PHẦN'), lineOf('tieu_de: THÀNH PHẦN, THỜI GIAN'));
    assert.equal(at('a) Đại biểu cấp tỉnh'), lineOf('noi_dung: "Đại biểu cấp tỉnh:"'));
    assert.equal(at('+ 01 đồng chí lãnh đạo Văn phòng'), lineOf('- 01 đồng chí lãnh đạo Văn phòng'));
    assert.equal(at('Các cơ quan, đơn vị gửi'), lineOf('doan: Các cơ quan, đơn vị gửi'));
    assert.equal(at('đ) Nâng cao'), lineOf('- Nâng cao đời sống'));
    assert.equal(at('1.3. Khen thưởng'), lineOf('- Khen thưởng các tập thể'));
  });
});
