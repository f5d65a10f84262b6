/** The door to the calendar: civil dates, working days, holidays, the lunar calendar, and the reader of times in text. */
export { daysOffOf, isWorkingDay, weekdaysOff, workingDaysBetween } from './days-off';
export { statutoryHolidays, type Holiday, type HolidayGroup } from './holidays';
export { lunarToSolar, solarToLunar, tetDate, type LunarDate } from './lunar';
export { eventDates, findMeeting, type MeetingMention } from './meeting-in-text';
export { OFFICIAL_SCHEDULES, type OfficialSchedule } from './official-schedules';
export { hourFitsPart, partOfHour, type PartOfDay, type PartOfDayMention } from './parts-of-day';
export type { ClockMention, ClockRangeMention } from './read-clocks';
export type { DateMention, DayRangeMention } from './read-dates';
export { readTimes, type TimeMentions } from './read-times';
export { writeWeekdayLike, type WeekdayMention } from './read-weekdays';
export * from './dates';
