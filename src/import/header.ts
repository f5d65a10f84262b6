/**
 * The header (ô 1–4), the marks (ô 10, 11) and the title (ô 5a): agency lines,
 * "Số: …/…", the place-and-date line, "GIẤY MỜI" and the trích yếu. What the
 * decree fixes (Quốc hiệu, Tiêu ngữ, the type name, the rules under them) is
 * dropped, since it is derived again on export.
 */
import { isRealDate, pad2 } from '../core/calendar';
import { headerNameLines, resolveMeasures } from '../core/layout';
import { note, wordCount, type ImportDraft } from './draft';
import type { Line } from './lines';
import { say } from '../core/messages';

export const QUOC_HIEU = /^CỘNG H[OÒ][AÀ] XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u;
const TIEU_NGU = /^Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc$/u;
const RULE = /^[-–—_=.…\s]+$/u;
const NUMBER = /^Số\s*:\s*([\d.…_]*)\s*\/\s*(\S+)$/u;
/** Dots, ellipses or underscores where the number or a code is to be filled in ("…/GM-……"). */
const FILL_IN = /[.…_]{2,}|…/u;
/** The type codes the export derives again from `ten_loai` ("…/GM-……" prints as "GM-" + the agency's). */
const DERIVED_CODE = /^(GM|TB|CĐ)-/u;
/** Something written in a blank ký hiệu that the export would not derive: a code ("QĐ-…"), a footnote number ("…3…"). */
const WRITTEN_IN_BLANK = /[\p{L}\p{N}]/u;
export const isFillIn = (text: string): boolean => FILL_IN.test(text);
/** The place-and-date line; blanks (dots, "…") where the day, month or year is to be filled in. */
const DATE_LINE = /^(.+?),\s*ngày\s*(\d{1,2}|[.…_]*)\s*tháng\s*(\d{1,2}|[.…_]*)\s*năm\s*(\d{4}|[.…_]*)\.?$/u;
const MARKS: Record<string, [string, string]> = {
  'HỎA TỐC': ['do_khan', 'hoa_toc'],
  'HOẢ TỐC': ['do_khan', 'hoa_toc'],
  'THƯỢNG KHẨN': ['do_khan', 'thuong_khan'],
  KHẨN: ['do_khan', 'khan'],
  MẬT: ['do_mat', 'mat'],
  'TỐI MẬT': ['do_mat', 'toi_mat'],
  'TUYỆT MẬT': ['do_mat', 'tuyet_mat'],
  'XEM XONG TRẢ LẠI': ['pham_vi_luu_hanh', 'xem_xong_tra_lai'],
  'LƯU HÀNH NỘI BỘ': ['pham_vi_luu_hanh', 'luu_hanh_noi_bo'],
};
export const TITLE = /^GIẤY\s+MỜI$/u;

/** Pieces of a header line: a table cell's line is one piece; a typed line splits at tabs or wide gaps. */
export function pieces(line: Line): string[] {
  return line.column !== undefined
    ? [line.text.trim()]
    : withTightDate(line.text)
        .split(/\t+| {2,}/u)
        .map((s) => s.trim())
        .filter(Boolean);
}

/** ", ngày 18  tháng 11  năm 2024": gaps inside the date phrase are spacing, not a column break. */
const DATE_PHRASE = /,[ \t]*ngày[ \t\d.…]*?tháng[ \t\d.…]*?năm(?:[ \t]*[\d.…]+)?/giu;
const withTightDate = (text: string) => text.replace(DATE_PHRASE, (m) => m.replace(/[ \t]+/g, ' '));

/**
 * Reads the lines before "GIẤY MỜI"; returns the texts it could not place. Those
 * above the header's first element (the decree's "Mẫu 1.7 – Giấy mời", an
 * office's "Dự thảo") go to `nguyen_van_dau`, which prints them there again.
 */
export function readHeader(lines: readonly Line[], draft: ImportDraft): string[] {
  const agency: { text: string; bold: boolean }[] = [];
  const above: string[] = [];
  const leftovers: string[] = [];
  let begun = false;
  for (const { text: piece, bold } of withWholeDateLines(lines.flatMap(linePieces))) {
    if (RULE.test(piece)) continue;
    const fixed = QUOC_HIEU.test(piece) || TIEU_NGU.test(piece);
    const element = fixed || readNumber(piece, draft) || readDateLine(piece, draft) || readMark(piece, draft);
    if (!element && !isUpperCase(piece)) {
      (begun ? leftovers : above).push(piece);
      continue;
    }
    begun = true;
    if (!element) agency.push({ text: piece, bold });
  }
  readAgency(agency, draft);
  keepAboveHeader(above, draft);
  return leftovers;
}

/** Lines printed above the header, kept there as written, with a note saying where they went. */
function keepAboveHeader(above: readonly string[], draft: ImportDraft): void {
  if (above.length === 0) return;
  draft.fields.nguyen_van_dau = [...above];
  draft.words.fallback += above.reduce((n, t) => n + wordCount(t), 0);
  draft.notes.push(note(['nguyen_van_dau'], say('import.note.aboveHeader')));
}

interface Piece {
  readonly text: string;
  readonly bold: boolean;
}

const linePieces = (line: Line): Piece[] => pieces(line).map((text) => ({ text, bold: line.bold }));

/** A place's line ending at its comma, and the date line that continues it ("ngày … tháng … năm …"). */
const PLACE_CUT = /,$/u;
const DATE_CONTINUED = /^ngày(?!\p{L})/u;
/** How far a typed header may put the date's second line: the left column's piece may stand between. */
const DATE_REACH = 2;

/**
 * "Thành phố Hồ Chí Minh," over "ngày 18 tháng 11 năm 2025": a place-and-date line too wide
 * for its column is broken after the place's comma (GM044), by a line break or as two
 * paragraphs. Read as one line, so the place and the date are found again.
 */
function withWholeDateLines(all: readonly Piece[]): Piece[] {
  const out = [...all];
  for (let i = 0; i < out.length; i += 1) {
    if (!PLACE_CUT.test(out[i].text)) continue;
    for (let j = i + 1; j < out.length && j <= i + DATE_REACH; j += 1) {
      const joined = `${out[i].text} ${out[j].text}`;
      if (!DATE_CONTINUED.test(out[j].text) || !DATE_LINE.test(joined)) continue;
      out[i] = { text: joined, bold: out[i].bold };
      out.splice(j, 1);
      break;
    }
  }
  return out;
}

function readNumber(text: string, draft: ImportDraft): boolean {
  const m = NUMBER.exec(text);
  if (!m) return false;
  if (/^\d+$/.test(m[1])) draft.fields.so = m[1].startsWith('0') ? m[1] : Number(m[1]); // "05" stays as printed (GM011 reads the source)
  if (!FILL_IN.test(m[2]) || WRITTEN_IN_BLANK.test(m[2].replace(DERIVED_CODE, ''))) draft.fields.ky_hieu = m[2];
  if (FILL_IN.test(m[2])) draft.notes.push(note(['co_quan'], say('import.note.placeholder', { text })));
  return true;
}

function readDateLine(text: string, draft: ImportDraft): boolean {
  const m = DATE_LINE.exec(text);
  if (!m) return false;
  draft.fields.dia_danh = m[1].trim();
  if (FILL_IN.test(m[1])) draft.notes.push(note(['dia_danh'], say('import.note.placeholder', { text: m[1].trim() })));
  const [day, month, year] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (m[2] && m[3] && m[4] && isRealDate(year, month, day)) draft.fields.ngay = `${year}-${pad2(month)}-${pad2(day)}`;
  else if (m[3] && m[4] && month >= 1 && month <= 12) draft.fields.ngay = `${year}-${pad2(month)}`;
  else draft.notes.push(note(['dia_danh'], say('import.note.noSigningDay', { text })));
  return true;
}

function readMark(text: string, draft: ImportDraft): boolean {
  const mark = MARKS[text.replace(/\s+/g, ' ')];
  if (!mark) return false;
  draft.fields[mark[0]] = mark[1];
  return true;
}

/** Subordinate units: their line is the agency itself, the lines above it the parent (k.2-a). */
/** Ends at a letter's end: `\b` is ASCII-only and would not end "SỞ" or "BỘ". */
const UNIT =
  /^(SỞ|PHÒNG|TRƯỜNG|BAN|TRUNG TÂM|VĂN PHÒNG|BỆNH VIỆN|CỤC|VỤ|CHI CỤC|TỔNG CỤC|VIỆN|THANH TRA|KHOA|HỘI ĐỒNG|ĐOÀN|HỘI|CÔNG AN|BỘ CHỈ HUY|ĐẢNG ỦY|ĐẢNG BỘ|CHI BỘ|BAN CHẤP HÀNH|ỦY BAN KIỂM TRA|LIÊN ĐOÀN|CÔNG ĐOÀN|ĐÀI|BẢO TÀNG|THƯ VIỆN|NHÀ|KHO BẠC|CHI NHÁNH|ỦY BAN NHÂN DÂN|UBND)(?!\p{L})/u;

/**
 * Agency lines: bold ones are the agency and plain ones above them its parent
 * (k.2-b); without emphasis, the last line that starts with a unit's name.
 */
function readAgency(lines: readonly { text: string; bold: boolean }[], draft: ImportDraft): void {
  if (lines.length === 0) return;
  const firstBold = lines.findIndex((l) => l.bold);
  const mixed = firstBold > 0 && lines.slice(firstBold).every((l) => l.bold);
  let split = mixed ? firstBold : 0;
  if (!mixed)
    for (let i = lines.length - 1; i > 0; i -= 1)
      if (UNIT.test(lines[i].text)) {
        split = i;
        break;
      }
  draft.fields.co_quan = {
    ten: agencyLines(lines.slice(split), 'co_quan'),
    ...(split > 0 ? { chu_quan: agencyLines(lines.slice(0, split), 'co_quan_chu_quan') } : {}),
  };
}

/**
 * The author's lines as one string, or as a list where the tool would break them
 * elsewhere (k.2-c), or into more than two lines: as a string GM040 would warn of
 * a layout the author chose, and the import would no longer export.
 */
function agencyLines(lines: readonly { text: string }[], role: 'co_quan' | 'co_quan_chu_quan'): string | string[] {
  const texts = lines.map((l) => l.text);
  const joined = texts.join(' ');
  if (texts.length < 2) return joined;
  const measures = resolveMeasures();
  const tool = headerNameLines(joined, measures.styles[role], measures, 0).lines;
  const same = tool.length === texts.length && tool.every((t, i) => t === texts[i]);
  return same && texts.length <= 2 ? joined : texts;
}

/** All letters upper case, at least two of them. */
export function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

/** "Kính gửi ông(bà):", "Kính mời …": the salutation, never the subject. */
const SALUTATION = /kính (gửi|mời)/iu;
/** Dots or ellipses only, where a form leaves the subject to be written. */
const BLANK = /^\s*(?=.*[.…])[.…\s]{3,}$/u;

/** The trích yếu: the emphasised lines under "GIẤY MỜI" (k.5-b), or the first line of a plain document. */
export function readTitle(lines: readonly Line[], hasEmphasis: boolean, draft: ImportDraft): number {
  let n = 0;
  const subject: string[] = [];
  for (const line of lines) {
    if (n === 0 && BLANK.test(line.text)) {
      subject.push(line.text.trim()); // a form's blank for the subject, not a rule under the title
      draft.notes.push(note(['trich_yeu'], say('import.note.placeholder', { text: line.text.trim() })));
      n += 1;
      continue;
    }
    if (RULE.test(line.text)) {
      n += 1;
      continue;
    }
    if (SALUTATION.test(line.text)) break;
    const take = hasEmphasis
      ? line.bold || (line.align === 'center' && subject.length === 0)
      : subject.length === 0 || /^\p{Ll}/u.test(line.text);
    if (!take || subject.length >= 4) break;
    subject.push(line.text.trim());
    n += 1;
  }
  const first = lines.find((l) => !RULE.test(l.text));
  if (subject.length === 0 && first && !SALUTATION.test(first.text)) {
    subject.push(first.text.trim());
    n = lines.indexOf(first) + 1;
  }
  if (subject.length) draft.fields.trich_yeu = subject.join(' ');
  return n;
}
