/**
 * Text in Unicode NFC (GM030), not in the legacy TCVN3 (GM031) or VNI
 * (GM032) encodings: the decree asks for Unicode per TCVN 6909:2001
 * (NĐ 30/2020, PL I-P.I-M.I-k.4). Runs over every string, also when the
 * schema check failed.
 */
import type { NamesOf, RuleCode } from '../problem';
import type { SourceMap, StringValue } from '../source';
import { convertLegacyToUnicode, detectLegacyEncoding, legacyWords, type LegacyEncoding } from '../text/legacy-encoding';
import { both, defineRule } from './define';
import { allStrings, problemAt, replaceFix, sameInSource, type Found } from './support';

/** The codes this rule reports, by name. */
const CODES = {
  textNotNfc: 'GM030',
  textInTcvn3: 'GM031',
  textInVni: 'GM032',
} as const;
declare module '../problem' {
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
      message: {
        vi: `Chữ "${fixed}" đang ở dạng Unicode tổ hợp (dấu gõ rời); chuyển sang dạng dựng sẵn (NFC) để tìm kiếm, sắp xếp và in đúng.`,
        en: `"${fixed}" is in decomposed Unicode (separate marks); convert it to the precomposed form (NFC).`,
      },
      fixes: sameInSource(source, value, from, to) ? [replaceFix(source, { vi: 'Chuyển sang Unicode dựng sẵn (NFC)', en: 'Convert to NFC' }, value.offsetAt(from), value.offsetAt(to), fixed)] : undefined,
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
  return [problemAt(source, value.offsetAt(from), value.offsetAt(to), {
    code,
    message: {
      vi: `Đoạn chữ này có vẻ gõ bằng bảng mã ${name}, không phải Unicode; chuyển thành "${fixed}".`,
      en: `This text looks typed in the legacy ${kind === 'vni' ? 'VNI' : 'TCVN3'} encoding, not Unicode; convert it to "${fixed}".`,
    },
    fixes: sameInSource(source, value, from, to) ? [replaceFix(source, { vi: 'Chuyển sang Unicode', en: 'Convert to Unicode' }, value.offsetAt(from), value.offsetAt(to), fixed, false)] : undefined,
  })];
}

/** GM030–GM032 over every string of the file. */
export const textEncodingRule = defineRule({
  codes: CODES,
  docs: {
    textNotNfc: {
      severity: 'warning', locator: UNICODE,
      title: both('Unicode tổ hợp thay vì dựng sẵn', 'Decomposed Unicode'),
      checks: both('Chữ ở dạng Unicode dựng sẵn (NFC).', 'Text is in precomposed Unicode (NFC).'),
      why: both('TCVN 6909:2001; chữ tổ hợp tìm kiếm, sắp xếp, in sai.', 'Decomposed text searches, sorts and prints wrongly.'),
      wrong: 'trich_yeu: "Ho\u0323p giao ban"', right: 'trich_yeu: Họp giao ban',
    },
    textInTcvn3: {
      severity: 'warning', locator: UNICODE,
      title: both('Chữ gõ bằng bảng mã TCVN3', 'Text in the TCVN3 encoding'),
      checks: both('Không còn chữ gõ bằng TCVN3 (ABC, phông .Vn…).', 'No text typed in TCVN3 (.Vn fonts).'),
      why: both('Văn bản điện tử dùng Unicode; TCVN3 hiện thành chữ lạ.', 'Electronic documents use Unicode; TCVN3 shows as garbage.'),
      wrong: 'mo_dau: Uû ban nh©n d©n huyÖn B¾c S¬n', right: 'mo_dau: Ủy ban nhân dân huyện Bắc Sơn',
    },
    textInVni: {
      severity: 'warning', locator: UNICODE,
      title: both('Chữ gõ bằng bảng mã VNI', 'Text in the VNI encoding'),
      checks: both('Không còn chữ gõ bằng VNI (phông VNI-…).', 'No text typed in VNI.'),
      why: both('Văn bản điện tử dùng Unicode; VNI hiện thành chữ lạ.', 'Electronic documents use Unicode; VNI shows as garbage.'),
      wrong: 'mo_dau: Ñoàng chí Nguyeãn Vaên Bình', right: 'mo_dau: Đồng chí Nguyễn Văn Bình',
    },
  },
  check: ({ parsed }) => allStrings(parsed.source).flatMap((value) => [...notNfc(parsed.source, value), ...legacy(parsed.source, value)]),
});
