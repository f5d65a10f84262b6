/**
 * Every problem code giaymoi reports, in one table: stable codes that users
 * can search for and that quick fixes key on. GM001–GM009 come from reading
 * the file (YAML and schema); GM010 on from Decree 30 and meeting rules.
 */
export const PARSE_CODES = {
  syntax: 'GM001',
  duplicateKey: 'GM002',
  unknownKey: 'GM003',
  missing: 'GM004',
  type: 'GM005',
  limit: 'GM006',
} as const;

export const RULE_CODES = {
  kyHieuPrefix: 'GM010',
  soLeadingZero: 'GM011',
  draftNumber: 'GM012',
  draftDay: 'GM013',
  impossibleDate: 'GM014',
  weekdayMismatch: 'GM015',
  meetingBeforeIssue: 'GM016',
  noticeTooShort: 'GM017',
  endBeforeStart: 'GM018',
  noiNhanLuu: 'GM020',
  noiNhanSemicolon: 'GM021',
  quyenHanNeedsThay: 'GM022',
  kyThayDeputy: 'GM023',
  agencyUpperCase: 'GM024',
  titleUpperCase: 'GM025',
  chuTriMissing: 'GM026',
  contactMissing: 'GM027',
  academicTitle: 'GM028',
  kinhGui: 'GM029',
  notNfc: 'GM030',
  legacyTcvn3: 'GM031',
  legacyVni: 'GM032',
  titleMissing: 'GM033',
  invisibleCharacter: 'GM034',
} as const;

export type RuleCode = (typeof RULE_CODES)[keyof typeof RULE_CODES];
