/**
 * GM029: a Giấy mời has no "Kính gửi" line; the invitee goes in
 * "… trân trọng kính mời: …" (NĐ 30/2020, PL I-P.I-M.II-k.9-b, c; PL III Mẫu 1.7).
 */
import type { NamesOf } from '../problem';
import { both, defineRule } from './define';
import { allStrings, problemAt } from './support';

/** The codes this rule reports, by name. */
const CODES = {
  textWithKinhGui: 'GM029',
} as const;
declare module '../problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** Capitalised only: a lower-case "kính gửi" inside a sentence is the verb ("đã kính gửi UBND tỉnh"). */
const KINH_GUI = /(?<![\p{L}])(?:Kính\s+gửi|KÍNH\s+GỬI)(?![\p{L}])/gu;

/** GM029 over every string of the file. */
export const kinhGuiRule = defineRule({
  codes: CODES,
  docs: {
    textWithKinhGui: {
      severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.9-b, c; PL III Mẫu 1.7',
      title: both('Giấy mời không có "Kính gửi"', 'No "Kính gửi" in a Giấy mời'),
      checks: both('Không có dòng "Kính gửi:"; người được mời ghi trong `kinh_moi`.', 'No "Kính gửi:" line; invitees go in `kinh_moi`.'),
      why: both('Mẫu 1.7 mời bằng câu "… trân trọng kính mời: …"; "Kính gửi" dành cho công văn. Cơ quan vẫn giữ thói quen này có thể tắt quy tắc trong tệp cấu hình.', 'Mẫu 1.7 invites with "… trân trọng kính mời: …"; offices that keep "Kính gửi" may turn this off.'),
      wrong: 'mo_dau: "Kính gửi: Trưởng các phòng."', right: 'kinh_moi: Trưởng các phòng',
    },
  },
  check: ({ parsed }) => allStrings(parsed.source).flatMap((value) => [...value.value.matchAll(KINH_GUI)].map((m) => {
    const start = m.index ?? 0;
    return problemAt(parsed.source, value.offsetAt(start), value.offsetAt(start + m[0].length), {
      code: CODES.textWithKinhGui,
      message: {
        vi: 'Giấy mời không có "Kính gửi" (chỉ dùng cho công văn, tờ trình, báo cáo); ghi người được mời vào `kinh_moi` ("… trân trọng kính mời: …").',
        en: 'A Giấy mời has no "Kính gửi" (that is for Công văn); put the invitee in `kinh_moi`.',
      },
    });
  })),
});
