/** The door to the calendar: civil dates, working days, holidays and the lunar calendar. */
export { daysOffOf, isWorkingDay, weekdaysOff, workingDaysBetween } from './days-off';
export { statutoryHolidays, type Holiday, type HolidayGroup } from './holidays';
export { lunarToSolar, solarToLunar, tetDate, type LunarDate } from './lunar';
export { OFFICIAL_SCHEDULES, type OfficialSchedule } from './official-schedules';
export * from './dates';
