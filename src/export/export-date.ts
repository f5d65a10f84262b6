/** The one date an export stamps (core properties, zip entries), so the same source gives the same bytes. */
import type { Invitation } from '../core/check';

/** Used when the invitation has no date yet: the day Decree 30/2020 was signed. */
export const FALLBACK_DATE = new Date(Date.UTC(2020, 2, 5));

/** The invitation's date at midnight UTC; its month's first day for a draft; else FALLBACK_DATE. */
export function exportDate(invitation: Pick<Invitation, 'ngay'>): Date {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(invitation.ngay ?? '');
  if (!m) return FALLBACK_DATE;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
  return Number.isNaN(date.getTime()) ? FALLBACK_DATE : date;
}
