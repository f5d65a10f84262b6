/**
 * The texts Decree 30 fixes and the author never types: the "Số" line, the
 * place-and-date line, meeting times with weekdays, the signature prefix,
 * the drafter line, and the agency's name inside a sentence.
 */
import {
  clockText,
  longDate,
  parseClock,
  parseIsoDate,
  parseIsoDateTime,
  parseIsoMonth,
  shortDateWithWeekday,
  decreeMonth,
  type CivilDateTime,
} from '../calendar/dates';
import { documentType } from '../schema/document-types';
import type { Agency, Invitation, Signer, TimeSlot } from '../schema/schema';
import { sentenceCaseAgency } from '../text/agency-names';
import type { Run } from './model';

/** Spaces left for a clerk to write a number or a day by hand (as in the seed). */
export const BLANK = '      ';

const blank = (): Run => ({ text: BLANK, blank: true });

/**
 * The type's abbreviation ("GM-", "TB-", "CĐ-", NĐ 30, PL III, Mục I) + the agency's, unless the
 * author wrote one; a free type word has no abbreviation, so the agency's stands alone.
 */
export function kyHieu(invitation: Invitation): string {
  const { abbreviation } = documentType(invitation);
  const prefix = abbreviation ? `${abbreviation}-` : '';
  return nfc(invitation.ky_hieu ?? `${prefix}${invitation.co_quan.viet_tat}`);
}

/** "Số: 05/GM-UBND", or the draft's blank "Số:      /GM-UBND" (PL I-P.I-M.II-k.3: below 10 gets a 0). */
export function numberLine(invitation: Invitation): Run[] {
  const so = invitation.so;
  if (so === undefined || so === null || so === '')
    return [{ text: 'Số: ' }, blank(), { text: `/${kyHieu(invitation)}` }];
  const digits = String(so).replace(/^0+(?=\d)/, '');
  return [{ text: `Số: ${digits.padStart(2, '0')}/${kyHieu(invitation)}` }];
}

/** "Bắc Sơn, ngày 05 tháng 02 năm 2024", with blanks for what a draft does not know yet. */
export function dateLine(invitation: Invitation): Run[] {
  const place = `${nfc(invitation.dia_danh)}, `;
  const ngay = invitation.ngay ?? '';
  const date = parseIsoDate(ngay);
  if (date) return [{ text: place + longDate(date) }];
  const month = parseIsoMonth(ngay);
  if (month)
    return [{ text: `${place}ngày ` }, blank(), { text: ` tháng ${decreeMonth(month.month)} năm ${month.year}` }];
  return [{ text: `${place}ngày ` }, blank(), { text: ' tháng ' }, blank(), { text: ' năm ' }, blank()];
}

/** "Từ 14 giờ 00 phút, ngày 17/5/2024 (thứ Sáu)" and its ranges across hours or days. */
export function slotText(slot: TimeSlot): string {
  const start = parseIsoDateTime(slot.bat_dau);
  if (!start) return slot.bat_dau;
  const end = slotEnd(slot, start);
  const from = `${clockText(start)}, ${shortDateWithWeekday(start)}`;
  if (!end) return `Từ ${from}`;
  if (sameDay(start, end)) return `Từ ${clockText(start)} đến ${clockText(end)}, ${shortDateWithWeekday(start)}`;
  return `Từ ${from} đến ${clockText(end)}, ${shortDateWithWeekday(end)}`;
}

/** A slot's end as a date and time: a bare `HH:MM` is on the day it starts. */
export function slotEnd(slot: TimeSlot, start: CivilDateTime): CivilDateTime | undefined {
  if (!slot.ket_thuc) return undefined;
  const clock = parseClock(slot.ket_thuc);
  return clock ? { ...start, ...clock } : parseIsoDateTime(slot.ket_thuc);
}

const sameDay = (a: CivilDateTime, b: CivilDateTime) => a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * A slot's line: "Buổi sáng: từ 8 giờ 00 phút …" when it has a note; the
 * author's `nguyen_van` in place of the derived wording when given, as written.
 */
export function slotLine(slot: TimeSlot): string {
  const written = slot.nguyen_van === undefined ? undefined : nfc(slot.nguyen_van);
  const text = written ?? slotText(slot);
  if (!slot.ghi_chu) return text;
  return `${nfc(slot.ghi_chu)}: ${written ?? text.charAt(0).toLowerCase() + text.slice(1)}`;
}

/** A slot's line closed by `ending` ("." or ";"); wording written by the author keeps its own punctuation. */
export function closedSlotLine(slot: TimeSlot, ending: string): string {
  return slot.nguyen_van === undefined ? `${slotLine(slot)}${ending}` : slotLine(slot);
}

/** One authority line and the signer's key it comes from (for editor sync). */
export interface SignaturePrefix {
  readonly text: string;
  readonly key: 'thay_mat' | 'quyen_han';
}

/**
 * The authority lines above the title: "TL. CHỦ TỊCH", or "TM. ỦY BAN NHÂN DÂN"
 * over "KT. CHỦ TỊCH" (NĐ 30, Điều 13; PL I-P.I-M.II-k.7-b); none when the head signs.
 */
export function signaturePrefixes(signer: Signer): SignaturePrefix[] {
  const lines: SignaturePrefix[] =
    signer.thay_mat && signer.quyen_han !== 'TM' ? [{ text: `TM. ${nfc(signer.thay_mat)}`, key: 'thay_mat' }] : [];
  if (!signer.quyen_han) return lines;
  lines.push({
    text: signer.chuc_vu_thay ? `${signer.quyen_han}. ${nfc(signer.chuc_vu_thay)}` : `${signer.quyen_han}.`,
    key: 'quyen_han',
  });
  return lines;
}

/** "PL.(300)": drafter's initials and copies (PL I-P.I-M.III-k.3). */
export function drafterText(invitation: Invitation): string | undefined {
  const initials = invitation.nguoi_soan_thao ? `${nfc(invitation.nguoi_soan_thao).replace(/\.+$/u, '')}.` : ''; // "PL." stays "PL."
  const copies = invitation.so_ban ? `(${invitation.so_ban})` : '';
  return initials || copies ? initials + copies : undefined;
}

/**
 * The agency's name inside a sentence: `ten_goi` when given, else derived from
 * the upper-case name the Phụ lục II way: "SỞ TÀI CHÍNH" → "Sở Tài chính",
 * "ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN" → "Ủy ban nhân dân huyện Bắc Sơn"
 * (PL II-M.IV-k.1-a: type and fields capitalised; PL II-M.III-k.1-a: the unit noun lower case).
 */
export function agencyInSentence(agency: Agency): string {
  if (agency.ten_goi) return nfc(agency.ten_goi);
  const name = nfc(Array.isArray(agency.ten) ? agency.ten.join(' ') : agency.ten);
  return name === name.toLocaleUpperCase('vi') ? sentenceCaseAgency(name) : name;
}

/** Text as the page prints it: Unicode NFC (TCVN 6909:2001). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Lines given as one string or a list, normalised. */
export function linesOf(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : [...value]).map(nfc);
}
