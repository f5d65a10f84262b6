/** The codes of the mail merge from an invitee list (GM045–GM049), each defined with its reference entry; core/merge reports them. */
import type { NamesOf } from '../model/problem';
import { defineCodes } from './define-codes';
import { say } from '../messages';

const LIST = 'Trộn thư từ danh sách khách mời (README, "Trộn thư từ danh sách khách mời"); NĐ 30/2020, PL III Mẫu 1.7';

const CODES = {
  unknownColumn: 'GM045',
  emptyCell: 'GM046',
  duplicateRow: 'GM047',
  listUnreadable: 'GM048',
  fieldReadAsMapping: 'GM049',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

export const MERGE_CODE_GROUP = defineCodes({
  codes: CODES,
  docs: {
    unknownColumn: {
      severity: 'error',
      locator: LIST,
      title: say('rules.unknownColumn.title'),
      checks: say('rules.unknownColumn.checks'),
      why: say('rules.unknownColumn.why'),
      wrong: 'dong: "Ông/Bà {{Ho va ten}}"',
      right: 'dong: "Ông/Bà {{Họ và tên}}"',
    },
    emptyCell: {
      severity: 'warning',
      locator: LIST,
      title: say('rules.emptyCell.title'),
      checks: say('rules.emptyCell.checks'),
      why: say('rules.emptyCell.why'),
      wrong: 'STT,Họ và tên,Chức vụ\n3,Lê Hữu Cường,',
      right: 'STT,Họ và tên,Chức vụ\n3,Lê Hữu Cường,Chánh Văn phòng',
    },
    duplicateRow: {
      severity: 'warning',
      locator: LIST,
      title: say('rules.duplicateRow.title'),
      checks: say('rules.duplicateRow.checks'),
      why: say('rules.duplicateRow.why'),
      wrong: '1,Nguyễn Văn An,Giám đốc\n1,Nguyễn Văn An,Giám đốc',
      right: '1,Nguyễn Văn An,Giám đốc',
    },
    listUnreadable: {
      severity: 'error',
      structural: true,
      locator: LIST,
      title: say('rules.listUnreadable.title'),
      checks: say('rules.listUnreadable.checks'),
      why: say('rules.listUnreadable.why'),
      wrong: 'kinh_moi: { danh_sach: khach-moi.xls, dong: "{{Họ và tên}}" }',
      right: 'kinh_moi: { danh_sach: khach-moi.xlsx, dong: "{{Họ và tên}}" }',
    },
    fieldReadAsMapping: {
      severity: 'error',
      structural: true,
      locator: LIST,
      title: say('rules.fieldReadAsMapping.title'),
      checks: say('rules.fieldReadAsMapping.checks'),
      why: say('rules.fieldReadAsMapping.why'),
      wrong: 'ghi_chu: {{Phiên}}',
      right: 'ghi_chu: "{{Phiên}}"',
    },
  },
});

/** The codes by name. */
export const MERGE_CODES = CODES;
