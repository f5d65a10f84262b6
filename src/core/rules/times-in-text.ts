/**
 * The times each string of the file writes, read once per text and
 * reference date (the rules read every string on each check, and after one
 * keystroke all but one are what they were).
 */
import { isoDate, readTimes, type CivilDate, type TimeMentions } from '../calendar';
import { textCache } from '../text/memo';

const remember = textCache<TimeMentions>();

/** `readTimes` of `text`, remembered. */
export function timesIn(text: string, reference?: CivilDate): TimeMentions {
  const key = `${reference ? isoDate(reference) : ''}\u0000${text}`;
  return remember(key, () => readTimes(text, reference));
}
