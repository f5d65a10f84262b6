import * as assert from 'node:assert/strict';
import { exampleText, layoutOf, render } from './docx-xml';

const SIPAS = exampleText('hoi-nghi-sipas-2024');

const sectPr = (xml: string): string[] => xml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
const attr = (xml: string, element: string, name: string) =>
  new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="([^"]*)"`).exec(xml)?.[1];

describe('docx: page and section', () => {
  it('is A4 portrait with the default margins 20/20/30/15 mm', async () => {
    const { document } = await render([layoutOf(SIPAS)]);
    const [section] = sectPr(document);
    assert.equal(attr(section, 'pgSz', 'w'), '11906');
    assert.equal(attr(section, 'pgSz', 'h'), '16838');
    assert.equal(attr(section, 'pgSz', 'orient'), 'portrait');
    assert.deepEqual(
      ['top', 'bottom', 'left', 'right'].map((side) => attr(section, 'pgMar', side)),
      ['1134', '1134', '1701', '850'],
    );
  });

  it("takes margins from settings, clamped into the decree's ranges", async () => {
    const { document } = await render([layoutOf(SIPAS)], { margins: { left: 35, right: 40, top: 25, bottom: 10 } });
    const [section] = sectPr(document);
    assert.deepEqual(
      ['top', 'bottom', 'left', 'right'].map((side) => attr(section, 'pgMar', side)),
      ['1417', '1134', '1984', '1134'],
    );
  });

  it('numbers pages from 2 in a centred header with a PAGE field; page 1 has an empty header', async () => {
    const { document, parts } = await render([layoutOf(SIPAS)]);
    const [section] = sectPr(document);
    assert.match(section, /<w:titlePg\/>/);
    assert.match(section, /<w:pgNumType w:start="1"\/>/);
    const rels = parts['word/_rels/document.xml.rels'];
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(section)?.[1];
      return parts[`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]}`];
    };
    const byDefault = target('default');
    assert.match(byDefault, /<w:instrText[^>]*>PAGE<\/w:instrText>/);
    assert.match(byDefault, /<w:jc w:val="center"\/>/);
    assert.match(byDefault, /<w:sz w:val="26"\/>/);
    const first = target('first');
    assert.doesNotMatch(first, /PAGE|<w:t[ >]/);
  });

  it('sets Times New Roman for every script in the defaults, at the body size, in Vietnamese', async () => {
    const { parts } = await render([layoutOf(SIPAS)], { bodySize: 13 });
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts['word/styles.xml'])?.[0] ?? '';
    for (const script of ['ascii', 'hAnsi', 'cs', 'eastAsia'])
      assert.match(defaults, new RegExp(`w:${script}="Times New Roman"`));
    assert.match(defaults, /<w:sz w:val="26"\/>/);
    assert.match(defaults, /<w:lang w:val="vi-VN"/);
  });

  it('turns on widow/orphan control for every paragraph, so Word breaks pages as LibreOffice and the preview do', async () => {
    const { parts } = await render([layoutOf(SIPAS)]);
    const defaults = /<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/.exec(parts['word/styles.xml'])?.[0] ?? '';
    assert.match(defaults, /<w:widowControl\/>/);
  });

  it('gives every run Times New Roman for ascii, hAnsi, cs and eastAsia', async () => {
    const { document } = await render([layoutOf(SIPAS)]);
    const fonts = document.match(/<w:rFonts [^>]*\/>/g) ?? [];
    assert.ok(fonts.length > 40);
    for (const f of fonts)
      for (const script of ['ascii', 'hAnsi', 'cs', 'eastAsia'])
        assert.match(f, new RegExp(`w:${script}="Times New Roman"`));
  });
});
