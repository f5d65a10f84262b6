import * as assert from 'node:assert/strict';
import { allBlocks } from '../../../src/core/layout/text';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { escapeAttr, escapeHtml, renderPage, renderStandalone } from '../../../src/render/html';
import { renderBlock } from '../../../src/render/html/blocks';
import { layoutOf, readExample, SMALL, withKey } from './support';

const M = resolveMeasures();
const INJECTION = '<img src=x onerror=alert(1)>';

describe('HTML renderer: structure', () => {
  it('draws the header as a 2×2 grid, the foot as two columns, and numbers sheets from page 2', () => {
    const { body, pages } = renderPage(layoutOf(readExample()).layout, M);
    assert.equal((body.match(/class="gm-sheet"/g) ?? []).length, pages);
    assert.equal((body.match(/<div class="gm-head">/g) ?? []).length, 1);
    assert.equal((body.match(/class="gm-cell gm-(left|right)"/g) ?? []).length, 6);
    assert.match(body, /<div class="gm-foot">/);
    assert.doesNotMatch(body, /data-page="1"><div class="gm-pno">/);
    if (pages > 1) assert.match(body, /data-page="2"><div class="gm-pno">2<\/div>/);
  });

  it('puts Số and the place-and-date line in the same grid row, after the agency and the motto', () => {
    const { body } = renderPage(layoutOf(SMALL).layout, M);
    const head =
      /<div class="gm-head">(.*?)<\/div><\/div>(?=<div class="gm-unit|<div class="gm-marks)/.exec(body)?.[0] ?? '';
    const cells = [...head.matchAll(/class="gm-cell (gm-left|gm-right)">(.*?)<\/div>/g)].map((m) => [
      m[1],
      m[2].replace(/<[^>]+>/g, ''),
    ]);
    assert.deepEqual(
      cells.map((c) => c[0]),
      ['gm-left', 'gm-right', 'gm-left', 'gm-right'],
    );
    assert.match(cells[2][1], /^Số: 05\/GM-UBND$/);
    assert.match(cells[3][1], /^Bắc Sơn, ngày 10 tháng 5 năm 2024$/);
  });

  it("keeps a draft's blanks as spaces the browser will not collapse", () => {
    const { body } = renderPage(layoutOf(readExample()).layout, M);
    assert.match(body, /Số: <span class="gm-blank"> {6}<\/span>\/GM-UBND/);
  });

  it('turns a line break inside a run into <br> and inline bold into <b>', () => {
    assert.equal(
      renderBlock({ role: 'paragraph', runs: [{ text: 'a\nb' }, { text: 'c', bold: true }] }),
      '<p class="gm-b r-paragraph">a<br>b<b>c</b></p>',
    );
  });

  it('wraps ruled roles in a span as wide as the text, so the rule follows the text', () => {
    const { body } = renderPage(layoutOf(SMALL).layout, M);
    assert.match(body, /r-tieu_ngu"><span class="gm-t">Độc lập - Tự do - Hạnh phúc<\/span>/);
    assert.match(body, /r-trich_yeu"[^>]*><span class="gm-t">Dự Hội nghị tổng kết<\/span>/);
  });

  it('puts the contact block at the foot of page 1 only', () => {
    const text = `${SMALL}lien_he:\n  dia_chi: Số 1 đường A\n  dien_thoai: "0205 3834 567"\n`;
    const { body } = renderPage(layoutOf(text).layout, M);
    assert.equal((body.match(/class="gm-contact"/g) ?? []).length, 1);
    assert.match(body, /data-page="1">.*<div class="gm-contact">.*Địa chỉ: Số 1 đường A; Điện thoại: 0205 3834 567/s);
  });
});

describe('HTML renderer: escaping', () => {
  it('escapes every markup character in text and attributes', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    assert.equal(escapeAttr('" onmouseover="x` \''), '&quot; onmouseover=&quot;x&#96; &#39;');
  });

  it("shows an injected trích yếu as text, in the page and in the standalone file's title", () => {
    const { layout } = layoutOf(withKey('trich_yeu', `"${INJECTION}"`));
    const { body } = renderPage(layout, M);
    assert.ok(!body.includes('<img'), 'no img element in the body');
    assert.ok(body.includes('&lt;img src=x onerror=alert(1)&gt;'));
    const page = renderStandalone(layout, M, { lang: 'vi" onload="x' });
    assert.ok(!page.includes('<img'));
    assert.match(page, /<title>Giấy mời — &lt;img src=x onerror=alert\(1\)&gt;<\/title>/);
    assert.match(page, /<html lang="vi&quot; onload=&quot;x">/);
    assert.doesNotMatch(page, /<script/i);
  });

  it('escapes every kind of field (names, list items, contact) the same way', () => {
    const text = withKey('kinh_moi', `"Ông <b>A</b> & \\"B\\""`).replace('  - Như trên;', '  - "<script>x</script>;"');
    const { body } = renderPage(layoutOf(text).layout, M);
    assert.ok(!/<script|<b>A/.test(body));
    assert.ok(body.includes('Ông &lt;b&gt;A&lt;/b&gt; &amp; &quot;B&quot;'));
  });
});

describe('HTML renderer: source ranges', () => {
  it('gives every block that came from the source its range as data attributes', () => {
    const { layout } = layoutOf(readExample());
    for (const block of allBlocks(layout).filter((b) => b.source)) {
      const r = block.source!;
      assert.ok(
        renderBlock(block).includes(
          ` data-line="${r.start.line}" data-line-end="${r.end.line}" data-range="${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}"`,
        ),
        block.role,
      );
    }
  });

  it('points the trích yếu at its YAML node', () => {
    const text = readExample();
    const line = text.split('\n').findIndex((l) => l.startsWith('trich_yeu:'));
    const { body } = renderPage(layoutOf(text).layout, M);
    assert.match(body, new RegExp(`r-trich_yeu" data-line="${line}" data-line-end="${line}" data-range="${line}:11-`));
  });

  it('leaves fixed texts (Quốc hiệu, GIẤY MỜI) without a source', () => {
    const { body } = renderPage(layoutOf(SMALL).layout, M);
    assert.match(body, /<p class="gm-b r-quoc_hieu">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<\/p>/);
    assert.match(body, /<p class="gm-b r-ten_loai">GIẤY MỜI<\/p>/);
  });
});
