/** One layout block as one paragraph in its role's style (measures.ts). */
import { AlignmentType, LineRuleType, Paragraph, type IBordersOptions } from 'docx';
import { BODY_LINE_SPACING, BODY_ROLES, type RoleStyle, type Block, cmToTwip, ptToTwip } from '../../core/layout';
import { textRuns } from './fonts';

const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED } as const;

/** Single line spacing in WordprocessingML's 240ths of a line. */
const SINGLE = 240;

export interface ParagraphExtras {
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  /** Overrides the style's space after (e.g. when a rule below takes it). */
  readonly spaceAfterPt?: number;
  readonly border?: IBordersOptions;
  /** Left and right indents in points (a frame sized to its text). */
  readonly sidesPt?: readonly [number, number];
  /** An exact line height instead of single spacing (a stamp of fixed height). */
  readonly exactLinePt?: number;
}

/** The block's runs in a paragraph with its role's alignment, indent and spacing. */
export function blockParagraph(block: Block, style: RoleStyle, extras: ParagraphExtras = {}): Paragraph {
  const lines = BODY_ROLES.has(block.role) ? BODY_LINE_SPACING : 1;
  return new Paragraph({
    children: textRuns(block.runs, style),
    alignment: ALIGNMENT[style.align],
    indent: indentOf(style, extras),
    border: extras.border,
    spacing: {
      before: ptToTwip(style.spaceBeforePt),
      after: ptToTwip(extras.spaceAfterPt ?? style.spaceAfterPt),
      line: extras.exactLinePt ? ptToTwip(extras.exactLinePt) : Math.round(SINGLE * lines),
      lineRule: extras.exactLinePt ? LineRuleType.EXACT : LineRuleType.AUTO,
    },
    keepNext: extras.keepNext || undefined,
    keepLines: extras.keepLines || undefined,
  });
}

function indentOf(style: RoleStyle, extras: ParagraphExtras) {
  const firstLine = style.firstLineCm ? cmToTwip(style.firstLineCm) : undefined;
  const sides = extras.sidesPt ? { left: ptToTwip(extras.sidesPt[0]), right: ptToTwip(extras.sidesPt[1]) } : {};
  return firstLine === undefined && !extras.sidesPt ? undefined : { firstLine, ...sides };
}
