/**
 * The Vietnamese lunar calendar, computed: Hồ Ngọc Đức's well-known algorithm
 * (new moons and sun longitude after Jean Meeus, "Astronomical Algorithms"),
 * evaluated at UTC+7 as Vietnam's calendar has been since 1968. Only the
 * holidays need it (Tết, Giỗ Tổ Hùng Vương), so only the conversions are exported.
 */
import { dayNumber, fromDayNumber, type CivilDate } from './dates';

/** Vietnam's time zone: the lunar calendar is reckoned in UTC+7, not China's UTC+8. */
const TIME_ZONE = 7;
/** Julian Day Number of 1970-01-01, to move between JDN and dates.ts's day numbers. */
const JDN_EPOCH = 2_440_588;
const SYNODIC_MONTH = 29.530588853;
/** JDN of the new moon of 1900-01-01, the algorithm's origin for counting months. */
const NEW_MOON_ORIGIN = 2415021.076998695;

/** A date of the Vietnamese lunar calendar. */
export interface LunarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  /** True for the intercalary month (tháng nhuận). */
  readonly leap: boolean;
}

const toJdn = (date: CivilDate): number => dayNumber(date) + JDN_EPOCH;
const fromJdn = (jdn: number): CivilDate => fromDayNumber(jdn - JDN_EPOCH);

/** Julian day (with fraction) of the k-th new moon after 1900-01-01 (Meeus, ch. 49, shortened). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr) - 0.0004 * Math.sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians, [0, 2π), at Julian day `jd` (Meeus, ch. 25, low precision). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  dl += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  const L = (L0 + dl) * dr;
  return L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
}

/** Day (JDN) on which the k-th new moon falls in local time. */
const newMoonDay = (k: number): number => Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);

/** Which 30° sector (0–11) the sun is in at the start of local day `jdn`; sector 9 starts at the winter solstice. */
const sunSector = (jdn: number): number => Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);

/** JDN of the first day of lunar month 11 (the month holding the winter solstice) of solar year `year`. */
function month11Start(year: number): number {
  const off = toJdn({ year, month: 12, day: 31 }) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Index (after month 11) of the leap month: the first month without a major solar term. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_ORIGIN) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Solar (Gregorian) date → Vietnamese lunar date. */
export function solarToLunar(date: CivilDate): LunarDate {
  const jdn = toJdn(date);
  const k = Math.floor((jdn - NEW_MOON_ORIGIN) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > jdn) monthStart = newMoonDay(k);
  let a11 = month11Start(date.year);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = date.year;
    a11 = month11Start(date.year - 1);
  } else {
    year = date.year + 1;
    b11 = month11Start(date.year + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day: jdn - monthStart + 1, month, year, leap };
}

/** Vietnamese lunar date → solar date; undefined for a leap month the year does not have. */
export function lunarToSolar(lunar: LunarDate): CivilDate | undefined {
  const [a11, b11] =
    lunar.month < 11
      ? [month11Start(lunar.year - 1), month11Start(lunar.year)]
      : [month11Start(lunar.year), month11Start(lunar.year + 1)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_ORIGIN) / SYNODIC_MONTH);
  let off = (lunar.month - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    const leapMonth = (leapOff - 2 + 12) % 12;
    if (lunar.leap && lunar.month !== leapMonth) return undefined;
    if (lunar.leap || off >= leapOff) off += 1;
  } else if (lunar.leap) {
    return undefined;
  }
  return fromJdn(newMoonDay(k + off) + lunar.day - 1);
}

/** First day of the lunar year that starts in solar year `year` (mùng 1 Tết). */
export function tetDate(year: number): CivilDate {
  return lunarToSolar({ day: 1, month: 1, year, leap: false }) as CivilDate;
}
