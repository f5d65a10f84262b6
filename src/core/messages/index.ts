/**
 * The one home of the core's and the CLI's messages: `say(key, values)`
 * builds the `{ vi, en }` pair of a key from the two language tables (vi.ts,
 * en.ts), and the shell or the CLI picks one by the user's language.
 */
import type { Localized } from '../model/problem';
import { EN } from './en';
import { VI } from './vi';

/** A message's key, e.g. `'rules.weekdayMismatch.message'`. */
export type MessageKey = keyof typeof VI;

/** A value put into a message; a Localized value gives each language its own words. */
export type MessageValue = string | number | Localized;

/** The message `key` in both languages, each `{name}` replaced by `values[name]` (unknown names stay as written). */
export function say(key: MessageKey, values: Readonly<Record<string, MessageValue>> = {}): Localized {
  return { vi: fill(VI[key], values, 'vi'), en: fill(EN[key], values, 'en') };
}

/**
 * A number written the way each language writes it (1.234,5 / 1,234.5), as toLocaleString
 * writes it (at most 3 decimals), by hand: the first toLocaleString('vi') loads the ICU
 * locale data, tens of milliseconds a CLI run (a mail merge's estimate) does not need to pay.
 */
export function localeNumber(value: number): Localized {
  return { vi: grouped(value, '.', ','), en: grouped(value, ',', '.') };
}

function grouped(value: number, thousands: string, decimal: string): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(Math.abs(value) * 1000) / 1000;
  const [whole, fraction] = rounded
    .toFixed(3)
    .replace(/\.?0+$/, '')
    .split('.');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return fraction ? `${sign}${digits}${decimal}${fraction}` : `${sign}${digits}`;
}

function fill(template: string, values: Readonly<Record<string, MessageValue>>, language: keyof Localized): string {
  return template.replace(/\{(\w+)\}/g, (written, name: string) => {
    const value = values[name];
    if (value === undefined) return written;
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/** A parser or schema message by its `error` key (schema.ts) or the parser's own case; unknown keys fall back to a generic type error. */
export function message(key: string, values: Readonly<Record<string, MessageValue>> = {}): Localized {
  const full = `parse.${key}`;
  return say((full in VI ? full : 'parse.type.other') as MessageKey, values);
}

/** A text that is the same in both languages because it is not ours to translate (an error the platform reported). */
export function verbatim(text: string): Localized {
  return { vi: text, en: text };
}

/** Both languages on one line, Vietnamese first ("Cách dùng · Usage"), where the reader's language is not known. */
export function sideBySide(text: Localized): string {
  return `${text.vi} · ${text.en}`;
}
