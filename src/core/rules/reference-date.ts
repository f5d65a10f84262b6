import { parseIsoDate, parseIsoDateTime, parseIsoMonth, type CivilDate } from '../calendar';
import type { ParseResult } from '../parse/parse';

/**
 * The date a year-less "ngày 17/5" is read against: the invitation's `ngay`
 * (the 1st for a month-only one), else its first `bat_dau`; read from the raw
 * data so it works when the schema check failed.
 */
export function referenceDate(parsed: ParseResult): CivilDate | undefined {
  const data = parsed.data as { ngay?: unknown; thoi_gian?: unknown } | null | undefined;
  const ngay = typeof data?.ngay === 'string' ? data.ngay : undefined;
  if (ngay) {
    const month = parseIsoMonth(ngay);
    const found = parseIsoDate(ngay) ?? (month ? { ...month, day: 1 } : undefined);
    if (found) return found;
  }
  const slot = Array.isArray(data?.thoi_gian) ? data?.thoi_gian[0] : data?.thoi_gian;
  const start = (slot as { bat_dau?: unknown } | undefined)?.bat_dau;
  return typeof start === 'string' ? parseIsoDateTime(start) : undefined;
}
