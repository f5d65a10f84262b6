/**
 * GM041: a number, letter or dash typed at the start of an item's text, which
 * the tool already prints ("a) a) …"); GM042: top-level `phan` and `muc`
 * together (parts hold their own sections). Numbering: NĐ 30/2020, PL I-P.I-M.II-k.6.
 */
import type { NamesOf } from '../model/problem';
import type { StringValue, YamlPath } from '../source/source-map';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import { allStrings, keySpan, problemAt, replaceFix, sameInSource, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  textTypedLabel: 'GM041',
  phanAndMuc: 'GM042',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

const LEVELS = 'NĐ 30/2020, PL I-P.I-M.II-k.6 (phần, mục, khoản, điểm)';

/** "I. ", "1. ", "1.1. ", "2) ", "a) ", "đ) ", "- ", "+ ", "• " at the start of a text. */
const TYPED_LABEL = /^(?:[IVX]+\.|\d+(?:\.\d+)+\.?|\d+[.)]|[a-zđ]\)|[-+•–])[ \t]+/u;

/** Paths (numbers as #) whose text the tool prints after a derived label. */
const LABELLED: readonly RegExp[] = [
  /^(?:phan\.#\.)?(?:muc\.#\.)?tieu_de$/, // I. / 1. headings
  /\.muc\.#\.muc\.#(?:\.noi_dung)?$|^muc\.#\.muc\.#(?:\.noi_dung)?$/, // 1.1. sub-items
  /(?:^|\.)(?:diem|gach_dau_dong)\.#(?:\.noi_dung)?$/, // a) points, "- " lines
  /(?:^|\.)(?:cong|noi_dung)\.#$/, // "+ " lines, a heading's listed noi_dung ("- ")
];

const shape = (path: YamlPath) => path.map((step) => (typeof step === 'number' ? '#' : step)).join('.');

function typedLabel(context: RuleContext, value: StringValue): Found[] {
  if (!LABELLED.some((pattern) => pattern.test(shape(value.path)))) return [];
  const label = TYPED_LABEL.exec(value.value)?.[0];
  if (!label) return [];
  const [start, end] = [value.offsetAt(0), value.offsetAt(label.length)];
  const shown = label.trim();
  const source = context.parsed.source;
  return [
    problemAt(source, start, end, {
      code: CODES.textTypedLabel,
      message: say('rules.textTypedLabel.message', { shown }),
      fixes: sameInSource(source, value, 0, label.length)
        ? [replaceFix(source, say('rules.textTypedLabel.fix', { shown }), start, end, '')]
        : undefined,
    }),
  ];
}

function partsAndSections(context: RuleContext): Found[] {
  const source = context.parsed.source;
  const muc = keySpan(source, ['muc']);
  if (!muc || !keySpan(source, ['phan'])) return [];
  return [
    problemAt(source, muc[0], muc[1], {
      code: CODES.phanAndMuc,
      message: say('rules.phanAndMuc.message'),
    }),
  ];
}

/** GM041 over every labelled text, GM042 once. */
export const structureRule = defineRule({
  codes: CODES,
  docs: {
    textTypedLabel: {
      severity: 'warning',
      locator: LEVELS,
      title: say('rules.textTypedLabel.title'),
      checks: say('rules.textTypedLabel.checks'),
      why: say('rules.textTypedLabel.why'),
      wrong: 'diem:\n  - "a) Đúng thành phần;"',
      right: 'diem:\n  - Đúng thành phần;',
    },
    phanAndMuc: {
      severity: 'error',
      locator: LEVELS,
      title: say('rules.phanAndMuc.title'),
      checks: say('rules.phanAndMuc.checks'),
      why: say('rules.phanAndMuc.why'),
      wrong: 'phan:\n  - tieu_de: MỤC ĐÍCH\nmuc:\n  - tieu_de: Thành phần',
      right: 'phan:\n  - tieu_de: MỤC ĐÍCH\n    muc:\n      - tieu_de: Thành phần',
    },
  },
  check: (context) => [
    ...allStrings(context.parsed.source).flatMap((value) => typedLabel(context, value)),
    ...partsAndSections(context),
  ],
});
