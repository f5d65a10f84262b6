/**
 * The signature space's placeholder (nguoi_ky.cho_ky): a form's "(Chữ ký,
 * dấu)" printed where the signature and seal go. Fine on a draft or a blank
 * form; on a document that is signed and issued it would sit under the
 * signature (NĐ 30/2020, PL I-P.I-M.II-k.7-d, k.8), so GM057 warns until the
 * key is removed, and offers to remove it.
 */
import type { NamesOf } from '../model/problem';
import type { SourceMap, YamlPath } from '../source/source-map';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import { keySpan, nodeSpan, replaceFix, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  signaturePlaceholder: 'GM057',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

const PATH: YamlPath = ['nguoi_ky', 'cho_ky'];

/**
 * Offsets [start, end) of the whole `cho_ky` entry: its line in a block
 * mapping, or the entry and one neighbouring comma in a flow mapping.
 */
export function entrySpan(source: SourceMap, key: [number, number], value: [number, number]): [number, number] {
  const text = source.text;
  const lineStart = text.lastIndexOf('\n', key[0] - 1) + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, key[0]))) {
    const newline = text.indexOf('\n', value[1]);
    return [lineStart, newline < 0 ? text.length : newline + 1];
  }
  const after = /^\s*,\s*/.exec(text.slice(value[1]));
  if (after) return [key[0], value[1] + after[0].length];
  const before = /,\s*$/.exec(text.slice(0, key[0]));
  return [before ? before.index : key[0], value[1]];
}

function placeholderLeft({ parsed, invitation }: RuleContext): Found[] {
  const shown = invitation?.nguoi_ky.cho_ky;
  const source = parsed.source;
  const range = shown === undefined ? undefined : source.valueRange(PATH);
  if (shown === undefined || !range) return [];
  const key = keySpan(source, PATH);
  const value = nodeSpan(source, PATH);
  const span = key && value ? entrySpan(source, key, value) : undefined;
  const fix = span && replaceFix(source, say('rules.signaturePlaceholder.fix'), span[0], span[1], '');
  return [
    {
      code: CODES.signaturePlaceholder,
      range,
      message: say('rules.signaturePlaceholder.message', { shown }),
      fixes: fix ? [fix] : undefined,
    },
  ];
}

/** GM057: a placeholder still printed in the signature space. */
export const signaturePlaceholderRule = defineRule({
  codes: CODES,
  docs: {
    signaturePlaceholder: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.7-d, k.8',
      title: say('rules.signaturePlaceholder.title'),
      checks: say('rules.signaturePlaceholder.checks'),
      why: say('rules.signaturePlaceholder.why'),
      wrong: 'nguoi_ky: { chuc_vu: CHỦ TỊCH, cho_ky: "(Chữ ký, dấu)", ho_ten: Lê Văn Bình }',
      right: 'nguoi_ky: { chuc_vu: CHỦ TỊCH, ho_ten: Lê Văn Bình }',
    },
  },
  check: placeholderLeft,
});
