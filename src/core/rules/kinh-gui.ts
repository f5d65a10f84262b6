/**
 * GM029: a Giấy mời has no "Kính gửi" line; the invitee goes in
 * "… trân trọng kính mời: …" (NĐ 30/2020, PL I-P.I-M.II-k.9-b, c; PL III Mẫu 1.7).
 */
import { RULE_CODES } from './catalog';
import type { Rule } from './rule';
import { allStrings, problemAt } from './support';

/** Capitalised only: a lower-case "kính gửi" inside a sentence is the verb ("đã kính gửi UBND tỉnh"). */
const KINH_GUI = /(?<![\p{L}])(?:Kính\s+gửi|KÍNH\s+GỬI)(?![\p{L}])/gu;

/** GM029 over every string of the file. */
export const kinhGuiRule: Rule = {
  codes: [RULE_CODES.kinhGui],
  check: ({ parsed }) => allStrings(parsed.source).flatMap((value) => [...value.value.matchAll(KINH_GUI)].map((m) => {
    const start = m.index ?? 0;
    return problemAt(parsed.source, value.offsetAt(start), value.offsetAt(start + m[0].length), {
      code: RULE_CODES.kinhGui,
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.9-b, c; PL III Mẫu 1.7',
      message: {
        vi: 'Giấy mời không có "Kính gửi" (chỉ dùng cho công văn, tờ trình, báo cáo); ghi người được mời vào `kinh_moi` ("… trân trọng kính mời: …").',
        en: 'A Giấy mời has no "Kính gửi" (that is for Công văn); put the invitee in `kinh_moi`.',
      },
    });
  })),
};
