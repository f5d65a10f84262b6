/**
 * GM029: a Giấy mời has no "Kính gửi" line; the invitee goes in
 * "… trân trọng kính mời: …" (NĐ 30/2020, PL I-P.I-M.II-k.9-b, c; PL III Mẫu 1.7).
 */
import type { NamesOf } from '../model/problem';
import { documentName } from '../schema/document-types';
import { defineRule } from './define';
import { allStrings, problemAt } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  textWithKinhGui: 'GM029',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** Capitalised only: a lower-case "kính gửi" inside a sentence is the verb ("đã kính gửi UBND tỉnh"). */
const KINH_GUI = /(?<![\p{L}])(?:Kính\s+gửi|KÍNH\s+GỬI)(?![\p{L}])/gu;

/** GM029 over every string of the file. */
export const kinhGuiRule = defineRule({
  codes: CODES,
  docs: {
    textWithKinhGui: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.9-b, c; PL III Mẫu 1.7',
      title: say('rules.textWithKinhGui.title'),
      checks: say('rules.textWithKinhGui.checks'),
      why: say('rules.textWithKinhGui.why'),
      wrong: 'mo_dau: "Kính gửi: Trưởng các phòng."',
      right: 'kinh_moi: Trưởng các phòng',
    },
  },
  check: ({ parsed, invitation }) =>
    allStrings(parsed.source).flatMap((value) =>
      [...value.value.matchAll(KINH_GUI)].map((m) => {
        const start = m.index ?? 0;
        return problemAt(parsed.source, value.offsetAt(start), value.offsetAt(start + m[0].length), {
          code: CODES.textWithKinhGui,
          message: say('rules.textWithKinhGui.message', { loai: documentName(invitation) }),
        });
      }),
    ),
});
