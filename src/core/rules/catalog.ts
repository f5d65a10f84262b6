/**
 * Every problem code giaymoi reports, in one table: stable codes that users
 * can search for and that quick fixes key on. GM001–GM009 come from reading
 * the file (YAML and schema); GM010 on from Decree 30 and meeting rules.
 * CATALOG documents each code (what, why, locator, examples); the locator of
 * every problem, the rules reference (docs/rules.md) and `giaymoi rules` come from it.
 */
import { CONFIG_ENTRIES } from './catalog/config';
import type { CatalogEntry } from './catalog/entry';
import { HEADER_ENTRIES } from './catalog/header';
import { PAGE_ENTRIES } from './catalog/page';
import { PARSE_ENTRIES } from './catalog/parse';
import { MERGE_ENTRIES } from './catalog/merge';
import { STRUCTURE_ENTRIES } from './catalog/structure';
import { TEXT_ENTRIES } from './catalog/text';

export type { CatalogEntry, RuleOptionDoc } from './catalog/entry';

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
  longAgencyName: 'GM040',
  typedLabel: 'GM041',
  partsAndSections: 'GM042',
  agencyCase: 'GM035',
} as const;

/** Problems of the configuration file (giaymoi.config.yaml), not of an invitation. */
export const CONFIG_CODES = {
  badEntry: 'GM036',
  structuralOff: 'GM037',
} as const;

/** Mail merge from a list file (`kinh_moi: { danh_sach, dong }`). */
export const MERGE_CODES = {
  unknownColumn: 'GM045',
  emptyCell: 'GM046',
  duplicateRow: 'GM047',
  listUnreadable: 'GM048',
  fieldReadAsMapping: 'GM049',
} as const;

export type RuleCode = (typeof RULE_CODES)[keyof typeof RULE_CODES];

/** Every documented code, in code order. */
export const CATALOG: readonly CatalogEntry[] = [...PARSE_ENTRIES, ...HEADER_ENTRIES, ...PAGE_ENTRIES, ...TEXT_ENTRIES, ...STRUCTURE_ENTRIES, ...MERGE_ENTRIES, ...CONFIG_ENTRIES]
  .slice()
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)); // codes are ASCII: no collator (its start-up alone cost the CLI ~15 ms)

const BY_CODE = new Map(CATALOG.map((entry) => [entry.code, entry]));

/** The catalog entry of `code`, if documented. */
export function catalogEntry(code: string): CatalogEntry | undefined {
  return BY_CODE.get(code);
}

/** The anchor of a code's heading in docs/rules.md (GitHub/VS Code slug of "GM015 …" starts "gm015"). */
export function referenceAnchor(code: string): string {
  return code.toLowerCase();
}
