/**
 * Where the header ends and the foot begins. The title "GIẤY MỜI" closes the
 * header; "Nơi nhận:" (or, in a typed document, the signature block just
 * above it) opens the foot, or the whole layout table it sits in.
 */
import { importError } from './errors';
import { NOI_NHAN } from './foot';
import { isUpperCase, pieces, QUOC_HIEU, TITLE } from './header';
import type { Line } from './lines';
import { say } from '../core/messages';

export interface Regions {
  /** The document type when its title names another type the format writes ("THÔNG BÁO", "CÔNG ĐIỆN"). */
  readonly type?: string;
  readonly header: Line[];
  /** The subject when the title line carries it ("Giấy mời dự Lễ …", as web copies print it). */
  readonly subjectInTitle?: string;
  readonly afterTitle: Line[];
  readonly foot: Line[];
}

/** "Giấy mời dự Lễ phát động …": a copy that runs the type name into its subject. */
const TITLE_WITH_SUBJECT = /^giấy mời\s+(\S.*)$/iu;
/** Other type names the format writes (`ten_loai`), as their title line prints them. */
const OTHER_TYPES: Record<string, string> = { 'THÔNG BÁO': 'thong_bao', 'CÔNG ĐIỆN': 'cong_dien' };
const typeOf = (text: string) => OTHER_TYPES[text.trim().replace(/\s+/gu, ' ')];

export function splitRegions(lines: readonly Line[]): Regions {
  refuseSeveralDocuments(lines);
  let title = lines.findIndex((l) => TITLE.test(l.text.trim()) || typeOf(l.text));
  let type = title >= 0 ? typeOf(lines[title].text) : undefined;
  let subjectInTitle: string | undefined;
  if (title < 0) {
    title = lines.findIndex((l, i) => i < 12 && TITLE_WITH_SUBJECT.test(l.text.trim()));
    subjectInTitle = title >= 0 ? TITLE_WITH_SUBJECT.exec(lines[title].text.trim())![1] : undefined;
  }
  if (title < 0) {
    title = freeTitle(lines);
    type = title >= 0 ? lines[title].text.trim() : undefined;
  }
  if (title < 0) throw importError(say('import.error.notInvitation'));
  const footStart = findFoot(lines, title + 1);
  return {
    type,
    header: lines.slice(0, title),
    subjectInTitle,
    afterTitle: lines.slice(title + 1, footStart),
    foot: lines.slice(footStart),
  };
}

/** Lines the header holds under the Quốc hiệu when it is typed without a table: motto, rule, date, number. */
const HEADER_TAIL = /^(Độc lập|Số\s*:|[-–—_⁻=*.…\s]+$)|ngày.*tháng/u;

/**
 * Another type's title ("QUYẾT ĐỊNH", "BIÊN BẢN", "GIẤY GIỚI THIỆU"): the first
 * upper-case line past the header, kept as a free `ten_loai` so it prints as written.
 */
function freeTitle(lines: readonly Line[]): number {
  const motto = lines.findIndex((l) => pieces(l).some((piece) => QUOC_HIEU.test(piece)));
  if (motto < 0) return -1;
  const table = lines[motto].table;
  let end = motto + 1;
  while (
    end < lines.length &&
    (table !== undefined ? lines[end].table === table : HEADER_TAIL.test(lines[end].text.trim()))
  )
    end += 1;
  const text = lines[end]?.text.trim() ?? '';
  const titleLike = isUpperCase(text) && text.length <= 60 && !/[\t:;,]|^kính\s/iu.test(text) && !/[.:]$/u.test(text);
  return titleLike ? end : -1;
}

/** A file of models (Phụ lục III) or of several documents: one Quốc hiệu each. Read as one, they would mash. */
function refuseSeveralDocuments(lines: readonly Line[]): void {
  const mottos = lines.filter((l) => pieces(l).some((piece) => QUOC_HIEU.test(piece))).length;
  if (mottos > 1) throw importError(say('import.error.severalDocuments', { count: mottos }));
}

function findFoot(lines: readonly Line[], from: number): number {
  const recipients = lines.findIndex((l, i) => i >= from && NOI_NHAN.test(l.text.split(/\t| {2,}/u)[0].trim()));
  if (recipients < 0) return signatureStart(lines, lines.length, from);
  const table = lines[recipients].table ?? signaturesTableAbove(lines, recipients, from);
  if (table !== undefined) return lines.findIndex((l) => l.table === table);
  return signatureStart(lines, recipients, from);
}

/** The layout table of signatures just above a typed "Nơi nhận:" (Mẫu 1.9: THƯ KÝ beside CHỦ TỌA). */
function signaturesTableAbove(lines: readonly Line[], recipients: number, from: number): number | undefined {
  const above = recipients - 1 >= from ? lines[recipients - 1] : undefined;
  return above?.column === 1 ? above.table : undefined;
}

/** In a typed document the signature may stand above "Nơi nhận:": walk back over its lines. */
function signatureStart(lines: readonly Line[], end: number, from: number): number {
  let start = end;
  while (start - 1 >= from && looksLikeSignature(lines[start - 1].text.trim())) start -= 1;
  return start;
}

const PREFIX = /^(TM|KT|TL|TUQ|Q)\.\s/u;
const SIGNED = /^\(?\s*(đã ký|ký|chữ ký)[^)]*\)?$/iu;
const NAME = /^(\p{Lu}[\p{Ll}]*)(\s\p{Lu}[\p{Ll}]*){1,5}$/u;

function looksLikeSignature(text: string): boolean {
  return (
    PREFIX.test(text) ||
    SIGNED.test(text) ||
    NAME.test(text) ||
    (isUpperCase(text) && text.length <= 60 && !/[.:;]$/.test(text))
  );
}
