/** The rules, in the order their problems are listed. Each module owns one concern. */
import { datesRule } from './dates';
import { meetingBeforeIssueRule } from './meeting-before-issue';
import { noticePeriodRule } from './notice-period';
import { numberRule } from './number';
import type { Rule } from './rule';
import { weekdayInTextRule } from './weekday-in-text';

export const RULES: readonly Rule[] = [
  numberRule,
  datesRule,
  weekdayInTextRule,
  meetingBeforeIssueRule,
  noticePeriodRule,
];
