/**
 * The page's CSS, generated from measures.ts (the only place the Decree 30
 * numbers live): sheet, margins, font, and one rule per layout role. The
 * webview applies it as a constructed stylesheet (no inline style under the
 * CSP); the standalone file inlines it.
 */
import {
  BODY_LINE_SPACING,
  BODY_ROLES,
  CELL_PADDING_PT,
  footTopsPt,
  FOOT_LEFT_FRACTION,
  FONT,
  HEADER_LEFT_FRACTION,
  MARK_FRAME,
  PAGE_NUMBER,
  RULE_SPACE,
  RULE_WIDTH_PT,
  SINGLE_LINE_EM,
  URGENCY_STAMPS_MM,
  type Measures,
  type RoleStyle,
  footerDistanceMm,
  printableHeightMm,
  type Role,
} from '../../core/layout';

/** `"Times New Roman", "Liberation Serif", "Tinos", serif`. */
export function fontStack(): string {
  return [FONT.family, ...FONT.fallbacks].map((f) => (f === 'serif' ? f : `"${f}"`)).join(', ');
}

/** The whole page stylesheet. */
export function pageCss(m: Measures): string {
  return [sheetCss(m), regionCss(), stampCss(), ...roleCss(m), footCss(m), printCss()].join('\n');
}

function sheetCss(m: Measures): string {
  const { top, right, bottom, left } = m.margins;
  return `.gm-sheet{box-sizing:border-box;position:relative;width:${m.page.widthMm}mm;height:${m.page.heightMm}mm;padding:${top}mm ${right}mm ${bottom}mm ${left}mm;background:#fff;color:#000;font-family:${fontStack()};font-kerning:normal;overflow:hidden}
.gm-content{position:relative;height:${printableHeightMm(m)}mm}
.gm-pno{position:absolute;left:${left}mm;right:${right}mm;top:0;height:${top}mm;display:flex;align-items:center;justify-content:center;font-size:${PAGE_NUMBER.sizePt}pt;line-height:${SINGLE_LINE_EM}}
.gm-contact{position:absolute;left:${left}mm;right:${right}mm;bottom:${+footerDistanceMm(m).toFixed(3)}mm}
.gm-contact .gm-b:first-child{border-top:${RULE_WIDTH_PT}pt solid #000;padding-top:1pt}
.gm-b{margin:0;line-height:${SINGLE_LINE_EM};overflow-wrap:break-word}
.gm-blank{white-space:pre}
.gm-blank-end{display:inline-block;width:0}
.gm-split-head{padding-bottom:0!important;text-align-last:justify}
.gm-split-tail{padding-top:0!important;text-indent:0!important}`;
}

/**
 * Two-column header and foot; column shares, cell padding and mark frames come
 * from measures. The names in the header keep the core's line breaks (header-lines.ts): never re-wrapped.
 */
function regionCss(): string {
  const pct = (f: number) => `${+(f * 100).toFixed(4)}%`;
  return `.gm-head{display:grid;grid-template-columns:${pct(HEADER_LEFT_FRACTION)} ${pct(1 - HEADER_LEFT_FRACTION)}}
.gm-foot{display:grid;grid-template-columns:${pct(FOOT_LEFT_FRACTION)} ${pct(1 - FOOT_LEFT_FRACTION)};align-items:start}
.gm-cell{padding:0 ${CELL_PADDING_PT}pt;min-width:0}
.gm-head>.gm-cell:nth-child(-n+2) .gm-b{white-space:nowrap}
.gm-marks{width:${pct(HEADER_LEFT_FRACTION)};text-align:center}
.gm-marks .gm-b{padding-top:${MARK_FRAME.spaceBetweenPt}pt}
.gm-marks .gm-b:first-child{padding-top:${MARK_FRAME.firstSpaceBeforePt}pt}
.gm-t{display:inline-block;position:relative}
.gm-box .gm-t{border:${RULE_WIDTH_PT}pt solid currentColor;padding:${MARK_FRAME.borderSpacePt}pt ${MARK_FRAME.paddingPt}pt}`;
}

/** Độ khẩn in its carved stamp's outer size, frame line included, the text centred (PL I-P.I-M.III-k.2-b). */
function stampCss(): string {
  const box =
    'box-sizing:border-box;display:flex;align-items:center;justify-content:center;margin:0 auto;padding:0;white-space:nowrap';
  return Object.entries(URGENCY_STAMPS_MM)
    .map(([stamp, size]) => `.gm-stamp-${stamp} .gm-t{${box};width:${size.widthMm}mm;height:${size.heightMm}mm}`)
    .join('\n');
}

/** The first line of each foot column lowered so "Nơi nhận:" stands on the signer's first baseline (after the role rules, so it wins). */
function footCss(m: Measures): string {
  const tops = footTopsPt(m);
  return `.gm-foot>.gm-left>.gm-b:first-child{padding-top:${+tops.recipients.toFixed(3)}pt}
.gm-foot>.gm-right>.gm-b:first-child{padding-top:${+tops.signature.toFixed(3)}pt}`;
}

/** One rule per role: size, weight, style, alignment, indent, spacing (as padding, so heights add up), rule. */
function roleCss(m: Measures): string[] {
  return (Object.entries(m.styles) as [Role, RoleStyle][]).map(([role, s]) => {
    const lineEm = BODY_ROLES.has(role) ? SINGLE_LINE_EM * BODY_LINE_SPACING : SINGLE_LINE_EM;
    const decl = [
      `font-size:${s.sizePt}pt`,
      `font-weight:${s.bold ? 700 : 400}`,
      `font-style:${s.italic ? 'italic' : 'normal'}`,
      `color:#${s.colorHex}`,
      `text-align:${s.align}`,
      `text-indent:${s.firstLineCm}cm`,
      `padding:${s.spaceBeforePt}pt 0 ${spaceAfterPt(s)}pt`,
      `line-height:${+lineEm.toFixed(4)}`,
    ].join(';');
    return `.r-${role}{${decl}}` + ruleCss(role, s);
  });
}

/** Space below a block; a ruled block also keeps room for its rule (RULE_SPACE), as the DOCX's rule paragraph does. */
export function spaceAfterPt(s: RoleStyle): number {
  return s.spaceAfterPt + (s.ruleFraction > 0 ? RULE_SPACE.gapPt + RULE_SPACE.linePt : 0);
}

/** A solid rule under the text, `ruleFraction` of the text's own width, centred on it, `gapPt` below its last line. */
function ruleCss(role: Role, s: RoleStyle): string {
  if (s.ruleFraction <= 0) return '';
  const left = +((1 - s.ruleFraction) * 50).toFixed(4);
  return `\n.r-${role} .gm-t::after{content:"";position:absolute;left:${left}%;width:${+(s.ruleFraction * 100).toFixed(4)}%;top:calc(100% + ${RULE_SPACE.gapPt}pt);border-top:${RULE_WIDTH_PT}pt solid #000}`;
}

/**
 * Printing: each sheet, as laid out on screen (the decree's margins as its padding, the page
 * number and the contact block in its margins), is one A4 page of the same size: print = screen.
 */
function printCss(): string {
  return `@page{size:A4;margin:0}
@media print{html,body{background:#fff!important;margin:0!important;padding:0!important}.gm-sheet{margin:0!important;box-shadow:none!important;break-after:page;break-inside:avoid}.gm-sheet:last-child{break-after:auto}.gm-noprint{display:none!important}}`;
}
