/**
 * The registry: every rule, in the order their problems are listed. Each
 * rule file holds its one definition (define.ts): codes, reference entries
 * and check; the catalog and everything it feeds are read from here. A new
 * rule is one file (its defineRule) and its test, its line below, and its
 * words in the two message tables (../messages/vi.ts and en.ts: the
 * reference's `rules.<name>.title`, `.checks`, `.why` and what it reports).
 */
import { agencyCaseRule } from './agency-case';
import { dateLineRule } from './date-line';
import { datesRule } from './dates';
import { documentTypeRule } from './document-type';
import { invisibleCharactersRule } from './invisible-characters';
import { kinhGuiRule } from './kinh-gui';
import { longNamesRule } from './long-names';
import { meetingBeforeIssueRule } from './meeting-before-issue';
import { meetingInfoRule } from './meeting-info';
import { meetingUnclearRule } from './meeting-unclear';
import { noticePeriodRule } from './notice-period';
import { numberRule } from './number';
import { pointsRule } from './points';
import { partOfDayRule } from './part-of-day';
import { recipientsRule } from './recipients';
import type { Rule } from './rule';
import { signerRule } from './signer';
import { signerNameRule } from './signer-name';
import { signaturePlaceholderRule } from './signature-placeholder';
import { structureRule } from './structure';
import { textEncodingRule } from './text-encoding';
import { timeWordingRule } from './time-wording';
import { upperCaseRule } from './upper-case';
import { verbatimEndsRule } from './verbatim-ends';
import { weekdayInTextRule } from './weekday-in-text';

export const RULES: readonly Rule[] = [
  documentTypeRule,
  numberRule,
  datesRule,
  weekdayInTextRule,
  timeWordingRule,
  partOfDayRule,
  meetingBeforeIssueRule,
  noticePeriodRule,
  meetingUnclearRule,
  recipientsRule,
  signerRule,
  signerNameRule,
  signaturePlaceholderRule,
  upperCaseRule,
  longNamesRule,
  dateLineRule,
  pointsRule,
  meetingInfoRule,
  kinhGuiRule,
  textEncodingRule,
  structureRule,
  agencyCaseRule,
  invisibleCharactersRule,
  verbatimEndsRule,
];
