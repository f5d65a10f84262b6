/**
 * The foot (ô 7, 9b, 12): nơi nhận on the left, the signature on the right,
 * the drafter's initials and copies under nơi nhận. The heading "Nơi nhận:",
 * the dashes and the signing prefix's form are derived again on export.
 */
import { note, wordCount, type ImportDraft } from './draft';
import { isUpperCase } from './header';
import type { Line } from './lines';
import { say } from '../core/messages';

export const NOI_NHAN = /^Nơi nhận\s*:?\s*$/u;
const PREFIX = /^(TM|KT|TL|TUQ|Q)\.\s*(.*)$/u;
const DRAFTER = /^([A-ZĐ]{1,6})\.?\s*\((\d+)\)\.?$/u;
/** Words printed where the signature goes in published copies ("(Đã ký)", "(Ký, đóng dấu)"). */
const SIGNED = /^\(?\s*(đã ký|ký|ký tên|ký, đóng dấu|ký, ghi rõ họ tên|đã ký và đóng dấu|chữ ký|dấu)[^)]*\)?$/iu;

export interface FootColumns {
  readonly recipients: string[];
  readonly signature: string[];
  /** Lines after the foot's table (a "Ghi chú", a guest list, an appendix): kept, never read as the signer. */
  readonly after: string[];
  /** A second signer's column (a Biên bản's THƯ KÝ beside its CHỦ TỌA): the format signs once, so kept as written. */
  readonly otherSigner: string[];
}

/** Splits foot lines into the two columns: a table's own, or tab-separated halves of typed lines. */
export function footColumns(lines: readonly Line[]): FootColumns {
  const columns: FootColumns = { recipients: [], signature: [], after: [], otherSigner: [] };
  let inRecipients = false;
  const table = lines[0]?.table;
  const signers = table !== undefined && isSignersTable(lines, table);
  for (const line of lines) {
    if (line.column !== undefined && line.table === table) {
      const left = signers ? columns.otherSigner : columns.recipients;
      (line.column === 0 ? left : columns.signature).push(line.text.trim());
      continue;
    }
    if (table !== undefined && !signers) {
      columns.after.push(line.text.replace(/\t+/g, ' ').trim());
      continue;
    }
    if (/^\t/u.test(line.text)) {
      columns.signature.push(line.text.trim()); // typed in the right column only
      continue;
    }
    const parts = line.text
      .split(/\t+| {2,}/u)
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length >= 2) {
      if (NOI_NHAN.test(parts[0])) inRecipients = true;
      columns.recipients.push(parts[0]);
      columns.signature.push(parts.slice(1).join(' '));
      continue;
    }
    const text = parts[0] ?? '';
    if (NOI_NHAN.test(text)) inRecipients = true;
    const recipient = inRecipients && (NOI_NHAN.test(text) || /^[-–+•]\s/u.test(text) || DRAFTER.test(text));
    (recipient ? columns.recipients : columns.signature).push(text);
  }
  return columns;
}

/** A table of two signatures with "Nơi nhận:" typed under it, not in its left column (Mẫu 1.9, Biên bản). */
function isSignersTable(lines: readonly Line[], table: number): boolean {
  const left = lines.filter((l) => l.table === table && l.column === 0).map((l) => l.text.trim());
  const typedRecipients = lines.some((l) => l.table === undefined && NOI_NHAN.test(l.text.trim()));
  return typedRecipients && left.length > 0 && !left.some((t) => NOI_NHAN.test(t)) && isUpperCase(left[0]);
}

/** Reads both columns into `noi_nhan`, `nguoi_soan_thao`/`so_ban` and `nguoi_ky`; returns the lines after the foot. */
export function readFoot(columns: FootColumns, draft: ImportDraft): string[] {
  readRecipients(columns.recipients, draft);
  return [...columns.otherSigner, ...readSignature(columns.signature, draft), ...columns.after.filter(Boolean)];
}

/** Text printed after the foot, kept there as written (`nguyen_van_cuoi`), with a note saying where it went. */
export function keepAfterFoot(after: readonly string[], draft: ImportDraft): void {
  if (after.length === 0) return;
  draft.fields.nguyen_van_cuoi = [...after];
  draft.words.fallback += after.reduce((n, t) => n + wordCount(t), 0);
  draft.notes.push(note(['nguyen_van_cuoi'], say('import.note.afterSignature')));
}

function readRecipients(lines: readonly string[], draft: ImportDraft): void {
  const items: string[] = [];
  for (const text of lines) {
    if (NOI_NHAN.test(text)) continue;
    const drafter = DRAFTER.exec(text);
    if (drafter) {
      draft.fields.nguoi_soan_thao = drafter[1];
      draft.fields.so_ban = Number(drafter[2]);
      continue;
    }
    const item = /^[-–+•]\s*(.*)$/u.exec(text);
    if (item || items.length === 0) items.push((item ? item[1] : text).trim());
    else items[items.length - 1] += ` ${text}`;
  }
  if (items.length) draft.fields.noi_nhan = items;
}

/** The signer, with what the signature space prints ("(Chữ ký, dấu)"); lines under the name are returned, to be kept as written. */
function readSignature(lines: readonly string[], draft: ImportDraft): string[] {
  const signer: Record<string, string> = {};
  const titles: string[] = [];
  const after: string[] = [];
  const placeholder: string[] = [];
  let name: string | undefined;
  for (const text of lines) {
    if (name) {
      after.push(text);
      continue;
    }
    if (SIGNED.test(text)) {
      placeholder.push(text); // printed again in the signature space, as written (nguoi_ky.cho_ky)
      draft.notes.push(note(['nguoi_ky', 'cho_ky'], say('import.note.signaturePlaceholder', { text })));
      continue;
    }
    const prefix = PREFIX.exec(text);
    if (prefix && !name && titles.length === 0) {
      addPrefix(signer, prefix[1], prefix[2].trim());
      continue;
    }
    if (isUpperCase(text)) titles.push(text);
    else name = text;
  }
  if (titles.length) signer.chuc_vu = titles.join(' ');
  if (placeholder.length) signer.cho_ky = placeholder.join('\n');
  if (name) signer.ho_ten = name;
  if (Object.keys(signer).length) draft.fields.nguoi_ky = signer;
  return after;
}

/** "TM. ỦY BAN NHÂN DÂN" above "KT. CHỦ TỊCH" is a deputy acting for the collective (Điều 13). */
function addPrefix(signer: Record<string, string>, authority: string, whose: string): void {
  if (signer.quyen_han === 'TM' && authority === 'KT') {
    signer.thay_mat = signer.chuc_vu_thay;
    delete signer.chuc_vu_thay;
  }
  signer.quyen_han = authority;
  if (whose) signer.chuc_vu_thay = whose;
}
