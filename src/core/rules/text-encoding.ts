/**
 * Text in Unicode NFC (GM030), not in the legacy TCVN3 (GM031) or VNI
 * (GM032) encodings: the decree asks for Unicode per TCVN 6909:2001
 * (NĐ 30/2020, PL I-P.I-M.I-k.4). Runs over every string, also when the
 * schema check failed.
 */
import type { NamesOf, RuleCode } from '../model/problem';
import type { SourceMap, StringValue } from '../source/source-map';
import {
  convertLegacyToUnicode,
  detectLegacyEncoding,
  legacyWords,
  type LegacyEncoding,
} from '../text/legacy-encoding';
import { defineRule } from './define';
import { allStrings, problemAt, replaceFix, sameInSource, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  textNotNfc: 'GM030',
  textInTcvn3: 'GM031',
  textInVni: 'GM032',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

const UNICODE = 'NĐ 30/2020, PL I-P.I-M.I-k.4 (Unicode, TCVN 6909:2001)';

/** Runs [start, end) of characters whose NFC form differs (a letter with its combining marks). */
export function nonNfcRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  for (const m of text.matchAll(/\p{M}+|\P{M}\p{M}*/gu)) {
    const cluster = m[0];
    if (cluster.normalize('NFC') === cluster) continue;
    const start = m.index ?? 0;
    const last = runs[runs.length - 1];
    if (last && last[1] === start) last[1] = start + cluster.length;
    else runs.push([start, start + cluster.length]);
  }
  return runs;
}

function notNfc(source: SourceMap, value: StringValue): Found[] {
  if (value.value.normalize('NFC') === value.value) return [];
  return nonNfcRuns(value.value).map(([from, to]) => {
    const fixed = value.value.slice(from, to).normalize('NFC');
    return problemAt(source, value.offsetAt(from), value.offsetAt(to), {
      code: CODES.textNotNfc,
      message: say('rules.textNotNfc.message', { fixed }),
      fixes: sameInSource(source, value, from, to)
        ? [replaceFix(source, say('rules.textNotNfc.fix'), value.offsetAt(from), value.offsetAt(to), fixed)]
        : undefined,
    });
  });
}

const NAMES: Record<LegacyEncoding, { code: RuleCode; name: string }> = {
  tcvn3: { code: CODES.textInTcvn3, name: 'TCVN3 (ABC, phông .Vn…)' },
  vni: { code: CODES.textInVni, name: 'VNI (phông VNI-…)' },
};

function legacy(source: SourceMap, value: StringValue): Found[] {
  const kind = detectLegacyEncoding(value.value);
  const words = kind ? legacyWords(value.value, kind) : [];
  if (!kind || words.length === 0) return [];
  const [from, to] = [words[0].start, words[words.length - 1].end];
  const fixed = convertLegacyToUnicode(value.value.slice(from, to), kind);
  const { code, name } = NAMES[kind];
  return [
    problemAt(source, value.offsetAt(from), value.offsetAt(to), {
      code,
      message: say('rules.legacyEncoding.message', { name, fixed, encoding: kind === 'vni' ? 'VNI' : 'TCVN3' }),
      fixes: sameInSource(source, value, from, to)
        ? [replaceFix(source, say('rules.legacyEncoding.fix'), value.offsetAt(from), value.offsetAt(to), fixed, false)]
        : undefined,
    }),
  ];
}

/** GM030–GM032 over every string of the file. */
export const textEncodingRule = defineRule({
  codes: CODES,
  docs: {
    textNotNfc: {
      severity: 'warning',
      locator: UNICODE,
      title: say('rules.textNotNfc.title'),
      checks: say('rules.textNotNfc.checks'),
      why: say('rules.textNotNfc.why'),
      wrong: 'trich_yeu: "Ho\u0323p giao ban"',
      right: 'trich_yeu: Họp giao ban',
    },
    textInTcvn3: {
      severity: 'warning',
      locator: UNICODE,
      title: say('rules.textInTcvn3.title'),
      checks: say('rules.textInTcvn3.checks'),
      why: say('rules.textInTcvn3.why'),
      wrong: 'mo_dau: Uû ban nh©n d©n huyÖn B¾c S¬n',
      right: 'mo_dau: Ủy ban nhân dân huyện Bắc Sơn',
    },
    textInVni: {
      severity: 'warning',
      locator: UNICODE,
      title: say('rules.textInVni.title'),
      checks: say('rules.textInVni.checks'),
      why: say('rules.textInVni.why'),
      wrong: 'mo_dau: Ñoàng chí Nguyeãn Vaên Bình',
      right: 'mo_dau: Đồng chí Nguyễn Văn Bình',
    },
  },
  check: ({ parsed }) =>
    allStrings(parsed.source).flatMap((value) => [...notNfc(parsed.source, value), ...legacy(parsed.source, value)]),
});
