/**
 * Solid rules under the agency name, the Tiêu ngữ and the trích yếu, sized to
 * the text (NĐ 30/2020, PL I-P.I-M.II-k.1-b, k.2-b, k.5-b): an empty paragraph
 * with a top border, indented so the border is as long as the rule and centred.
 */
import { BorderStyle, LineRuleType, Paragraph } from 'docx';
import {
  RULE_SPACE,
  RULE_WIDTH_PT,
  type RoleStyle,
  type Block,
  ruleLengthPt,
  halfPoints,
  ptToTwip,
} from '../../core/layout';
import { blockParagraph } from './paragraphs';

/** A solid line of RULE_WIDTH_PT (border sizes are in eighths of a point). */
export const RULE_BORDER = {
  style: BorderStyle.SINGLE,
  size: Math.round(RULE_WIDTH_PT * 8),
  color: '000000',
  space: 0,
} as const;

export interface RuleOptions {
  /** Length of the rule. */
  readonly lengthPt: number;
  /** Width of the column (or text area) the rule is centred in. */
  readonly columnPt: number;
  readonly spaceAfterPt?: number;
  readonly keepNext?: boolean;
}

/** An empty paragraph drawing a centred rule of `lengthPt`. */
export function ruleParagraph(options: RuleOptions): Paragraph {
  const side = Math.max(0, (options.columnPt - options.lengthPt) / 2);
  return new Paragraph({
    children: [],
    border: { top: RULE_BORDER },
    indent: { left: ptToTwip(side), right: ptToTwip(side) },
    // The border's own width adds to the paragraph's height, so the line gives it back: gap + line in all, as in the preview.
    spacing: {
      before: ptToTwip(RULE_SPACE.gapPt),
      after: ptToTwip(options.spaceAfterPt ?? 0),
      line: ptToTwip(RULE_SPACE.linePt - RULE_WIDTH_PT),
      lineRule: LineRuleType.EXACT,
    },
    run: { size: halfPoints(RULE_SPACE.linePt) },
    keepNext: options.keepNext || undefined,
  });
}

/** The block's paragraph, followed by its rule when its style has one (the rule takes the space after). */
export function withRule(
  block: Block,
  style: RoleStyle,
  columnPt: number,
  extras: { keepNext?: boolean } = {},
): Paragraph[] {
  if (!style.ruleFraction) return [blockParagraph(block, style, extras)];
  return [
    blockParagraph(block, style, { keepNext: true, spaceAfterPt: 0 }),
    ruleParagraph({
      lengthPt: ruleLengthPt(block, style, columnPt),
      columnPt,
      spaceAfterPt: style.spaceAfterPt,
      keepNext: extras.keepNext,
    }),
  ];
}
