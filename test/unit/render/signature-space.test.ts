/** nguoi_ky.cho_ky: printed between the signer's title and the name by the layout, the DOCX and the HTML. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { signatureBlocksWithLines, signatureStyles } from '../../../src/core/layout/signature-space';
import { renderPage } from '../../../src/render/html';
import { layoutOf, paragraphsOf, render, textOf } from '../render-docx/docx-xml';

const PLACEHOLDER = '(Chữ ký của người có thẩm quyền, dấu/chữ ký số của cơ quan, tổ chức)';
const VALID = readFileSync(join(__dirname, '../../fixtures/rules/valid.giaymoi.yaml'), 'utf8');
const WITH = VALID.replace('  ho_ten: Hoàng Thị Lan', `  cho_ky: "${PLACEHOLDER}"\n  ho_ten: Hoàng Thị Lan`);
const M = resolveMeasures({});

describe('signature space: nguoi_ky.cho_ky', () => {
  it('the layout places it between the title and the name, italic and centred', () => {
    const roles = layoutOf(WITH).signature.map((b) => b.role);
    assert.deepEqual(roles, ['quyen_han', 'chuc_vu', 'cho_ky', 'ho_ten']);
    assert.equal(M.styles.cho_ky.italic, true);
    assert.equal(M.styles.cho_ky.align, 'center');
  });

  it('keeps the signature space as tall as without it', () => {
    const height = (text: string) => {
      const blocks = signatureBlocksWithLines(layoutOf(text).signature, M);
      const styles = signatureStyles(blocks, M);
      return blocks.reduce((h, b, i) => {
        const lines = b.runs
          .map((r) => r.text)
          .join('')
          .split('\n').length;
        return h + styles[i].spaceBeforePt + lines * styles[i].sizePt * 1.15 + styles[i].spaceAfterPt;
      }, 0);
    };
    const placed = signatureBlocksWithLines(layoutOf(WITH).signature, M)[2];
    assert.ok(placed.runs[0].text.includes('\n'), 'a long placeholder breaks into lines');
    assert.ok(Math.abs(height(WITH) - height(VALID)) < 1e-6);
  });

  it('the DOCX prints it between the title and the name', async () => {
    const { document } = await render([layoutOf(WITH)]);
    const texts = paragraphsOf(document).map(textOf);
    const title = texts.indexOf('PHÓ GIÁM ĐỐC');
    const name = texts.indexOf('Hoàng Thị Lan');
    const placeholder = texts.findIndex((t) => t.startsWith('(Chữ ký của người'));
    assert.ok(title >= 0 && title < placeholder && placeholder < name, `${title} < ${placeholder} < ${name}`);
    assert.match(paragraphsOf(document)[placeholder], /<w:i\/>/);
  });

  it('the HTML prints it between the title and the name', () => {
    const html = renderPage(layoutOf(WITH), M).body;
    const at = (s: string) => html.indexOf(s);
    assert.ok(at('PHÓ GIÁM ĐỐC') >= 0 && at('PHÓ GIÁM ĐỐC') < at('(Chữ ký của người'));
    assert.ok(at('(Chữ ký của người') < at('Hoàng Thị Lan'));
    assert.match(html, /class="gm-b r-ho_ten" style="padding-top:[\d.]+pt"/);
  });

  it('documents without it print as before', () => {
    const html = renderPage(layoutOf(VALID), M).body;
    assert.doesNotMatch(html, /r-cho_ky|style="padding-top/);
  });
});
