import * as assert from 'node:assert/strict';
import type { Role } from '../../../src/core/layout/model';
import {
  FOOT_LEFT_FRACTION,
  FONT,
  HEADER_LEFT_FRACTION,
  PAGE_NUMBER,
  RULE_SPACE,
  RULE_WIDTH_PT,
  SINGLE_LINE_EM,
  BODY_LINE_SPACING,
  resolveMeasures,
  type Measures,
} from '../../../src/core/layout/measures';
import { fontStack, pageCss, printableHeightMm } from '../../../src/render/html';
import { spaceAfterPt } from '../../../src/render/html/css';

/** The declarations of the first rule for `selector`. */
function rule(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector}{`);
  assert.ok(start >= 0, `no rule for ${selector}`);
  const body = css.slice(start + selector.length + 1, css.indexOf('}', start));
  return Object.fromEntries(
    body
      .split(';')
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')), d.slice(d.indexOf(':') + 1)]),
  );
}

const pct = (f: number) => `${+(f * 100).toFixed(4)}%`;

function checkMeasures(m: Measures): void {
  const css = pageCss(m);
  const sheet = rule(css, '.gm-sheet');
  assert.equal(sheet.width, `${m.page.widthMm}mm`);
  assert.equal(sheet.height, `${m.page.heightMm}mm`);
  assert.equal(sheet.padding, `${m.margins.top}mm ${m.margins.right}mm ${m.margins.bottom}mm ${m.margins.left}mm`);
  assert.equal(rule(css, '.gm-content').height, `${m.page.heightMm - m.margins.top - m.margins.bottom}mm`);
  // Print = screen: a sheet is printed as the A4 page it is on screen, margins included as its padding.
  assert.match(css, /@page\{size:A4;margin:0\}/);
  const printedSheet = /@media print\{.*?\.gm-sheet\{([^}]*)\}/.exec(css)?.[1];
  assert.ok(printedSheet !== undefined, 'a print rule for the sheet');
  assert.doesNotMatch(printedSheet, /width|height|padding/);
  for (const [role, s] of Object.entries(m.styles) as [Role, Measures['styles'][Role]][]) {
    const r = rule(css, `.r-${role}`);
    assert.equal(r['font-size'], `${s.sizePt}pt`, role);
    assert.equal(r['font-weight'], s.bold ? '700' : '400', role);
    assert.equal(r['font-style'], s.italic ? 'italic' : 'normal', role);
    assert.equal(r['text-align'], s.align, role);
    assert.equal(r['text-indent'], `${s.firstLineCm}cm`, role);
    assert.equal(r.color, `#${s.colorHex}`, role);
    assert.equal(r.padding, `${s.spaceBeforePt}pt 0 ${spaceAfterPt(s)}pt`, role);
    assert.equal(spaceAfterPt(s), s.spaceAfterPt + (s.ruleFraction > 0 ? RULE_SPACE.gapPt + RULE_SPACE.linePt : 0));
  }
}

describe('page CSS from measures', () => {
  it("uses the decree's numbers for the default settings", () => checkMeasures(resolveMeasures()));

  it('prints the urgency and secrecy marks in red, frame included, the rest in black', () => {
    const css = pageCss(resolveMeasures());
    assert.equal(rule(css, '.r-do_khan').color, '#FF0000');
    assert.equal(rule(css, '.r-do_mat').color, '#FF0000');
    assert.equal(rule(css, '.r-paragraph').color, '#000000');
    assert.match(css, /\.gm-box \.gm-t\{border:[^;}]*solid currentColor/);
  });

  it('sizes the urgency stamps as the decree carves them: 30×8, 40×8, 20×8 mm (PL I-P.I-M.III-k.2-b)', () => {
    const css = pageCss(resolveMeasures());
    for (const [stamp, width] of [
      ['hoa_toc', '30mm'],
      ['thuong_khan', '40mm'],
      ['khan', '20mm'],
    ]) {
      const r = rule(css, `.gm-stamp-${stamp} .gm-t`);
      assert.deepEqual([r.width, r.height, r['box-sizing']], [width, '8mm', 'border-box'], stamp);
    }
  });

  it('lowers "Nơi nhận:" (12 pt) onto the baseline of the 14 pt signer line: 6 pt above the signer, 6 + 2 × 0.912 above it', () => {
    const css = pageCss(resolveMeasures());
    assert.equal(rule(css, '.gm-foot>.gm-right>.gm-b:first-child')['padding-top'], '6pt');
    const left = parseFloat(rule(css, '.gm-foot>.gm-left>.gm-b:first-child')['padding-top']);
    assert.ok(Math.abs(left - (6 + 2 * (1825 / 2048 + (1.15 - 2268 / 2048) / 2))) < 0.001, String(left));
  });

  it('follows the settings: 25/25/35/20 mm margins and 13 pt body', () => {
    const m = resolveMeasures({ margins: { top: 25, bottom: 25, left: 35, right: 20 }, bodySize: 13 });
    checkMeasures(m);
    assert.equal(printableHeightMm(m), 247);
    assert.equal(rule(pageCss(m), '.r-paragraph')['font-size'], '13pt');
  });

  it('sets the font stack from measures.FONT, Times New Roman first', () => {
    assert.equal(fontStack(), [FONT.family, ...FONT.fallbacks].map((f) => (f === 'serif' ? f : `"${f}"`)).join(', '));
    assert.equal(rule(pageCss(resolveMeasures()), '.gm-sheet')['font-family'], fontStack());
  });

  it('sizes the header and foot columns by their fractions', () => {
    const css = pageCss(resolveMeasures());
    assert.equal(
      rule(css, '.gm-head')['grid-template-columns'],
      `${pct(HEADER_LEFT_FRACTION)} ${pct(1 - HEADER_LEFT_FRACTION)}`,
    );
    assert.equal(
      rule(css, '.gm-foot')['grid-template-columns'],
      `${pct(FOOT_LEFT_FRACTION)} ${pct(1 - FOOT_LEFT_FRACTION)}`,
    );
  });

  it("draws each rule as its fraction of the text's own width, centred, with the measured thickness", () => {
    const m = resolveMeasures();
    const css = pageCss(m);
    for (const role of ['co_quan', 'tieu_ngu', 'trich_yeu'] as const) {
      const f = m.styles[role].ruleFraction;
      const r = rule(css, `.r-${role} .gm-t::after`);
      assert.equal(r.width, pct(f), role);
      assert.equal(r.left, `${+((1 - f) * 50).toFixed(4)}%`, role);
      assert.equal(r['border-top'], `${RULE_WIDTH_PT}pt solid #000`);
    }
  });

  it('uses the single-line height for every role and body spacing for body text; page numbers at their size', () => {
    const css = pageCss(resolveMeasures());
    assert.equal(rule(css, '.r-quoc_hieu')['line-height'], String(SINGLE_LINE_EM));
    assert.equal(rule(css, '.r-paragraph')['line-height'], String(+(SINGLE_LINE_EM * BODY_LINE_SPACING).toFixed(4)));
    assert.equal(rule(css, '.gm-pno')['font-size'], `${PAGE_NUMBER.sizePt}pt`);
  });

  it('keeps the sheet white with black text whatever the theme', () => {
    const sheet = rule(pageCss(resolveMeasures()), '.gm-sheet');
    assert.equal(sheet.background, '#fff');
    assert.equal(sheet.color, '#000');
  });
});
