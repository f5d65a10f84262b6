/**
 * GM041: a number, letter or dash typed at the start of an item's text, which
 * the tool already prints ("a) a) …"); GM042: top-level `phan` and `muc`
 * together (parts hold their own sections). Numbering: NĐ 30/2020, PL I-P.I-M.II-k.6.
 */
import type { NamesOf } from '../problem';
import type { StringValue, YamlPath } from '../source';
import { both, defineRule } from './define';
import type { RuleContext } from './rule';
import { allStrings, keySpan, problemAt, replaceFix, sameInSource, type Found } from './support';

/** The codes this rule reports, by name. */
const CODES = {
  textTypedLabel: 'GM041',
  phanAndMuc: 'GM042',
} as const;
declare module '../problem' {
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
  return [problemAt(source, start, end, {
    code: CODES.textTypedLabel,
    message: {
      vi: `Số thứ tự, chữ cái và dấu "- ", "+ " do công cụ tự đánh: "${shown}" gõ ở đây sẽ in hai lần. Xóa "${shown}".`,
      en: `Numbers, letters, "- " and "+ " are derived: "${shown}" typed here prints twice. Remove "${shown}".`,
    },
    fixes: sameInSource(source, value, 0, label.length)
      ? [replaceFix(source, { vi: `Xóa "${shown}"`, en: `Remove "${shown}"` }, start, end, '')]
      : undefined,
  })];
}

function partsAndSections(context: RuleContext): Found[] {
  const source = context.parsed.source;
  const muc = keySpan(source, ['muc']);
  if (!muc || !keySpan(source, ['phan'])) return [];
  return [problemAt(source, muc[0], muc[1], {
    code: CODES.phanAndMuc,
    message: {
      vi: 'Dùng `phan` (các phần I., II., …) hoặc `muc` (các mục 1., 2., …) ở cấp ngoài cùng, không dùng cả hai: chuyển các mục này vào `muc` của một phần.',
      en: 'Use `phan` (parts I., II., …) or `muc` (sections 1., 2., …) at the top level, not both: move these sections into a part\'s `muc`.',
    },
  })];
}

/** GM041 over every labelled text, GM042 once. */
export const structureRule = defineRule({
  codes: CODES,
  docs: {
    textTypedLabel: {
      severity: 'warning', locator: LEVELS,
      title: both('Số thứ tự gõ tay trong nội dung', 'A label typed before an item'),
      checks: both('Văn bản của một mục, mục con, điểm hoặc dòng gạch đầu dòng không bắt đầu bằng số, chữ cái hay dấu tự đánh ("I. ", "1.1. ", "a) ", "- ", "+ ").', 'An item\'s text does not start with a label the tool derives ("I. ", "1.1. ", "a) ", "- ", "+ ").'),
      why: both('Số thứ tự do công cụ đánh theo cấp; gõ thêm thì in hai lần ("1.1. 1.1. …").', 'Labels are derived by level; a typed one prints twice.'),
      wrong: 'diem:\n  - "a) Đúng thành phần;"', right: 'diem:\n  - Đúng thành phần;',
    },
    phanAndMuc: {
      severity: 'error', locator: LEVELS,
      title: both('Vừa có `phan` vừa có `muc` ở cấp ngoài cùng', 'Both `phan` and `muc` at the top level'),
      checks: both('Phần nội dung chia thành các phần (`phan`: I., II.) hoặc các mục (`muc`: 1., 2.), không cả hai.', 'The body is divided into parts (`phan`) or sections (`muc`), not both.'),
      why: both('Các mục 1., 2. nằm trong một phần; để ngoài thì số thứ tự không còn đúng thứ bậc phần – mục – khoản – điểm.', 'Sections belong inside a part; outside one the numbering loses the part – section – item – point order.'),
      wrong: 'phan:\n  - tieu_de: MỤC ĐÍCH\nmuc:\n  - tieu_de: Thành phần', right: 'phan:\n  - tieu_de: MỤC ĐÍCH\n    muc:\n      - tieu_de: Thành phần',
    },
  },
  check: (context) => [
    ...allStrings(context.parsed.source).flatMap((value) => typedLabel(context, value)),
    ...partsAndSections(context),
  ],
});
