/**
 * Số and ký hiệu: the ký hiệu starts with the type's abbreviation, "GM-" for a
 * Giấy mời, "TB-" for a Thông báo, "CĐ-" for a Công điện (NĐ 30/2020, PL III-M.I), numbers below 10 take a leading 0 (PL I-P.I-M.II-k.3-c), and an
 * empty number is a draft, reported as information only.
 */
import { isScalar } from 'yaml';
import type { NamesOf } from '../model/problem';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import { keySpan, nodeSpan, problemAt, replaceFix, scalarAt, type Found } from './support';
import { say, type MessageKey } from '../messages';
import { documentName, documentType, type DecreeTypeKey } from '../schema/document-types';

/** The codes this rule reports, by name. */
const CODES = {
  kyHieuWrongPrefix: 'GM010',
  soWithoutLeadingZero: 'GM011',
  soMissing: 'GM012',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** The type's name inside a sentence, for GM010's message. */
const TYPE_NAMES: Readonly<Record<DecreeTypeKey, MessageKey>> = {
  giay_moi: 'rules.kyHieuWrongPrefix.giay_moi',
  thong_bao: 'rules.kyHieuWrongPrefix.thong_bao',
  cong_dien: 'rules.kyHieuWrongPrefix.cong_dien',
};

/** GM010: a ký hiệu that does not start with its type's abbreviation ("GM-", "TB-", "CĐ-"); a free type word has none. */
function kyHieuPrefix({ parsed, invitation }: RuleContext): Found[] {
  const kyHieu = invitation?.ky_hieu;
  const type = invitation && documentType(invitation);
  if (kyHieu === undefined || !type || type.key === 'tu_do') return [];
  const wanted = `${type.abbreviation}-`;
  const value = scalarAt(parsed.source, ['ky_hieu']);
  if (kyHieu.normalize('NFC').startsWith(wanted) || !value) return [];
  const prefix = /^[\p{L}]{1,6}-/u.exec(kyHieu)?.[0] ?? '';
  const fixed = `${wanted}${kyHieu.slice(prefix.length)}`;
  const [start, end] = [value.offsetAt(0), value.offsetAt(kyHieu.length)];
  const named = { fixed, prefix: wanted, type: say(TYPE_NAMES[type.key]) };
  return [
    problemAt(parsed.source, start, end, {
      code: CODES.kyHieuWrongPrefix,
      message: say('rules.kyHieuWrongPrefix.message', named),
      fixes: [
        replaceFix(
          parsed.source,
          say('rules.kyHieuWrongPrefix.fix', named),
          value.offsetAt(0),
          value.offsetAt(prefix.length),
          wanted,
        ),
      ],
    }),
  ];
}

/** GM011: "Số: 5/GM-…" instead of "05": YAML reads `05` as 5, so the source text is what counts. */
function leadingZero({ parsed, invitation }: RuleContext): Found[] {
  if (invitation?.so === undefined || invitation.so === null) return [];
  const span = nodeSpan(parsed.source, ['so']);
  if (!span) return [];
  const written = parsed.source.text.slice(span[0], span[1]);
  const digits = /\d+/.exec(written);
  if (!digits || digits[0].length !== 1 || digits[0] === '0') return [];
  const at = span[0] + digits.index;
  return [
    problemAt(parsed.source, span[0], span[1], {
      code: CODES.soWithoutLeadingZero,
      message: say('rules.soWithoutLeadingZero.message', { digits: digits[0] }),
      fixes: [
        replaceFix(
          parsed.source,
          say('rules.soWithoutLeadingZero.fix', { digits: digits[0] }),
          at,
          at + 1,
          `0${digits[0]}`,
        ),
      ],
    }),
  ];
}

/** GM012: no number yet, which is normal for a draft. */
function draftNumber({ parsed, invitation }: RuleContext): Found[] {
  if (!invitation || (invitation.so !== undefined && invitation.so !== null && invitation.so !== '')) return [];
  const node = parsed.source.node(['so']);
  const span = keySpan(parsed.source, ['so']) ?? keySpan(parsed.source, ['co_quan']);
  if (!span || (node && isScalar(node) && node.value !== null && node.value !== '')) return [];
  return [
    problemAt(parsed.source, span[0], span[1], {
      code: CODES.soMissing,
      message: say('rules.soMissing.message', { loai: documentName(invitation) }),
    }),
  ];
}

/** GM010–GM012: the "Số: …/GM-…" line. */
export const numberRule = defineRule({
  codes: CODES,
  docs: {
    kyHieuWrongPrefix: {
      severity: 'error',
      locator: 'NĐ 30/2020, PL III-M.I; PL I-P.I-M.II-k.3-b',
      title: say('rules.kyHieuWrongPrefix.title'),
      checks: say('rules.kyHieuWrongPrefix.checks'),
      why: say('rules.kyHieuWrongPrefix.why'),
      wrong: 'ky_hieu: CV-UBND',
      right: 'ky_hieu: GM-UBND',
    },
    soWithoutLeadingZero: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.3-c',
      title: say('rules.soWithoutLeadingZero.title'),
      checks: say('rules.soWithoutLeadingZero.checks'),
      why: say('rules.soWithoutLeadingZero.why'),
      wrong: 'so: 5',
      right: 'so: 05',
    },
    soMissing: {
      severity: 'information',
      locator: 'NĐ 30/2020, Điều 15 k.1',
      title: say('rules.soMissing.title'),
      checks: say('rules.soMissing.checks'),
      why: say('rules.soMissing.why'),
      wrong: 'so:',
      right: 'so: 125',
    },
  },
  check: (context) => [...kyHieuPrefix(context), ...leadingZero(context), ...draftNumber(context)],
});
